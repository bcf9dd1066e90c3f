// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/daycloseservice.h"
#include "core/cash/daytotals.h"
#include "core/staff/session.h"
#include "ui/printing/printdocument.h"

#include <QDate>
#include <QDialog>

class CloseShiftDialog;
class Database;
class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

// The supervisor's day close (日结): what the hall still has going on (tickets waiting,
// customers being served, shifts open, each closable here for an absent clerk with a
// witness), the day's cash sheet as it stands, then "Close the day", refused while shifts
// are open and, with customers in the hall, only once the supervisor confirms it; once
// closed, the sheet is printed or saved.
class DayCloseDialog : public QDialog
{
    Q_OBJECT
public:
    DayCloseDialog(Database &db, const Session &session, QDate day, QWidget *parent = nullptr);

    void closeDay();
    bool isClosed() const { return m_closed; }
    QString errorText() const;
    QString sheetText() const;
    // pdfPath empty: the print preview.
    bool printSheet(const QString &pdfPath = QString());
    const DayTotals &totals() const { return m_totals; }
    // The warnings about the hall (empty when it is quiet).
    QString hallText() const;
    // Confirms closing with customers still in the hall.
    void setCloseAnyway(bool confirmed);
    // Opens the closing of another's open shift (window-modal), for tests.
    CloseShiftDialog *closeShiftFor(const QString &shiftId);

private:
    void refresh();
    QWidget *buildHall();
    void showHall();
    void updateCloseButton();

    Database &m_db;
    Session m_session;
    QDate m_day;
    DayTotals m_totals;
    bool m_closed = false;
    QTextBrowser *m_sheet;
    QLabel *m_state;
    QLabel *m_hall;
    QVBoxLayout *m_shiftRows;
    QCheckBox *m_closeAnyway;
    DayCloseService::HallState m_hallState;
    QPushButton *m_close;
    QPushButton *m_print;
    QPushButton *m_pdf;
};
