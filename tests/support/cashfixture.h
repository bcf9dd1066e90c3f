// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/payment.h"
#include "core/cash/shiftservice.h"
#include "core/common/result.h"
#include "core/staff/session.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QString>

// A demo branch (staff, windows, catalogue, fees) on a fresh database with one registered
// customer, the clock fixed on a working morning, for the cash tests:
//
//     CashFixture f;
//     QVERIFY2(f.open(), qPrintable(f.problem()));
//     f.openShift(f.clerk());
//     PaymentService(f.db()).take(f.clerk(), f.cashPayment(f.simCase(), "20"));
class CashFixture
{
public:
    // 2026-11-23 (a Monday) 10:00 local time.
    static QDateTime morning();

    CashFixture();
    ~CashFixture();
    bool open();
    QString problem() const { return m_test.problem(); }
    Database &db() { return m_test.db(); }
    TestDatabase &test() { return m_test; }
    QString customerId() const { return m_customerId; }
    QString customerName() const { return m_customerName; }

    // The demo staff: clerks 1001 (W01) and 1002 (W05), partner 1003, supervisor 2001.
    static Session clerk() { return TestDatabase::staff(QStringLiteral("1001")); }
    static Session secondClerk()
    {
        return TestDatabase::staff(QStringLiteral("1002"), Role::Clerk, QStringLiteral("W05"));
    }
    static Session partner() { return TestDatabase::staff(QStringLiteral("1003"), Role::Partner); }
    static Session supervisor()
    {
        return TestDatabase::staff(QStringLiteral("2001"), Role::Supervisor);
    }

    // A new SIM reissue case (T05, fee TEL-SIM ¥10.00) of the customer.
    QString simCase();
    Result<Shift> openShift(const Session &session,
                            const QString &floatText = QStringLiteral("200.00"));

    // A payment of the SIM fee for caseNo in cash.
    static PaymentRequest cashForCase(const QString &caseNo, const QString &tendered);
    // A top-up of 50 × quantity for a phone number, paid by method.
    static PaymentRequest topUp(const QString &number, int quantity, PaymentMethod method,
                                const QString &tenderedOrReference);

    qint64 scalar(const QString &sql) { return m_test.scalar(sql); }
    qint64 eventCount() { return m_test.eventCount(); }

private:
    TestDatabase m_test;
    QString m_customerId;
    QString m_customerName;
};
