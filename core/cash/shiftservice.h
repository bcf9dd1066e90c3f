// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/cashcount.h"
#include "core/common/money.h"
#include "core/common/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class Database;
struct Session;

// A clerk's shift at a window (table shift).
struct Shift
{
    QString shiftId;
    QString staffNo;
    QString window;
    QDate businessDay;
    Money floatAmount;   // cash in the drawer at the start
    QString fromShiftId; // the shift that handed this drawer over, if any
    bool open = true;
    QString openedAt;
    QString closedAt;
    QString closedBy;
    Money expectedCash; // closed shifts: float + cash taken - cash paid back
    Money countedCash;
    Money variance;  // counted - expected
    Money floatLeft; // left in the drawer for the next clerk
    QString handoverTo;
    QString note;
    CashCount count; // closed shifts: the drawer by denomination
    QString witness; // closed for an absent clerk: who watched the count (in the event)
};

// What went through a shift's drawer and terminals so far.
struct ShiftTakings
{
    Money floatAmount;
    Money cashIn;  // cash payments
    Money cashOut; // cash handed back for voids and refunds
    Money card;    // net of voids and refunds
    Money qr;      // net of voids and refunds
    Money waived;  // net of voided waivers
    int payments = 0;
    int adjustments = 0;

    Money expectedCash() const { return floatAmount + cashIn - cashOut; }
};

// What the clerk enters when closing a shift. floatLeft is typed text (empty: nothing is
// left); handoverTo is the staff number of the clerk who takes the drawer over.
struct ShiftClosing
{
    CashCount count;
    QString floatLeft;
    QString handoverTo;
    QString note; // required when the count differs from what is expected
    // A supervisor closing an absent clerk's shift counts with a witness: the staff number
    // of another active staff member, recorded in the shift.closed event.
    QString witness;
};

// Shifts (交接班): a clerk opens a shift at their window with a float, takes payments into
// it, and closes it by counting the drawer; the variance is recorded and the drawer can be
// handed to the next clerk. Each action is one transaction with one event.
class ShiftService
{
public:
    static constexpr int MaxNoteLength = 500;
    // A float above this is a typing slip, not a drawer.
    static constexpr qint64 MaxFloatFen = 5'000'000; // ¥50,000.00

    explicit ShiftService(Database &db) : m_db(db) {}

    // Opens the session's shift at its window today with the float typed. When the last
    // clerk at this window left cash for the next, the new shift records that handover.
    // Refusals: auth.*, shift.no_staff, shift.no_window, shift.unknown_window,
    // shift.already_open, shift.window_busy, shift.float_too_large, money.*, day.closed.
    Result<Shift> open(const Session &session, const QString &floatText);

    // Closes a shift: the session's own, or anyone's for a supervisor (Permission::CloseDay),
    // who then counts with a witness (ShiftClosing::witness).
    // Refusals: shift.not_found, shift.not_open, shift.not_yours, shift.bad_count,
    // shift.float_left_too_large, shift.unknown_handover, shift.note_required,
    // shift.note_too_long, shift.witness_required, shift.bad_witness, money.*.
    Result<Shift> close(const Session &session, const QString &shiftId,
                        const ShiftClosing &closing);

    // The staff member's open shift, if any.
    std::optional<Shift> current(const QString &staffNo) const;
    Result<Shift> find(const QString &shiftId) const;
    ShiftTakings takings(const QString &shiftId) const;
    // The drawer the last clerk at window left for the next one and nobody has taken over.
    std::optional<Shift> handover(const QString &window) const;
    // The shifts of a business day, oldest first (open ones too).
    QList<Shift> shifts(QDate day) const;

    // Whether the session could open a shift now: the day open, no shift of theirs open and
    // the window's drawer free (what open() checks). Refusals: day.closed, shift.already_open,
    // shift.window_busy. The open-shift dialog asks it as it opens.
    Status canOpen(const Session &session) const;
    // Whether money can move for the session on today: the business day open and their shift
    // open and of today. Refusals: day.closed, shift.none, shift.stale. The payment actions
    // ask it inside their transaction, the dialogs that move money as they open.
    static Result<Shift> readyForMoney(const QSqlDatabase &db, const Session &session, QDate today);
    // The session's shift, open and of today. Refusals: shift.none, shift.stale.
    static Result<Shift> requireOpenShift(const QSqlDatabase &db, const Session &session,
                                          QDate today);

private:
    Database &m_db;
};
