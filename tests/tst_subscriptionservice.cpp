// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Customer services, telecom style: opening a line, changing it with the holder's identity
// checked and the contract confirmed, the state machine enforced, before and after
// recorded, one event per action and nothing written on a refusal.
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/customers/customerservice.h"
#include "core/customers/subscriptionservice.h"
#include "core/master/masterdata.h"
#include "core/staff/passwordhasher.h"
#include "core/storage/eventlog.h"
#include "core/storage/writetransaction.h"
#include "counterfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(ServiceChange)

namespace {
const char *const kHolderId = "51072219800315002"; // born 1980
const char *const kOtherId = "51072319720808001";
const QString kLine = QStringLiteral("13308160001");
} // namespace

class tst_SubscriptionService : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;
    Customer m_holder;
    Customer m_other;

    SubscriptionService service() { return SubscriptionService(m_f->db()); }
    Event lastEvent() { return EventLog::head(m_f->db().connection()).value(); }
    qint64 events() { return m_f->test().eventCount(); }
    Subscription line()
    {
        const Result<ServiceOutcome> out = m_f->openLine(m_holder, kLine);
        if (!out)
            qWarning("%s", qPrintable(out.error().english()));
        return out ? out->service : Subscription();
    }
    ServiceChangeRequest request(ServiceChange change)
    {
        ServiceChangeRequest r;
        r.change = change;
        r.proof = IdentityProof::idNumber(m_holder.idNumber);
        return r;
    }

private slots:
    void initTestCase() { PasswordHasher::setIterations(1000); }
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime).toUTC());
        m_f = std::make_unique<CounterFixture>();
        QVERIFY2(m_f->open(), qPrintable(m_f->problem()));
        m_holder = m_f->addCustomer(QStringLiteral("王建国"), kHolderId).value();
        m_other =
            m_f->addCustomer(QStringLiteral("李秀英"), kOtherId, QStringLiteral("13900139000"))
                .value();
    }
    void cleanup()
    {
        m_f.reset();
        Clock::reset();
    }

    void plansComeFromTheCatalogue()
    {
        const QStringList open =
            SubscriptionService::plans(m_f->db().connection(), ServiceChange::Open);
        QVERIFY(open.contains(QStringLiteral("19元畅享套餐")));
        QVERIFY(open.contains(QStringLiteral("老年关爱卡8元套餐")));
        QCOMPARE(SubscriptionService::plans(m_f->db().connection(), ServiceChange::Plan), open);
        const Result<CatalogueItem> sim =
            SubscriptionService::itemFor(m_f->db().connection(), ServiceChange::Sim);
        QVERIFY(sim.ok());
        QCOMPARE(sim->code, QStringLiteral("T05"));
        QCOMPARE(sim->serviceChange, QStringLiteral("sim"));
        QVERIFY(SubscriptionService::choices(sim.value(), QStringLiteral("reason"))
                    .contains(QStringLiteral("遗失")));
        QVERIFY(!SubscriptionService::itemFor(m_f->db().connection(), ServiceChange::Password));
    }

    void opensWithOneEvent()
    {
        const qint64 before = events();
        NewSubscription s;
        s.customerId = m_holder.customerId;
        s.number = QStringLiteral("133 0816 0001");
        s.plan = QStringLiteral("59元融合套餐");
        s.simIccid = CounterFixture::iccid(1);
        s.contractEnd = QDate(2028, 11, 30);
        s.longDistance = true;
        const Result<ServiceOutcome> out = service().open(CounterFixture::clerk(), s);
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QCOMPARE(events(), before + 1);
        const Subscription &sub = out->service;
        QCOMPARE(sub.number, kLine);
        QCOMPARE(sub.itemCode, QStringLiteral("T01"));
        QCOMPARE(sub.status, ServiceStatus::Active);
        QVERIFY(sub.passwordInitial);
        QVERIFY(sub.longDistance());
        QCOMPARE(sub.simIccid(), CounterFixture::iccid(1));
        QCOMPARE(out->initialPassword.size(), 6);
        QVERIFY(SubscriptionService::checkPassword(out->initialPassword, QString(), kLine).ok());
        QCOMPARE(out->record.formNo, QStringLiteral("YWTZ01-20261123-D1-0001"));

        const Event e = lastEvent();
        QCOMPARE(e.type, QStringLiteral("service.opened"));
        QCOMPARE(e.staff, QStringLiteral("1001"));
        const QJsonObject data = e.dataObject();
        QCOMPARE(data.value(QLatin1String("service_id")).toString(), sub.serviceId);
        QCOMPARE(data.value(QLatin1String("customer_id")).toString(), m_holder.customerId);
        QCOMPARE(data.value(QLatin1String("item_code")).toString(), QStringLiteral("T01"));
        QCOMPARE(data.value(QLatin1String("number")).toString(), kLine);
        QCOMPARE(data.value(QLatin1String("plan")).toString(), QStringLiteral("59元融合套餐"));
        QCOMPARE(data.value(QLatin1String("contract_end")).toString(),
                 QStringLiteral("2028-11-30"));
        // The password never leaves the hash: not in the event, not in the record.
        QVERIFY(!QString::fromUtf8(e.data).contains(out->initialPassword));

        const Subscription stored = service().find(sub.serviceId).value();
        QCOMPARE(stored.plan, QStringLiteral("59元融合套餐"));
        QCOMPARE(stored.contractEnd, QDate(2028, 11, 30));
        QCOMPARE(service().ofCustomer(m_holder.customerId).size(), 1);
        const QList<ServiceChangeRecord> history = service().history(sub.serviceId);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().change, ServiceChange::Open);
        QCOMPARE(history.first().after.value(QLatin1String("plan")).toString(),
                 QStringLiteral("59元融合套餐"));
    }

    void openRefusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown plan") << "plan"
                                      << "999元至尊套餐"
                                      << "service.bad_plan";
        QTest::newRow("10-digit mobile") << "number"
                                         << "1330816000"
                                         << "service.bad_number";
        QTest::newRow("number in use") << "number"
                                       << "13900000001"
                                       << "service.number_taken";
        QTest::newRow("bad SIM") << "sim"
                                 << "12345"
                                 << "service.bad_sim";
        QTest::newRow("contract in the past") << "contract"
                                              << "2026-11-01"
                                              << "service.bad_contract";
        QTest::newRow("contract too long") << "contract"
                                           << "2035-01-01"
                                           << "service.bad_contract";
        QTest::newRow("unknown customer") << "customer"
                                          << "nobody"
                                          << "service.unknown_customer";
    }
    void openRefusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QVERIFY(m_f->openLine(m_other, QStringLiteral("13900000001")).ok());
        const qint64 before = events();
        const qint64 rows = m_f->test().scalar(QStringLiteral("SELECT count(*) FROM subscription"));
        NewSubscription s;
        s.customerId = m_holder.customerId;
        s.number = kLine;
        s.plan = QStringLiteral("19元畅享套餐");
        s.simIccid = CounterFixture::iccid(7);
        if (field == QLatin1String("plan"))
            s.plan = value;
        else if (field == QLatin1String("number"))
            s.number = value;
        else if (field == QLatin1String("sim"))
            s.simIccid = value;
        else if (field == QLatin1String("contract"))
            s.contractEnd = QDate::fromString(value, Qt::ISODate);
        else if (field == QLatin1String("customer"))
            s.customerId = value;
        const Result<ServiceOutcome> out = service().open(CounterFixture::clerk(), s);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code(), code);
        QCOMPARE(events(), before);
        QCOMPARE(m_f->test().scalar(QStringLiteral("SELECT count(*) FROM subscription")), rows);
    }

    void partnerStaffMayNotOpen()
    {
        NewSubscription s;
        s.customerId = m_holder.customerId;
        s.number = kLine;
        s.plan = QStringLiteral("19元畅享套餐");
        s.simIccid = CounterFixture::iccid(1);
        const Result<ServiceOutcome> out = service().open(CounterFixture::partner(), s);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code(), QStringLiteral("auth.forbidden"));
        QCOMPARE(m_f->test().scalar(QStringLiteral("SELECT count(*) FROM subscription")), 0);
    }

    void holderRules()
    {
        // Under 16: born 2012.
        const Customer child =
            m_f->addCustomer(QStringLiteral("王小明"), "51072220120601001").value();
        Result<ServiceOutcome> out = m_f->openLine(child, QStringLiteral("13308160099"));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code(), QStringLiteral("service.holder_too_young"));
        // Five mobile lines per ID document; broadband does not count.
        for (int i = 0; i < SubscriptionService::MaxMobileLinesPerHolder; ++i)
            QVERIFY(m_f->openLine(m_holder, QStringLiteral("1330816000%1").arg(i)).ok());
        out = m_f->openLine(m_holder, QStringLiteral("13308160009"));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code(), QStringLiteral("service.too_many_lines"));
        QVERIFY(m_f->openLine(m_holder, QStringLiteral("ad08165621234"), QDate(),
                              ServiceKind::Broadband)
                    .ok());
    }

    void numbersByKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("mobile with spaces") << int(ServiceKind::Mobile) << "133 0816 0001"
                                            << "13308160001";
        QTest::newRow("mobile +86") << int(ServiceKind::Mobile) << "+8613308160001"
                                    << "13308160001";
        QTest::newRow("fixed 4-digit area") << int(ServiceKind::Fixed) << "08165621234"
                                            << "0816-5621234";
        QTest::newRow("fixed Beijing 8 digits") << int(ServiceKind::Fixed) << "010-65123456"
                                                << "010-65123456";
        QTest::newRow("fixed without area") << int(ServiceKind::Fixed) << "5621234"
                                            << "";
        QTest::newRow("fixed local starts with 0") << int(ServiceKind::Fixed) << "0816-0621234"
                                                   << "";
        QTest::newRow("broadband account") << int(ServiceKind::Broadband) << " ad08165621234 "
                                           << "ad08165621234";
        QTest::newRow("broadband too short") << int(ServiceKind::Broadband) << "ad1"
                                             << "";
    }
    void numbersByKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        const Result<QString> n = SubscriptionService::normaliseNumber(ServiceKind(kind), typed);
        QCOMPARE(n.ok(), !stored.isEmpty());
        if (n)
            QCOMPARE(n.value(), stored);
        else
            QCOMPARE(n.error().code(), QStringLiteral("service.bad_number"));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("own") << "270419"
                             << "";
        QTest::newRow("five digits") << "27041"
                                     << "service.password_format";
        QTest::newRow("letters") << "27041a"
                                 << "service.password_format";
        QTest::newRow("repeated") << "888888"
                                  << "service.password_simple";
        QTest::newRow("run up") << "123456"
                                << "service.password_simple";
        QTest::newRow("run down") << "987654"
                                  << "service.password_simple";
        QTest::newRow("birth date from the ID") << "800315"
                                                << "service.password_personal";
        QTest::newRow("number's last six") << "160001"
                                           << "service.password_personal";
    }
    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(QString, code);
        const Status s = SubscriptionService::checkPassword(
            password, CounterFixture::residentId(kHolderId), kLine);
        QCOMPARE(s.ok(), code.isEmpty());
        if (!s)
            QCOMPARE(s.error().code(), code);
    }

    // Every change the state machine refuses is refused by the service, writing nothing.
    void illegalMovesWriteNothing_data()
    {
        QTest::addColumn<ServiceChange>("change");
        QTest::addColumn<bool>("suspendFirst");
        QTest::addColumn<QString>("code");
        QTest::newRow("resume an active line")
            << ServiceChange::Resume << false << "service.illegal_change";
        QTest::newRow("suspend twice")
            << ServiceChange::Suspend << true << "service.illegal_change";
        QTest::newRow("plan while suspended")
            << ServiceChange::Plan << true << "service.illegal_change";
        QTest::newRow("transfer while suspended")
            << ServiceChange::Transfer << true << "service.illegal_change";
        QTest::newRow("open again") << ServiceChange::Open << false << "service.illegal_change";
    }
    void illegalMovesWriteNothing()
    {
        QFETCH(ServiceChange, change);
        QFETCH(bool, suspendFirst);
        QFETCH(QString, code);
        const Subscription sub = line();
        if (suspendFirst)
            QVERIFY(service().change(CounterFixture::clerk(), sub.serviceId,
                                     request(ServiceChange::Suspend)));
        const qint64 before = events();
        const qint64 records =
            m_f->test().scalar(QStringLiteral("SELECT count(*) FROM subscription_change"));
        ServiceChangeRequest r = request(change);
        r.plan = QStringLiteral("29元畅享套餐");
        r.newOwnerIdNumber = m_other.idNumber;
        const Result<ServiceOutcome> out =
            service().change(CounterFixture::clerk(), sub.serviceId, r);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code(), code);
        QCOMPARE(events(), before);
        QCOMPARE(m_f->test().scalar(QStringLiteral("SELECT count(*) FROM subscription_change")),
                 records);
    }

    void suspendAndResume()
    {
        const Subscription sub = line();
        Result<ServiceOutcome> out = service().change(CounterFixture::clerk(), sub.serviceId,
                                                      request(ServiceChange::Suspend));
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QCOMPARE(out->service.status, ServiceStatus::Suspended);
        QCOMPARE(service().find(sub.serviceId)->status, ServiceStatus::Suspended);
        Event e = lastEvent();
        QCOMPARE(e.type, QStringLiteral("service.changed"));
        QJsonObject data = e.dataObject();
        QCOMPARE(data.value(QLatin1String("service_id")).toString(), sub.serviceId);
        QCOMPARE(data.value(QLatin1String("change")).toString(), QStringLiteral("suspend"));
        QCOMPARE(data.value(QLatin1String("before")).toObject(),
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("active")}}));
        QCOMPARE(data.value(QLatin1String("after")).toObject(),
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("suspended")}}));
        QCOMPARE(data.value(QLatin1String("identity")).toString(), QStringLiteral("id_number"));
        QCOMPARE(data.value(QLatin1String("item_code")).toString(), QStringLiteral("T02"));

        out = service().change(CounterFixture::clerk(), sub.serviceId,
                               request(ServiceChange::Resume));
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QCOMPARE(out->service.status, ServiceStatus::Active);
        data = lastEvent().dataObject();
        QCOMPARE(data.value(QLatin1String("change")).toString(), QStringLiteral("resume"));
        QCOMPARE(service().history(sub.serviceId).size(), 3);
        QCOMPARE(service().history(sub.serviceId).first().change, ServiceChange::Resume);
    }

    void identityChecks()
    {
        const Subscription sub = line();
        const qint64 before = events();
        ServiceChangeRequest r = request(ServiceChange::Suspend);
        const auto refused = [&](const QString &code) {
            const Result<ServiceOutcome> out =
                service().change(CounterFixture::clerk(), sub.serviceId, r);
            if (out.ok())
                return QStringLiteral("accepted");
            return out.error().code() == code ? QString() : out.error().code();
        };
        r.proof = IdentityProof::idNumber(QString());
        QCOMPARE(refused(QStringLiteral("service.identity_required")), QString());
        r.proof = IdentityProof::idNumber(m_other.idNumber);
        QCOMPARE(refused(QStringLiteral("service.identity_mismatch")), QString());
        QString mistyped = m_holder.idNumber;
        mistyped[17] = mistyped.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        r.proof = IdentityProof::idNumber(mistyped);
        QCOMPARE(refused(QStringLiteral("id.checksum")), QString());
        // The initial password never proves identity, even when typed right.
        r.proof = IdentityProof::password(QStringLiteral("000000"));
        QCOMPARE(refused(QStringLiteral("service.initial_password")), QString());
        QCOMPARE(events(), before);

        // With the ID card the holder sets their own password; then it proves identity.
        QVERIFY(m_f->setPassword(sub, m_holder, QStringLiteral("270419")).ok());
        QVERIFY(!service().find(sub.serviceId)->passwordInitial);
        r.proof = IdentityProof::password(QStringLiteral("270418"));
        QCOMPARE(refused(QStringLiteral("service.wrong_password")), QString());
        r.proof = IdentityProof::password(QStringLiteral("270419"));
        const Result<ServiceOutcome> out =
            service().change(CounterFixture::clerk(), sub.serviceId, r);
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QCOMPARE(lastEvent().dataObject().value(QLatin1String("identity")).toString(),
                 QStringLiteral("service_password"));
        // …but not for a change that needs the ID card.
        ServiceChangeRequest cancel = request(ServiceChange::Cancel);
        cancel.proof = IdentityProof::password(QStringLiteral("270419"));
        cancel.reason = QStringLiteral("现金");
        const Result<ServiceOutcome> c =
            service().change(CounterFixture::clerk(), sub.serviceId, cancel);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code(), QStringLiteral("service.id_required"));
    }

    void contractNeedsConfirmation()
    {
        const Subscription sub = m_f->openLine(m_holder, kLine, QDate(2027, 6, 30)).value().service;
        ServiceChangeRequest r = request(ServiceChange::Plan);
        r.plan = QStringLiteral("29元畅享套餐");
        const qint64 before = events();
        Result<ServiceOutcome> out = service().change(CounterFixture::clerk(), sub.serviceId, r);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code(), QStringLiteral("service.under_contract"));
        QVERIFY(out.error().english().contains(QLatin1String("2027-06-30")));
        QVERIFY(out.error().english().contains(kLine));
        QCOMPARE(events(), before);
        QCOMPARE(service().find(sub.serviceId)->plan, sub.plan);
        QCOMPARE(service().underContract(m_holder.customerId, Clock::today()).size(), 1);

        r.contractConfirmed = true;
        out = service().change(CounterFixture::clerk(), sub.serviceId, r);
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QCOMPARE(out->service.plan, QStringLiteral("29元畅享套餐"));
        QVERIFY(out->record.contractConfirmed);
        const QJsonObject data = lastEvent().dataObject();
        QCOMPARE(data.value(QLatin1String("contract_confirmed")).toBool(), true);
        QCOMPARE(data.value(QLatin1String("contract_end")).toString(),
                 QStringLiteral("2027-06-30"));
        QCOMPARE(data.value(QLatin1String("before")).toObject().value(QLatin1String("plan")),
                 QJsonValue(sub.plan));
        QCOMPARE(data.value(QLatin1String("after")).toObject().value(QLatin1String("plan")),
                 QJsonValue(QStringLiteral("29元畅享套餐")));

        // Another line of a customer under contract also needs the confirmation.
        const Subscription second = m_f->openLine(m_holder, QStringLiteral("13308160002"))->service;
        out = service().change(CounterFixture::clerk(), second.serviceId,
                               request(ServiceChange::Suspend));
        QCOMPARE(out.error().code(), QStringLiteral("service.under_contract"));
        // After the contract's last day, no confirmation is asked.
        Clock::setFixed(QDateTime(QDate(2027, 7, 1), QTime(10, 0), Qt::LocalTime).toUTC());
        out = service().change(CounterFixture::clerk(), second.serviceId,
                               request(ServiceChange::Suspend));
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QVERIFY(!out->record.contractConfirmed);
    }

    void planChangeRules()
    {
        const Subscription sub = line();
        ServiceChangeRequest r = request(ServiceChange::Plan);
        r.plan = sub.plan;
        QCOMPARE(service().change(CounterFixture::clerk(), sub.serviceId, r).error().code(),
                 QStringLiteral("service.no_change"));
        r.plan = QStringLiteral("免费套餐");
        QCOMPARE(service().change(CounterFixture::clerk(), sub.serviceId, r).error().code(),
                 QStringLiteral("service.bad_plan"));
        r.plan = QStringLiteral("老年关爱卡8元套餐");
        QVERIFY(service().change(CounterFixture::clerk(), sub.serviceId, r).ok());
    }

    void transferToANewOwner()
    {
        const Subscription sub = line();
        QVERIFY(m_f->setPassword(sub, m_holder, QStringLiteral("270419")).ok());
        ServiceChangeRequest r = request(ServiceChange::Transfer);
        r.newOwnerIdNumber = CounterFixture::residentId("51072519900101001");
        QCOMPARE(service().change(CounterFixture::clerk(), sub.serviceId, r).error().code(),
                 QStringLiteral("service.new_owner_unknown"));
        r.newOwnerIdNumber = m_holder.idNumber;
        QCOMPARE(service().change(CounterFixture::clerk(), sub.serviceId, r).error().code(),
                 QStringLiteral("service.same_owner"));
        QCOMPARE(service()
                     .change(CounterFixture::partner(), sub.serviceId,
                             [&] {
                                 ServiceChangeRequest p = r;
                                 p.newOwnerIdNumber = m_other.idNumber;
                                 return p;
                             }())
                     .error()
                     .code(),
                 QStringLiteral("auth.forbidden"));

        r.newOwnerIdNumber = m_other.idNumber.toLower();
        const Result<ServiceOutcome> out =
            service().change(CounterFixture::clerk(), sub.serviceId, r);
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QCOMPARE(out->service.customerId, m_other.customerId);
        // The old holder's own password leaves with them: the new holder gets an initial one.
        QVERIFY(out->service.passwordInitial);
        QCOMPARE(out->initialPassword.size(), 6);
        const Subscription stored = service().find(sub.serviceId).value();
        QCOMPARE(stored.customerId, m_other.customerId);
        QVERIFY(stored.passwordInitial);
        QCOMPARE(service().ofCustomer(m_holder.customerId).size(), 0);
        QCOMPARE(service().ofCustomer(m_other.customerId).size(), 1);
        const QJsonObject data = lastEvent().dataObject();
        QCOMPARE(data.value(QLatin1String("change")).toString(), QStringLiteral("transfer"));
        QCOMPARE(data.value(QLatin1String("customer_id")).toString(), m_holder.customerId);
        QCOMPARE(data.value(QLatin1String("before")).toObject().value(QLatin1String("customer_id")),
                 QJsonValue(m_holder.customerId));
        QCOMPARE(data.value(QLatin1String("after")).toObject().value(QLatin1String("customer_id")),
                 QJsonValue(m_other.customerId));
        QCOMPARE(data.value(QLatin1String("after")).toObject().value(QLatin1String("holder")),
                 QJsonValue(QStringLiteral("李秀英")));
        // The old holder can no longer change it.
        ServiceChangeRequest again = request(ServiceChange::Suspend);
        QCOMPARE(service().change(CounterFixture::clerk(), sub.serviceId, again).error().code(),
                 QStringLiteral("service.identity_mismatch"));
    }

    void simReplacement()
    {
        const Subscription sub = line();
        ServiceChangeRequest r = request(ServiceChange::Sim);
        r.simIccid = sub.simIccid();
        r.reason = QStringLiteral("遗失");
        QCOMPARE(service().change(CounterFixture::clerk(), sub.serviceId, r).error().code(),
                 QStringLiteral("service.no_change"));
        r.simIccid = CounterFixture::iccid(99);
        r.reason = QStringLiteral("送人了");
        QCOMPARE(service().change(CounterFixture::clerk(), sub.serviceId, r).error().code(),
                 QStringLiteral("service.bad_reason"));
        r.reason = QStringLiteral("损坏");
        const Result<ServiceOutcome> out =
            service().change(CounterFixture::clerk(), sub.serviceId, r);
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QCOMPARE(out->service.simIccid(), CounterFixture::iccid(99));
        QCOMPARE(out->record.reason, QStringLiteral("损坏"));
        QCOMPARE(out->record.before.value(QLatin1String("sim_iccid")).toString(), sub.simIccid());
        QCOMPARE(lastEvent().dataObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("损坏"));
    }

    void longDistance()
    {
        const Subscription sub = line();
        ServiceChangeRequest r = request(ServiceChange::LongDistance);
        r.longDistance = false;
        QCOMPARE(service().change(CounterFixture::clerk(), sub.serviceId, r).error().code(),
                 QStringLiteral("service.no_change"));
        r.longDistance = true;
        const Result<ServiceOutcome> out =
            service().change(CounterFixture::clerk(), sub.serviceId, r);
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QVERIFY(service().find(sub.serviceId)->longDistance());
        QCOMPARE(lastEvent().dataObject().value(QLatin1String("after")).toObject(),
                 QJsonObject({{QStringLiteral("long_distance"), true}}));
    }

    void cancelFreesTheNumber()
    {
        const Subscription sub = line();
        ServiceChangeRequest r = request(ServiceChange::Cancel);
        r.reason = QStringLiteral("现金");
        const Result<ServiceOutcome> out =
            service().change(CounterFixture::clerk(), sub.serviceId, r);
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
        QCOMPARE(out->service.status, ServiceStatus::Cancelled);
        QCOMPARE(out->service.cancelledOn, QDate(2026, 11, 23));
        QVERIFY(!service().findLive(kLine).ok());
        // Nothing more happens to a cancelled service…
        QCOMPARE(service()
                     .change(CounterFixture::clerk(), sub.serviceId, request(ServiceChange::Resume))
                     .error()
                     .code(),
                 QStringLiteral("service.illegal_change"));
        // …and its number may be given out again.
        QVERIFY(m_f->openLine(m_other, kLine).ok());
        QCOMPARE(service().findLive(kLine)->customerId, m_other.customerId);
    }

    void holderFoundByLineNumber()
    {
        // The number a customer gives is often the line, not the contact mobile.
        const Subscription sub = line();
        const QList<Customer> found = CustomerService(m_f->db()).search(kLine);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().customerId, m_holder.customerId);
        QCOMPARE(service().findLive(kLine)->serviceId, sub.serviceId);
    }

    void unknownServiceChangeInMasterData()
    {
        QJsonObject master{{QStringLiteral("version"), 2},
                           {QStringLiteral("catalogue"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("code"), QStringLiteral("T99")},
                                {QStringLiteral("name"), QStringLiteral("移机")},
                                {QStringLiteral("mode"), QStringLiteral("immediate")},
                                {QStringLiteral("service_change"), QStringLiteral("relocate")}}}}};
        const Result<int> r = MasterData::apply(m_f->db(), TestDatabase::console(), master);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QStringLiteral("master.bad_service_change"));
        QVERIFY(r.error().english().contains(QLatin1String("T99")));
    }

    void closedDayTakesNothing()
    {
        const Subscription sub = line();
        QSqlQuery q = m_f->db().query();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO business_day(day, closed_at, closed_by) VALUES "
                                      "('2026-11-23', '2026-11-23T10:00:00.000Z', '2001')")));
        const Result<ServiceOutcome> out = service().change(CounterFixture::clerk(), sub.serviceId,
                                                            request(ServiceChange::Suspend));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code(), QStringLiteral("day.closed"));
        QCOMPARE(m_f->openLine(m_other, QStringLiteral("13308160005")).error().code(),
                 QStringLiteral("day.closed"));
    }

    void formNumbersFollowEachOther()
    {
        const Subscription sub = line();
        const Result<ServiceOutcome> out = service().change(CounterFixture::clerk(), sub.serviceId,
                                                            request(ServiceChange::Suspend));
        QVERIFY(out.ok());
        QCOMPARE(out->record.formNo, QStringLiteral("YWTZ01-20261123-D1-0002"));
        const Result<ServiceChangeRecord> read = service().record(out->record.changeId);
        QVERIFY(read.ok());
        QCOMPARE(read->formNo, out->record.formNo);
        QCOMPARE(read->staffNo, QStringLiteral("1001"));
        QCOMPARE(read->windowCode, QStringLiteral("W01"));
        QCOMPARE(read->businessDay, QDate(2026, 11, 23));
    }

    void batchInOneTransaction()
    {
        // The demo's way: one hash for the batch, many openings in one transaction.
        const QString hash = PasswordHasher::hash(QStringLiteral("135790"));
        WriteTransaction tx(m_f->db());
        SubscriptionService services(m_f->db());
        for (int i = 0; i < 3; ++i) {
            NewSubscription s;
            s.customerId = m_holder.customerId;
            s.number = QStringLiteral("1330816010%1").arg(i);
            s.plan = QStringLiteral("19元畅享套餐");
            s.simIccid = CounterFixture::iccid(50 + i);
            s.initialPasswordHash = hash;
            const Result<ServiceOutcome> out = services.open(tx, CounterFixture::clerk(), s);
            QVERIFY2(out.ok(), qPrintable(out.error().english()));
            QVERIFY(out->initialPassword.isEmpty());
        }
        QVERIFY(tx.commit().ok());
        QCOMPARE(services.ofCustomer(m_holder.customerId).size(), 3);
        QVERIFY(EventLog::verify(m_f->db().connection())->intact());
    }
};

QTEST_GUILESS_MAIN(tst_SubscriptionService)
#include "tst_subscriptionservice.moc"
