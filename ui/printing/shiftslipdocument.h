// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/shiftservice.h"
#include "core/reports/chainanchor.h"
#include "ui/printing/printdocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>

struct DeviceIdentity;

// A closed shift's slip (交班单) on the 80 mm roll: the window, clerk and day, the drawer's
// float, expected and counted cash with the variance, what was left and handed in, who
// closed it, a line to sign, and the event log's chain head at the close (a paper anchor).
class ShiftSlipDocument
{
    Q_DECLARE_TR_FUNCTIONS(ShiftSlipDocument)
public:
    static PrintDocument build(const Shift &shift, const DeviceIdentity &identity,
                               const ChainAnchor &anchor);
    // The shift's closing event: the head when it was closed, the same on every reprint.
    static ChainAnchor anchor(const QSqlDatabase &db, const QString &shiftId);
};
