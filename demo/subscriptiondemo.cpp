// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/subscriptiondemo.h"

#include "core/common/clock.h"
#include "core/customers/subscriptionservice.h"
#include "core/staff/passwordhasher.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

namespace {

constexpr int PasswordsSet = 12;  // each one is a slow hash: a handful is enough to try
constexpr int WaitingReturns = 5; // a holder comes back after about 75 other customers

quint64 mixed(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

} // namespace

SubscriptionDemo::SubscriptionDemo(Database &db) : m_db(db), m_services(new SubscriptionService(db))
{
    m_clerk.staffNo = QStringLiteral("1002");
    m_clerk.name = QStringLiteral("王强");
    m_clerk.role = Role::Clerk;
    m_clerk.window = QStringLiteral("W05");
}

SubscriptionDemo::~SubscriptionDemo() = default;

Status SubscriptionDemo::afterRegistration(WriteTransaction &tx, const QString &customerId,
                                           const QString &idNumber, quint64 n)
{
    if (m_plans.isEmpty()) {
        m_plans = SubscriptionService::plans(m_db.connection(), ServiceChange::Open);
        if (m_plans.isEmpty())
            return success(); // no telecom items in the catalogue: no telecom history
        // Initial passwords never prove identity: one hash serves the whole history.
        m_initialHash = PasswordHasher::hash(QStringLiteral("initial-demo"));
    }
    // A holder from a while ago comes back now.
    if (m_returns.size() > WaitingReturns) {
        if (const Status s = comeBack(tx, m_returns.takeFirst()); !s)
            return s;
    }
    const quint64 r = mixed(n * 2654435761ULL + 11);
    if (r % 3 != 0)
        return success();

    NewSubscription line;
    line.customerId = customerId;
    line.kind = ServiceKind::Mobile;
    line.number = QStringLiteral("153%1").arg(n % 100000000, 8, 10, QLatin1Char('0'));
    line.plan = m_plans.at(int((r >> 4) % quint64(m_plans.size())));
    line.simIccid =
        QStringLiteral("898611%1").arg(n % 100000000000000ULL, 14, 10, QLatin1Char('0'));
    line.longDistance = (r >> 8) % 5 == 0;
    line.initialPasswordHash = m_initialHash;
    if ((r >> 12) % 4 == 0)
        line.contractEnd = Clock::today().addMonths(24); // a phone bought on contract
    const Result<ServiceOutcome> out = m_services->open(tx, m_clerk, line);
    // A number or holder the counter refuses (given out already, too young): no line. A
    // refusal writes nothing; anything else ends the seeding.
    if (!out)
        return out.error().code().startsWith(QLatin1String("service.")) ? success()
                                                                        : Status(out.error());
    ++m_opened;
    if ((r >> 16) % 10 == 0) {
        NewSubscription broadband;
        broadband.customerId = customerId;
        broadband.kind = ServiceKind::Broadband;
        broadband.number = QStringLiteral("ad0816%1").arg(n % 100000000, 8, 10, QLatin1Char('0'));
        broadband.plan = m_plans.at(int((r >> 20) % quint64(m_plans.size())));
        broadband.initialPasswordHash = m_initialHash;
        if (m_services->open(tx, m_clerk, broadband))
            ++m_opened;
    }
    if ((r >> 24) % 100 < 20)
        m_returns.append({out->service.serviceId, idNumber, line.plan, r >> 32});
    return success();
}

Status SubscriptionDemo::comeBack(WriteTransaction &tx, const Return &visit)
{
    ServiceChangeRequest change;
    change.proof = IdentityProof::idNumber(visit.idNumber);
    change.contractConfirmed = true; // told of the contract, the demo customers go on
    const int roll = int(visit.r % 100);
    if (roll < 40) {
        change.change = ServiceChange::Suspend;
        change.reason = QStringLiteral("外出务工");
    } else if (roll < 70 || m_passwords >= PasswordsSet) {
        change.change = ServiceChange::Plan;
        change.plan = m_plans.at(int((visit.r >> 8) % quint64(m_plans.size())));
        if (change.plan == visit.plan)
            return success();
    } else {
        change.change = ServiceChange::Password;
        change.newPassword = QString::fromLatin1(DemoPassword);
    }
    const Result<ServiceOutcome> out = m_services->change(tx, m_clerk, visit.serviceId, change);
    if (!out)
        return out.error().code().startsWith(QLatin1String("service.")) ? success()
                                                                        : Status(out.error());
    ++m_changed;
    if (change.change == ServiceChange::Password)
        ++m_passwords;
    return success();
}
