// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/daytotals.h"
#include "core/common/result.h"

#include "core/cash/shiftservice.h"

#include <QDate>
#include <QList>
#include <QStringList>

class Database;
struct Session;

// The day close (日结) by a supervisor: refused while a shift of the day is open; writes
// the day's totals into business_day, which locks the day (BusinessDay::requireOpen
// refuses anything more dated to it), and appends day.closed {business_day, totals,
// chain_head_seq, chain_head_hash}.
class DayCloseService
{
public:
    explicit DayCloseService(Database &db) : m_db(db) {}

    // Refusals: auth.* (Permission::CloseDay), day.no_staff, day.future, day.already_closed,
    // day.shifts_open.
    Result<DayTotals> close(const Session &session, QDate day);

    // The figures of a day, closed or not (for the preview before closing and the sheet).
    DayTotals totals(QDate day) const { return DayTotals::compute(m_db, day); }
    // Who closed day and when (empty when it is open).
    struct Closing
    {
        QString closedAt;
        QString closedBy;
    };
    Closing closing(QDate day) const;

    // What the hall still has going on a day, warned about before it is closed: tickets
    // waiting, customers being served at a window ("W01 A012"), and the shifts still open
    // (each closed by its clerk, or by the supervisor with a witness when the clerk is away).
    struct HallState
    {
        int waiting = 0;
        QStringList serving;
        QList<Shift> openShifts;
        bool customersInHall() const { return waiting > 0 || !serving.isEmpty(); }
    };
    HallState hallState(QDate day) const;

private:
    Database &m_db;
};
