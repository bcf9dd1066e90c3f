// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/daytotals.h"
#include "core/reports/chainanchor.h"
#include "ui/printing/printdocument.h"

#include <QCoreApplication>

struct DeviceIdentity;

// The day's cash sheet (营业款日结单) on A4: totals by method, by clerk and by fee item, the
// shifts with their counted drawers and variances, and lines for the signatures of those
// who hand the takings over and receive them.
class CashSheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(CashSheetDocument)
public:
    // closedBy and closedAt (UTC stamp) are empty while the day is open: a preview.
    // anchor is printed under the figures (a paper anchor of the event log).
    static PrintDocument build(const DayTotals &totals, const DeviceIdentity &identity,
                               const QString &closedBy, const QString &closedAt,
                               const ChainAnchor &anchor);
    // The anchor a day's sheet prints: the log's head when the day was closed (its
    // day.closed event, the same on every reprint), or the head now for a preview.
    static ChainAnchor anchor(const QSqlDatabase &db, QDate day);
    // The sheet's title, also its file name: "营业款日结单 2026-11-23" in Chinese.
    static QString title(QDate day);

private:
    // The sheet's blocks, top to bottom.
    static QString titleBlock(const DayTotals &totals, const DeviceIdentity &identity,
                              const QString &closedBy, const QString &closedAt);
    static QStringList tallyColumns(const QString &first);
    static QString byMethodBlock(const DayTotals &totals);
    static QString byClerkBlock(const DayTotals &totals);
    static QString byFeeBlock(const DayTotals &totals);
    static QString shiftsBlock(const DayTotals &totals);
    static QString anchorBlock(const ChainAnchor &anchor, const DeviceIdentity &identity);
};
