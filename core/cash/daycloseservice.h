// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/daytotals.h"
#include "core/common/result.h"

#include <QDate>

class Database;
struct Session;

// The day close (日结) by a supervisor: refused while a shift of the day is open; writes
// the day's totals into business_day, which locks the day (BusinessDay::requireOpen
// refuses anything more dated to it), and appends day.closed {business_day, totals}.
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

private:
    Database &m_db;
};
