// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QDate>

class QSqlDatabase;

// The branch's business day: its local date (Clock::today()), until a supervisor closes
// it (日结). Every action that dates something to a day (a payment, a ticket, a case) asks
// requireOpen first, inside its transaction, so nothing lands on a closed day.
class BusinessDay
{
public:
    static QDate today();
    static bool isClosed(const QSqlDatabase &db, QDate day);
    // success() while day is open; day.closed ("The business day … is closed…") otherwise.
    static Status requireOpen(const QSqlDatabase &db, QDate day);
};
