// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/staff/session.h"

#include <QDate>
#include <QString>

#include <functional>

class Database;
class QRandomGenerator;

// Creates the demo branch: a township convenience service centre with a telecom window,
// its staff (who sign in with Demo@<staff no>), the demo master data (windows, holiday
// calendar, catalogue, fees: resources/demo/master.json through MasterData::apply), and
// (optionally) generated history. Idempotent: what exists is kept; a second run only adds
// the history it is asked for (Options all zero: nothing at all, no rows, no events).
// History is written through CustomerService and CaseService (their WriteTransaction&
// overloads, about 2,000 actions per transaction, one event per action), each visit
// wrapped in a queue ticket (QueueDemo: issued, called, served, rated) by the demo
// clerks 1001 (W01) and 1002 (W05), with the clock fixed to each action's moment on the
// working days of the period, so seed() leaves Clock reset (real time) when it returns.
class DemoSeeder
{
public:
    struct Options
    {
        int customers = 0; // 0 with days > 0: 30 a day
        int days = 0;      // 0 with customers > 0: the last 30 days
    };
    struct Summary
    {
        int staff = 0;
        int customers = 0;
        int cases = 0;
        qint64 events = 0;
        QString text() const;
    };
    // A made-up resident: a realistic name, a valid ID number and mobile, an address.
    struct Person
    {
        QString name;
        QString idNumber;
        QString phone;
        QString address;
    };

    explicit DemoSeeder(Database &db) : m_db(db) {}
    // Who seeds (halldeskctl's administrator): the staff of the seeder's own events (staff,
    // master data); the history is written by the demo staff. The console by default.
    void setOperator(const Session &session) { m_operator = session; }
    Result<Summary> seed(const Options &options,
                         const std::function<void(const QString &)> &progress);

    // The 18-character GB 11643 number for an area code, birth date and 3-digit sequence
    // (odd for men), with its check character.
    static QString makeIdNumber(const QString &areaCode, QDate birth, int sequence);
    // The n-th demo person: different n give different ID numbers and mobiles.
    static Person person(quint64 n);
    // A random person (for benchmarks), born well before today.
    static Person randomPerson(QRandomGenerator &random);

private:
    Status seedStaff(int *added);
    Status setDemoPassword(const QString &staffNo);
    Status applyMasterData(const std::function<void(const QString &)> &report);
    Status seedHistory(const Options &options, const std::function<void(const QString &)> &report,
                       Summary *summary);

    Database &m_db;
    Session m_operator = Session::forConsole();
};
