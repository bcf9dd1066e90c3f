// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

#include <functional>

class Database;

// The demo's cash desk, seeded after the demo history through the cash services with the
// clock fixed to each action's moment: the fee-bearing cases (SIM reissue, bill payment,
// forest-rights certificate) of the last few working days are paid at the telecom window
// by clerk 1002 in a shift of that day, one payment a day is voided and one partly
// refunded (approved by supervisor 2001), the shift is counted and closed and the day is
// closed; today's cases so far are paid in a shift left open. Days already closed are
// left alone, so a second run only pays what is new today.
class CashDemo
{
public:
    static constexpr int PastDays = 5;
    static constexpr int PaymentsPerDay = 12;

    static Status seed(Database &db, const std::function<void(const QString &)> &report);
};
