// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QJsonObject>

class WriteTransaction;

// What the closing events (day.closed, shift.closed) carry besides their figures.
namespace ClosingEvent {
// Adds chain_head_seq and chain_head_hash: the log's head just before the event about to
// be appended in tx (its prev), the point the closing's printout anchors on paper.
Status addChainHead(WriteTransaction &tx, QJsonObject &data);
} // namespace ClosingEvent
