// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/customers/customer.h"
#include "core/customers/subscription.h"
#include "core/staff/session.h"
#include "testdatabase.h"

#include <QDate>
#include <QString>

#include <memory>

// A branch database for the counter's tests: migrated, with the demo master data applied
// (the catalogue with its telecom items and their plans), and helpers that register
// customers and open services through the core services, as the counter does.
//
//     CounterFixture f;
//     QVERIFY2(f.open(), qPrintable(f.problem()));
//     const Customer c = f.addCustomer(QStringLiteral("李秀英"), "51070319650412002").value();
class CounterFixture
{
public:
    CounterFixture();
    ~CounterFixture();

    bool open(); // false: problem() says why
    QString problem() const { return m_problem; }
    TestDatabase &test() { return *m_test; }
    Database &db() { return m_test->db(); }

    static Session clerk() { return TestDatabase::staff(QStringLiteral("1001")); }
    static Session partner() { return TestDatabase::staff(QStringLiteral("1003"), Role::Partner); }
    static Session supervisor()
    {
        return TestDatabase::staff(QStringLiteral("2001"), Role::Supervisor);
    }

    // A valid resident ID number from its first 17 digits.
    static QString residentId(const char *first17);
    // A valid SIM card number (ICCID), different for each n.
    static QString iccid(int n);

    Result<Customer> addCustomer(const QString &name, const char *first17,
                                 const QString &phone = QStringLiteral("13800138000"),
                                 bool vip = false);
    // A mobile line on the first plan of the opening item.
    Result<ServiceOutcome> openLine(const Customer &holder, const QString &number,
                                    QDate contractEnd = QDate(),
                                    ServiceKind kind = ServiceKind::Mobile);
    // Sets the holder's own service password (so it proves identity), with the ID card.
    Status setPassword(const Subscription &service, const Customer &holder,
                       const QString &password);

private:
    std::unique_ptr<TestDatabase> m_test;
    QString m_problem;
    int m_sims = 0;
};
