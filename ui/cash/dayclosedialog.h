// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/daytotals.h"
#include "core/staff/session.h"
#include "ui/printing/printdocument.h"

#include <QDate>
#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTextBrowser;

// The supervisor's day close (日结): the day's cash sheet as it stands, then "Close the
// day", refused while shifts are open; once closed, the sheet is printed or saved.
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

private:
    void refresh();

    Database &m_db;
    Session m_session;
    QDate m_day;
    DayTotals m_totals;
    bool m_closed = false;
    QTextBrowser *m_sheet;
    QLabel *m_state;
    QPushButton *m_close;
    QPushButton *m_print;
    QPushButton *m_pdf;
};
