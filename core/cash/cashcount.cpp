// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cash/cashcount.h"

QList<int> CashCount::denominations()
{
    // ¥100, 50, 20, 10, 5, 1; 5 jiao, 1 jiao; 5, 2, 1 fen.
    return {10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 2, 1};
}

Money CashCount::total() const
{
    qint64 fen = 0;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it)
        fen += qint64(it.key()) * it.value();
    return Money::fromFen(fen);
}
