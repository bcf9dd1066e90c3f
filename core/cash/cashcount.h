// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/money.h"

#include <QList>
#include <QMap>

// The drawer counted by denomination at the end of a shift: pieces per note or coin.
struct CashCount
{
    // Renminbi notes and coins in circulation, in fen, largest first.
    static QList<int> denominations();
    // The most pieces of one denomination a drawer can hold; more is a typing slip.
    static constexpr int MaxPieces = 100000;

    QMap<int, int> pieces; // denomination in fen -> number of pieces

    Money total() const;
};
