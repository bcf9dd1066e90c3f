// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QSqlDatabase>

class WriteTransaction;

// Gap-free per-day counters (cases, receipts, tickets). The number is taken inside the
// action's transaction, so an action that rolls back gives its number back.
class NumberSequence
{
public:
    static Result<int> next(WriteTransaction &tx, const QString &kind, QDate day);
    // The last number given out for kind on day (0 if none).
    static int last(const QSqlDatabase &db, const QString &kind, QDate day);
};
