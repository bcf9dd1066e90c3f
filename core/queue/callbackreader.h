// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/reports/report.h"

#include <QDate>
#include <QSqlDatabase>

// Follow-up calls (回访) due and done from first to last, from the queue's callback table.
// A database without that table gives figures with available = false, not an error.
class CallbackReader
{
public:
    // withList: also the callbacks due by last and open at its end, or done in the period.
    static Result<CallbackFigures> read(const QSqlDatabase &db, QDate first, QDate last,
                                        bool withList);
};
