// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/chainanchor.h"

#include <QString>

// The paper anchor as printed: the chain head and the device it belongs to, in both
// languages and monospace, so headquarters can type it in (halldesk-hq anchor DEVICE SEQ
// HASH16) whatever the branch's language.
namespace AnchorLine {
// Empty for a null anchor (an empty log has nothing to anchor).
QString html(const ChainAnchor &anchor, const QString &deviceId);
// "设备 / Device: 1f0c…"
QString deviceText(const QString &deviceId);
} // namespace AnchorLine
