// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QString>

// A small hall for queue tests, on a TestDatabase: staff 1001 and 1002 (clerks), 1003
// (partner) and 2001 (supervisor); windows W01 综合窗口 (categories A, B; A post 1001, B post
// 1002), W02 民政窗口 (B; 1002 / 1001), W05 电信窗口 (C; 1001 / 1002), W06 咨询台 (no
// category, no posts); queue categories A 综合业务, B 民政残联, C 电信业务 and D 社保就业
// (defined, but no window serves it); one immediate catalogue item T09 at W05 and one
// registered customer (customerId(), a VIP when asked).
//
//     QueueFixture hall;
//     QVERIFY2(hall.open(), qPrintable(hall.problem()));
//     TicketService tickets(hall.db());
class QueueFixture
{
public:
    // The clock is fixed at 2026-11-23 (a Monday) 09:00 local time until destruction.
    explicit QueueFixture(bool vipCustomer = false);
    ~QueueFixture();

    bool open(); // false: problem() says why
    QString problem() const { return m_problem; }
    Database &db() { return m_test.db(); }
    TestDatabase &test() { return m_test; }

    static Session clerk(const QString &staffNo, const QString &window = QStringLiteral("W01"),
                         Role role = Role::Clerk)
    {
        return TestDatabase::staff(staffNo, role, window);
    }
    QString customerId() const { return m_customerId; }
    QString customerIdNumber() const { return m_customerIdNumber; }
    QString customerPhone() const { return m_customerPhone; }
    static QDateTime start();

private:
    TestDatabase m_test;
    bool m_vip;
    QString m_problem;
    QString m_customerId;
    QString m_customerIdNumber;
    QString m_customerPhone;
};
