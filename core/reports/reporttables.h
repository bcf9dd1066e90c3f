// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/report.h"
#include "core/reports/reportsection.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// Lays a Report out as the titled tables that the screen, the printout and the CSV show,
// in the UI language, with codes turned into names (items, windows, clerks, fee items,
// payment methods, handling modes). Every section says so when it has nothing to show.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)
public:
    static QList<ReportSection> sections(const Report &report);

    // "营业日报" / "营业月报".
    static QString title(const Report &report);
    // "2026-11-23", or "2026-11" (with the last day counted when the month is not over).
    static QString period(const Report &report);
    // Branch, period, generated at and by: the lines above the first table.
    static QList<QPair<QString, QString>> heading(const Report &report);
    // A file name without folder: "营业日报-TZ01-2026-11-23".
    static QString baseName(const Report &report);

    static QString methodName(const QString &method);
    static QString modeName(const QString &mode);
    static QString channelName(const QString &channel);
    static QString scoreLabel(int score); // "Very satisfied"
    static QString scoreName(int score);  // "5 Very satisfied"
    static QString waitBandName(int band);
    static QString staffLabel(const Report &report, const QString &staffNo);
    static QString itemLabel(const Report &report, const QString &code);
    static QString windowLabel(const Report &report, const QString &code);
    static QString feeLabel(const Report &report, const QString &code);
};
