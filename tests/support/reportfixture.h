// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

class Database;

// A branch day with known figures for the report tests (tests/tst_reportengine.cpp has the
// hand-computed numbers): cases through CaseService, and the events of the areas this
// terminal may not have yet (payments, shifts, tickets, ratings, complaints, callbacks)
// written with WriteTransaction::append using the event catalogue's fields. Local time is
// China Standard Time (UTC+8), so the business day and the UTC date differ for 8 hours.
//
// The report day is Monday 2026-11-23 (day()); "today" for the tests is the 24th, when
// one more case is registered at midnight and an overdue case is completed.
class ReportFixture
{
public:
    // Sets TZ=Asia/Shanghai for this process (call before any local time is computed).
    static void useChinaTime();
    static QDate day() { return QDate(2026, 11, 23); }
    static QDate today() { return QDate(2026, 11, 24); }
    // The UTC moment of a local wall-clock time.
    static QDateTime local(QDate date, int hour, int minute, int second = 0, int msec = 0);

    explicit ReportFixture(Database &db) : m_db(db) {}
    // Writes the whole fixture; false with problem() when a step failed. Leaves the clock
    // fixed at today() 10:00 local.
    bool write();
    QString problem() const { return m_problem; }

    // Creates the queue's callback table as CONTRACTS.md specifies it (queue's migration
    // makes it in the product) and fills it with five callbacks around day().
    bool writeCallbacks();

    // Case numbers of the fixture, for the lists that name them.
    QString caseA, caseB, caseC, caseD, caseE, caseF, caseG, caseH, caseI, caseJ, caseK, caseL,
        caseM;

private:
    bool event(const QDateTime &utc, const QString &type, const QString &staff,
               const QJsonObject &data);
    QString registerCase(const QDateTime &utc, const QString &staffNo, const QString &window,
                         const char *itemCode);
    bool accept(const QDateTime &utc, const QString &staffNo, const QString &caseNo);
    bool complete(const QDateTime &utc, const QString &staffNo, const QString &caseNo);
    bool fail(const QString &what);

    Database &m_db;
    QString m_customer;
    QString m_problem;
};
