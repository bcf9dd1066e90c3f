// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The state machine of a customer's service: which change may be made in which status to
// which kind of service, where it leads, and what proves the holder's identity.
#include "core/customers/servicestate.h"

#include <QTest>

Q_DECLARE_METATYPE(ServiceChange)
Q_DECLARE_METATYPE(ServiceKind)
Q_DECLARE_METATYPE(ServiceStatus)

class tst_ServiceState : public QObject
{
    Q_OBJECT
private slots:
    void moves_data()
    {
        QTest::addColumn<ServiceChange>("change");
        QTest::addColumn<ServiceKind>("kind");
        QTest::addColumn<ServiceStatus>("from");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        QTest::addColumn<ServiceStatus>("to");
        using C = ServiceChange;
        using K = ServiceKind;
        using S = ServiceStatus;
        const QString ok;
        const QString illegal = QStringLiteral("service.illegal_change");
        const QString kind = QStringLiteral("service.not_for_kind");
        QTest::newRow("suspend an active line")
            << C::Suspend << K::Mobile << S::Active << ok << S::Suspended;
        QTest::newRow("suspend twice")
            << C::Suspend << K::Mobile << S::Suspended << illegal << S::Suspended;
        QTest::newRow("resume a suspended line")
            << C::Resume << K::Fixed << S::Suspended << ok << S::Active;
        QTest::newRow("resume an active line")
            << C::Resume << K::Mobile << S::Active << illegal << S::Active;
        QTest::newRow("plan change keeps active")
            << C::Plan << K::Broadband << S::Active << ok << S::Active;
        QTest::newRow("no plan change while suspended")
            << C::Plan << K::Mobile << S::Suspended << illegal << S::Suspended;
        QTest::newRow("transfer an active line")
            << C::Transfer << K::Mobile << S::Active << ok << S::Active;
        QTest::newRow("no transfer while suspended")
            << C::Transfer << K::Mobile << S::Suspended << illegal << S::Suspended;
        QTest::newRow("new SIM for a suspended (lost) card")
            << C::Sim << K::Mobile << S::Suspended << ok << S::Suspended;
        QTest::newRow("no SIM for broadband")
            << C::Sim << K::Broadband << S::Active << kind << S::Active;
        QTest::newRow("no SIM for a fixed line")
            << C::Sim << K::Fixed << S::Active << kind << S::Active;
        QTest::newRow("long distance on a fixed line")
            << C::LongDistance << K::Fixed << S::Active << ok << S::Active;
        QTest::newRow("no long distance for broadband")
            << C::LongDistance << K::Broadband << S::Active << kind << S::Active;
        QTest::newRow("cancel an active line")
            << C::Cancel << K::Mobile << S::Active << ok << S::Cancelled;
        QTest::newRow("cancel a suspended line")
            << C::Cancel << K::Broadband << S::Suspended << ok << S::Cancelled;
        QTest::newRow("password while suspended")
            << C::Password << K::Mobile << S::Suspended << ok << S::Suspended;
        QTest::newRow("open is not a move")
            << C::Open << K::Mobile << S::Active << illegal << S::Active;
        // Nothing moves a cancelled service.
        for (ServiceChange c : ServiceState::modifications()) {
            const K k = ServiceState::rule(c).kinds.first();
            QTest::addRow("cancelled: %s", qPrintable(ServiceState::changeKey(c)))
                << c << k << S::Cancelled << illegal << S::Cancelled;
        }
    }
    void moves()
    {
        QFETCH(ServiceChange, change);
        QFETCH(ServiceKind, kind);
        QFETCH(ServiceStatus, from);
        QFETCH(QString, refusal);
        QFETCH(ServiceStatus, to);
        const Result<ServiceStatus> r = ServiceState::apply(change, kind, from);
        QCOMPARE(ServiceState::isAllowed(change, kind, from), refusal.isEmpty());
        if (refusal.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error().english()));
            QCOMPARE(r.value(), to);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code(), refusal);
            QVERIFY(!r.error().english().contains(QLatin1String("%")));
        }
    }

    void identityAndPermission_data()
    {
        QTest::addColumn<ServiceChange>("change");
        QTest::addColumn<bool>("passwordProves");
        QTest::addColumn<bool>("partnerMay");
        using C = ServiceChange;
        // The catalogue's materials: "身份证原件或服务密码" for these three only.
        QTest::newRow("plan") << C::Plan << true << true;
        QTest::newRow("suspend") << C::Suspend << true << true;
        QTest::newRow("resume") << C::Resume << true << true;
        QTest::newRow("transfer") << C::Transfer << false << false;
        QTest::newRow("sim") << C::Sim << false << true;
        QTest::newRow("long distance") << C::LongDistance << false << true;
        QTest::newRow("cancel") << C::Cancel << false << true;
        QTest::newRow("password") << C::Password << false << true;
        QTest::newRow("open") << C::Open << false << false;
    }
    void identityAndPermission()
    {
        QFETCH(ServiceChange, change);
        QFETCH(bool, passwordProves);
        QFETCH(bool, partnerMay);
        const ServiceChangeRule &rule = ServiceState::rule(change);
        QCOMPARE(rule.change, change);
        QCOMPARE(rule.passwordProves, passwordProves);
        QCOMPARE(Roles::allows(Role::Partner, rule.permission), partnerMay);
        QVERIFY(Roles::allows(Role::Clerk, rule.permission));
    }

    void keysRoundTrip()
    {
        QCOMPARE(ServiceState::changeKeys().size(), 9);
        QVERIFY(!ServiceState::modifications().contains(ServiceChange::Open));
        for (const QString &key : ServiceState::changeKeys()) {
            ServiceChange c;
            QVERIFY(ServiceState::changeFromKey(key, &c));
            QCOMPARE(ServiceState::changeKey(c), key);
            QVERIFY(!ServiceState::changeName(c).isEmpty());
        }
        for (ServiceStatus s : ServiceState::statuses()) {
            ServiceStatus back;
            QVERIFY(ServiceState::statusFromKey(ServiceState::statusKey(s), &back));
            QCOMPARE(back, s);
        }
        for (ServiceKind k : ServiceState::kinds()) {
            ServiceKind back;
            QVERIFY(ServiceState::kindFromKey(ServiceState::kindKey(k), &back));
            QCOMPARE(back, k);
        }
        ServiceChange c;
        QVERIFY(!ServiceState::changeFromKey(QStringLiteral("relocate"), &c));
        ServiceStatus s;
        QVERIFY(!ServiceState::statusFromKey(QStringLiteral("arrears"), &s));
    }
};

QTEST_GUILESS_MAIN(tst_ServiceState)
#include "tst_servicestate.moc"
