// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/reports/report.h"

#include <QDate>

#include <functional>

class Database;
class QSqlDatabase;
struct Session;

// Computes the daily (营业日报) and monthly (营业月报) business reports from the local
// database: the event log for what happened (through report_fact, the events' fields kept
// as they are logged; one local day at a time, in a read transaction so every figure comes
// from the same moment), service_case for the open cases, callback for follow-up calls.
// Needs Permission::ViewReports. Slow enough on a large branch to run off the GUI thread:
// Control reports progress and may cancel.
class ReportEngine
{
public:
    struct Control
    {
        std::function<void(int done, int total)> progress;
        std::function<bool()> cancelled; // true: stop with report.cancelled
    };

    explicit ReportEngine(Database &db) : m_db(db) {}

    // Refusals: auth.* (permission), report.bad_date, report.future, report.cancelled.
    Result<Report> daily(const Session &session, QDate day, const Control &control = {}) const;
    // The month of any of its days; the current month counts up to today.
    Result<Report> monthly(const Session &session, QDate month, const Control &control = {}) const;

private:
    class Progress;

    Result<Report> compute(const Session &session, Report::Kind kind, QDate first, QDate last,
                           const Control &control) const;
    static Status validate(const Session &session, QDate first, QDate last);
    static Report heading(const QSqlDatabase &db, const Session &session, Report::Kind kind,
                          QDate first, QDate last);
    static Status readDays(const QSqlDatabase &db, Report &report, Progress &progress);
    static Status readDayState(const QSqlDatabase &db, Report &report);

    Database &m_db;
};
