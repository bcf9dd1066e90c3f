// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterfixture.h"

#include "core/common/idnumber.h"
#include "core/customers/customerservice.h"
#include "core/customers/subscriptionservice.h"
#include "core/master/masterdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

CounterFixture::CounterFixture() : m_test(std::make_unique<TestDatabase>()) {}

CounterFixture::~CounterFixture() = default;

bool CounterFixture::open()
{
    if (!m_test->open()) {
        m_problem = m_test->problem();
        return false;
    }
    QFile file(QStringLiteral(":/demo/master.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = QStringLiteral("no demo master data in the resources");
        return false;
    }
    const Result<int> applied = MasterData::apply(db(), TestDatabase::console(),
                                                  QJsonDocument::fromJson(file.readAll()).object());
    if (!applied) {
        m_problem = applied.error().english();
        return false;
    }
    return true;
}

QString CounterFixture::residentId(const char *first17)
{
    const QString body = QString::fromLatin1(first17);
    return body + IdNumber::checkCharacter(body);
}

QString CounterFixture::iccid(int n)
{
    return QStringLiteral("898611%1").arg(n, 14, 10, QLatin1Char('0'));
}

Result<Customer> CounterFixture::addCustomer(const QString &name, const char *first17,
                                             const QString &phone, bool vip)
{
    NewCustomer c;
    c.name = name;
    c.idNumber = residentId(first17);
    c.phone = phone;
    c.address = QStringLiteral("四川省绵阳市三台县城关镇解放街12号");
    c.vip = vip;
    return CustomerService(db()).registerCustomer(clerk(), c);
}

Result<ServiceOutcome> CounterFixture::openLine(const Customer &holder, const QString &number,
                                                QDate contractEnd, ServiceKind kind)
{
    NewSubscription s;
    s.customerId = holder.customerId;
    s.kind = kind;
    s.number = number;
    s.plan = SubscriptionService::plans(db().connection(), ServiceChange::Open).value(0);
    s.contractEnd = contractEnd;
    if (kind == ServiceKind::Mobile)
        s.simIccid = iccid(++m_sims);
    return SubscriptionService(db()).open(clerk(), s);
}

Status CounterFixture::setPassword(const Subscription &service, const Customer &holder,
                                   const QString &password)
{
    ServiceChangeRequest r;
    r.change = ServiceChange::Password;
    r.proof = IdentityProof::idNumber(holder.idNumber);
    r.newPassword = password;
    r.contractConfirmed = true;
    const Result<ServiceOutcome> out =
        SubscriptionService(db()).change(clerk(), service.serviceId, r);
    return out ? success() : Status(out.error());
}
