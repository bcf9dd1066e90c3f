// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/reports/reportfigures.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

class LocalDay;

// Counts one local day's events into PeriodFigures: cases by item, window and mode, payments
// with their voids and refunds, fee lines, shift closes, tickets with waiting and service
// times, ratings, complaints and callback attempts, each event in the local hour it
// happened. Reads report_fact (the events' fields, derived by ReportFacts as they are logged),
// and event_log itself for the few events listed row by row. Statements are prepared once:
// keep one reader for the days of a month.
class DayFiguresReader
{
public:
    // Parts of a day's reading; after each, keepGoing() is asked (false: stop, cancelled).
    static constexpr int Parts = 5;

    explicit DayFiguresReader(const QSqlDatabase &db);
    ~DayFiguresReader();
    DayFiguresReader(const DayFiguresReader &) = delete;
    DayFiguresReader &operator=(const DayFiguresReader &) = delete;

    // report.cancelled when keepGoing said stop; a database error otherwise.
    Result<PeriodFigures> read(const LocalDay &day, const std::function<bool()> &keepGoing = {});

    // The refusal a cancelled report ends with.
    static Error cancelled();

private:
    struct Statements;
    Status readCases(const LocalDay &day, PeriodFigures &f);
    Status readPayments(const LocalDay &day, PeriodFigures &f);
    Status readShifts(const LocalDay &day, PeriodFigures &f);
    Status readQueue(const LocalDay &day, PeriodFigures &f);
    Status readRatings(const LocalDay &day, PeriodFigures &f);

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_st;
};
