// The case state machine: every pair of statuses, legal or not.
#include "casestate.h"

#include <QTest>

class tst_CaseState : public QObject
{
    Q_OBJECT
private slots:
    void transitions_data()
    {
        QTest::addColumn<CaseStatus>("from");
        QTest::addColumn<CaseStatus>("to");
        QTest::addColumn<bool>("legal");
        const QList<QPair<CaseStatus, CaseStatus>> legal = {
            {CaseStatus::Registered, CaseStatus::Accepted},
            {CaseStatus::Registered, CaseStatus::MaterialsRequested},
            {CaseStatus::Registered, CaseStatus::Refused},
            {CaseStatus::MaterialsRequested, CaseStatus::Accepted},
            {CaseStatus::MaterialsRequested, CaseStatus::Refused},
            {CaseStatus::Accepted, CaseStatus::Completed},
            {CaseStatus::Accepted, CaseStatus::Forwarded},
            {CaseStatus::Forwarded, CaseStatus::Completed},
        };
        for (CaseStatus from : CaseState::all()) {
            for (CaseStatus to : CaseState::all()) {
                const QByteArray name =
                    (CaseState::key(from) + QLatin1String("->") + CaseState::key(to)).toUtf8();
                QTest::newRow(name.constData()) << from << to << legal.contains({from, to});
            }
        }
    }
    void transitions()
    {
        QFETCH(CaseStatus, from);
        QFETCH(CaseStatus, to);
        QFETCH(bool, legal);
        QCOMPARE(CaseState::canMove(from, to), legal);
        const Status s = CaseState::check(from, to);
        QCOMPARE(s.ok(), legal);
        if (!legal) {
            QCOMPARE(s.error().code(), QStringLiteral("case.illegal_transition"));
            // The message names both ends so the clerk sees where the case stands.
            QVERIFY(s.error().english().contains(CaseState::displayName(from)));
            QVERIFY(s.error().english().contains(CaseState::displayName(to)));
        }
    }

    void keysRoundTrip()
    {
        QSet<QString> keys;
        for (CaseStatus s : CaseState::all()) {
            const QString key = CaseState::key(s);
            QVERIFY(!key.isEmpty());
            keys.insert(key);
            CaseStatus back = CaseStatus::Completed;
            QVERIFY(CaseState::fromKey(key, &back));
            QCOMPARE(back, s);
            QVERIFY(!CaseState::displayName(s).isEmpty());
        }
        QCOMPARE(keys.size(), CaseState::all().size());
        CaseStatus unchanged = CaseStatus::Accepted;
        QVERIFY(!CaseState::fromKey(QStringLiteral("archived"), &unchanged));
        QCOMPARE(unchanged, CaseStatus::Accepted);
    }

    void finalAndRunning()
    {
        QVERIFY(CaseState::isFinal(CaseStatus::Refused));
        QVERIFY(CaseState::isFinal(CaseStatus::Completed));
        QVERIFY(!CaseState::isFinal(CaseStatus::Registered));
        QVERIFY(!CaseState::isFinal(CaseStatus::Forwarded));
        QVERIFY(CaseState::isRunning(CaseStatus::Accepted));
        QVERIFY(CaseState::isRunning(CaseStatus::Forwarded));
        QVERIFY(!CaseState::isRunning(CaseStatus::MaterialsRequested));
        QVERIFY(CaseState::canRate(CaseStatus::Completed));
        QVERIFY(!CaseState::canRate(CaseStatus::Accepted));
    }
};

QTEST_GUILESS_MAIN(tst_CaseState)
#include "tst_casestate.moc"
