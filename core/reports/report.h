// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/chainanchor.h"
#include "core/reports/reportfigures.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// An open case whose due date has passed or is near, as of the report's day.
struct DueCase
{
    QString caseNo;
    QString itemCode;
    QString windowCode;
    QString mode;
    QString status; // now
    QDate acceptedOn;
    QDate dueOn;
    QDate completedOn;       // when it was completed after the report's day
    int workingDaysLeft = 0; // negative: working days overdue
};

// Cases open at the end of the report's day (accepted or forwarded, not yet completed)
// that are overdue or due within DueSoonWorkingDays working days (预警). Longest overdue
// first; the lists keep at most ListLimit rows, the counts are complete.
struct DueCases
{
    static constexpr int DueSoonWorkingDays = 2;
    static constexpr int ListLimit = 200;
    int overdueCount = 0;
    int dueSoonCount = 0;
    QList<DueCase> overdue;
    QList<DueCase> dueSoon;
};

// A follow-up call (回访) from the callback table.
struct ReportCallbackEntry
{
    QString caseNo;
    QString ticketNo;
    QString reason;
    QString status;
    QDate dueOn;
    QDate doneOn;
    int attempts = 0;
    QString outcome;
};

// Callbacks due and done in the report's period. available is false when this database
// has no callback table (a terminal without the queue).
struct CallbackFigures
{
    static constexpr int ListLimit = 200;
    bool available = false;
    int due = 0;                     // due_on in the period
    int done = 0;                    // done_on in the period
    int openOverdue = 0;             // due by the period's last day and not done by its end
    QList<ReportCallbackEntry> list; // daily: due by the day and open at its end, or done on it
};

// One day of a monthly report's trend.
struct DayTrend
{
    QDate day;
    CaseTally cases;
    ReportMoneyTally money;
    QueueTally queue;
    RatingTally ratings;
    int complaints = 0;
};

// Names for the codes the figures carry, as the master data and staff table have them now.
struct ReportNames
{
    QHash<QString, QString> items;
    QHash<QString, QString> windows;
    QHash<QString, QString> staff;
    QHash<QString, QString> fees;
};

// A daily (营业日报) or monthly (营业月报) business report: what the engine computed and
// what the screen, the printout and the CSV show.
struct Report
{
    enum class Kind { Daily, Monthly };

    Kind kind = Kind::Daily;
    QDate first; // the day, or the month's first day
    QDate last;  // the day, or the month's last day counted (today in the current month)
    QString branchCode;
    QString branchName;
    QDateTime generatedAt; // UTC
    QString generatedBy;   // "1001 张丽", or "halldeskctl (user)" for the console
    ChainAnchor chainHead; // the event log's head when generated: a paper anchor
    // Daily: whether the day is closed (日结), when and by whom.
    bool dayClosed = false;
    QString closedAt;
    QString closedBy;

    PeriodFigures figures;
    QList<DayTrend> days; // monthly: every day from first to last
    DueCases due;         // daily
    CallbackFigures callbacks;
    ReportNames names;
};
