// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/staff/session.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Database;
class SubscriptionService;
class WriteTransaction;

// The demo's telecom services, so the counter shows customers holding lines. The demo
// history calls afterRegistration() for each customer it registers, inside its transaction
// and with the clock at that moment: about one customer in three opens a mobile line (a
// quarter of them on a 24-month contract, some with long distance), one in ten of those
// also a broadband account. Some come back later (when a later customer is registered):
// to suspend the line, change the plan or set their own service password (135790).
// Everything goes through SubscriptionService, by the telecom clerk 1002 at W05.
class SubscriptionDemo
{
public:
    static constexpr const char *DemoPassword = "135790";

    explicit SubscriptionDemo(Database &db);
    ~SubscriptionDemo();
    SubscriptionDemo(const SubscriptionDemo &) = delete;
    SubscriptionDemo &operator=(const SubscriptionDemo &) = delete;

    // n numbers the demo person (DemoSeeder::person(n)): the same n, the same services.
    Status afterRegistration(WriteTransaction &tx, const QString &customerId,
                             const QString &idNumber, quint64 n);

    int opened() const { return m_opened; }
    int changed() const { return m_changed; }

private:
    // A line whose holder will come back, and for what.
    struct Return
    {
        QString serviceId;
        QString idNumber;
        QString plan;
        quint64 r = 0;
    };
    Status comeBack(WriteTransaction &tx, const Return &visit);

    Database &m_db;
    std::unique_ptr<SubscriptionService> m_services;
    Session m_clerk;
    QStringList m_plans;
    QString m_initialHash;
    QList<Return> m_returns; // oldest first
    int m_opened = 0;
    int m_changed = 0;
    int m_passwords = 0;
};
