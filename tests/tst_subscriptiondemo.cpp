// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo branch's telecom services: opened and changed through SubscriptionService, so
// the counter shows customers holding lines, with an intact event chain.
#include "core/common/clock.h"
#include "core/customers/subscriptionservice.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/eventlog.h"
#include "demo/demoseeder.h"
#include "demo/subscriptiondemo.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_SubscriptionDemo : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    qint64 count(const QString &sql)
    {
        QSqlQuery q = m_db->query();
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { PasswordHasher::setIterations(1000); }
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        auto db = Database::open(m_dir->filePath(QStringLiteral("demo.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().english()));
        m_db = db.take();
    }
    void cleanup()
    {
        m_db.reset();
        Clock::reset();
    }

    void historyBringsServices()
    {
        DemoSeeder::Options options;
        options.customers = 300;
        options.days = 10;
        const Result<DemoSeeder::Summary> summary = DemoSeeder(*m_db).seed(options, {});
        QVERIFY2(summary.ok(), qPrintable(summary.error().english()));
        const qint64 services = count(QStringLiteral("SELECT count(*) FROM subscription"));
        QVERIFY2(services >= 80 && services <= 150, qPrintable(QString::number(services)));
        // One service.opened event and one opening record per service.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_log WHERE type = "
                                      "'service.opened'")),
                 services);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscription_change WHERE change = "
                                      "'open'")),
                 services);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_log WHERE type = "
                                      "'service.changed'")),
                 count(QStringLiteral("SELECT count(*) FROM subscription_change WHERE change <> "
                                      "'open'")));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM subscription WHERE status = "
                                     "'suspended'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM subscription WHERE contract_end IS NOT "
                                     "NULL")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM subscription WHERE kind = "
                                     "'broadband'")) > 0);
        // Opened at the telecom window, on the holder's registration day, never in the future.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscription s JOIN customer c USING "
                                      "(customer_id) WHERE s.opened_on <> substr(c.created_at, 1, "
                                      "10) AND s.opened_on <> date(c.created_at, 'localtime')")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT opened_by) FROM subscription")), 1);
        QVERIFY(EventLog::verify(m_db->connection())->intact());

        // A demo line with the holder's own password takes it as proof.
        QSqlQuery q = m_db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT service_id FROM subscription WHERE "
                                      "password_initial = 0 AND status = 'active' LIMIT 1")));
        QVERIFY(q.next());
        const QString serviceId = q.value(0).toString();
        q.finish();
        Session clerk;
        clerk.staffNo = QStringLiteral("1002");
        clerk.window = QStringLiteral("W05");
        ServiceChangeRequest suspend;
        suspend.change = ServiceChange::Suspend;
        suspend.proof =
            IdentityProof::password(QString::fromLatin1(SubscriptionDemo::DemoPassword));
        suspend.contractConfirmed = true;
        const Result<ServiceOutcome> out =
            SubscriptionService(*m_db).change(clerk, serviceId, suspend);
        QVERIFY2(out.ok(), qPrintable(out.error().english()));
    }

    void nothingWithoutHistory()
    {
        QVERIFY(DemoSeeder(*m_db).seed({}, {}).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscription")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SubscriptionDemo)
#include "tst_subscriptiondemo.moc"
