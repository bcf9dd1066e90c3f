// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casestate.h"
#include "core/master/masterdata.h"
#include "core/staff/session.h"
#include "testdatabase.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QTime>

// A branch database with the demo catalogue and calendar (resources/demo/master.json) and
// a few registered customers, for tests of cases, their lists and dialogs.
//
//     CaseFixture f;
//     QVERIFY2(f.open(), qPrintable(f.problem()));
//     const QString no = f.acceptedCase("G001", QDate(2026, 11, 2));
class CaseFixture
{
public:
    bool open(int customers = 3); // false: problem() says why
    QString problem() const { return m_problem; }
    Database &db() { return m_t.db(); }
    TestDatabase &test() { return m_t; }

    QString customer(int n = 0) const { return m_customers.value(n); }
    QString customerName(int n = 0) const { return m_names.value(n); }

    // Clerk 1001 at W01, clerk 1002 at W05, supervisor 2001 (sessions only; no staff rows).
    static Session clerk() { return TestDatabase::staff(QStringLiteral("1001")); }
    static Session otherClerk()
    {
        return TestDatabase::staff(QStringLiteral("1002"), Role::Clerk, QStringLiteral("W05"));
    }
    static Session supervisor()
    {
        return TestDatabase::staff(QStringLiteral("2001"), Role::Supervisor);
    }
    // Fixes the clock to that local day and time (tests reset it in cleanup()).
    static void setToday(QDate day, QTime time = QTime(10, 0));

    // A valid answer for every required field of the item's form.
    static QJsonObject validForm(const CatalogueItem &item);
    CatalogueItem item(const QString &code);

    // Registered today (with every material and a valid form) by session; empty on failure
    // (the reason is logged with qWarning).
    QString registeredCase(const QString &itemCode, const Session &session = clerk(),
                           int customer = 0);
    // Registered and accepted on day (the clock stays there).
    QString acceptedCase(const QString &itemCode, QDate day, const Session &session = clerk(),
                         int customer = 0);
    // A complaint or petition about itemCode registered on day.
    QString complaint(const QString &itemCode, QDate day, CaseKind kind = CaseKind::Complaint,
                      int customer = 0);

private:
    TestDatabase m_t;
    QStringList m_customers;
    QStringList m_names;
    QString m_problem;
};
