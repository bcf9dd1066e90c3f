// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/report.h"
#include "core/reports/reportsection.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <functional>

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

private:
    // One builder per section, in the order sections() lays them out.
    static ReportSection summarySection(const Report &report);
    static ReportSection trendSection(const Report &report);
    static ReportSection clerkSection(const Report &report);
    static ReportSection caseSection(const Report &report, const char *id, const QString &title,
                                     const QString &column, const QMap<QString, CaseTally> &map,
                                     const std::function<QString(const QString &)> &label);
    static ReportSection dueSection(const Report &report, const char *id, const QString &title,
                                    const QString &column, const QList<DueCase> &list, int count,
                                    bool overdue);
    static ReportSection methodSection(const Report &report);
    static ReportSection feeSection(const Report &report);
    static ReportSection clerkTakingsSection(const Report &report);
    static ReportSection correctionSection(const Report &report);
    static ReportSection shiftSection(const Report &report);
    static ReportSection queueSection(const Report &report);
    static ReportSection waitingSection(const Report &report);
    static ReportSection hourSection(const Report &report);
    static ReportSection satisfactionSection(const Report &report);
    static ReportSection complaintSection(const Report &report);
    static ReportSection callbackSection(const Report &report);
    static void fillDailyCallbacks(const Report &report, ReportSection &s);
    static void fillMonthlyCallbacks(const Report &report, ReportSection &s);
};
