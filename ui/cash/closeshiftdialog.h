// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/shiftservice.h"
#include "core/staff/session.h"

#include <QDialog>
#include <QMap>

#include <optional>

class Database;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Closing a shift (交班): the drawer counted note by note and coin by coin; expected,
// counted and the variance are shown as the clerk counts, a note says why they differ,
// and what is left in the drawer can be handed to the next clerk. A supervisor closing an
// absent clerk's shift names the witness of the count.
class CloseShiftDialog : public QDialog
{
    Q_OBJECT
public:
    CloseShiftDialog(Database &db, const Session &session, const Shift &shift,
                     QWidget *parent = nullptr);

    void setPieces(int denominationFen, int pieces);
    void setFloatLeft(const QString &text);
    void setHandoverTo(const QString &staffNo);
    void setNote(const QString &text);
    // Closing an absent clerk's shift (a supervisor): who witnessed the count.
    void setWitness(const QString &staffNo);
    QString expectedText() const;
    QString countedText() const;
    QString varianceText() const;
    void submit();
    QString errorText() const;
    const std::optional<Shift> &closed() const { return m_closed; }

private:
    QLabel *buildIntro();
    QLabel *buildTakingsSummary(const ShiftTakings &takings);
    QGroupBox *buildCountGroup();
    QFormLayout *buildFigures();
    QDialogButtonBox *buildButtons();
    void updateFigures();
    bool forAbsentClerk() const;

    Database &m_db;
    Session m_session;
    Shift m_shift;
    Money m_expected;
    QMap<int, QSpinBox *> m_pieces;
    QLabel *m_expectedLabel;
    QLabel *m_countedLabel;
    QLabel *m_varianceLabel;
    QLineEdit *m_floatLeft;
    QComboBox *m_handoverTo;
    QComboBox *m_witness = nullptr;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    std::optional<Shift> m_closed;
};
