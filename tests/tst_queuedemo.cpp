// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's part of the demo branch: categories, a ticket around every visit of the
// history (called, served, rated), callbacks worked on later days, today's waiting queue.
#include "core/common/clock.h"
#include "core/queue/queuesetup.h"
#include "core/staff/passwordhasher.h"
#include "core/storage/eventlog.h"
#include "demo/demoseeder.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

class tst_QueueDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { PasswordHasher::setIterations(1000); }

    void categoriesOnceWithoutHistory()
    {
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        QVERIFY(DemoSeeder(t.db()).seed({}, {}).ok());
        const QList<QueueCategory> categories = QueueSetup::servedCategories(t.db().connection());
        QCOMPARE(categories.size(), 5);
        QCOMPARE(categories.at(2).code, QStringLiteral("C"));
        QCOMPARE(categories.at(2).name, QStringLiteral("电信业务"));
        // No history asked for: no tickets.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM ticket")), 0);
        const qint64 events = t.eventCount();
        QVERIFY(DemoSeeder(t.db()).seed({}, {}).ok());
        QCOMPARE(t.eventCount(), events);
    }

    void visitsOfTheHistory()
    {
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        DemoSeeder::Options options;
        options.customers = 300;
        options.days = 30;
        const Result<DemoSeeder::Summary> s = DemoSeeder(t.db()).seed(options, {});
        QVERIFY2(s.ok(), qPrintable(s.error().english()));
        const QString today = Clock::today().toString(Qt::ISODate);
        const auto count = [&t](const QString &where) {
            return t.scalar(QStringLiteral("SELECT count(*) FROM ticket WHERE %1").arg(where));
        };
        // Every visit had a ticket; all but today's queue were served at W01 or W05.
        QVERIFY2(count(QStringLiteral("1")) >= 300,
                 qPrintable(QString::number(count(QStringLiteral("1")))));
        QCOMPARE(count(QStringLiteral("status = 'waiting' AND business_day <> '%1'").arg(today)),
                 0);
        QCOMPARE(count(QStringLiteral("status = 'waiting' AND business_day = '%1'").arg(today)),
                 12);
        QCOMPARE(count(QStringLiteral("status = 'served' AND window_code NOT IN ('W01', 'W05')")),
                 0);
        QCOMPARE(count(QStringLiteral("status IN ('called', 'parked')")), 0);
        // Served tickets are linked to their cases and customers; most are rated.
        QVERIFY(count(QStringLiteral("status = 'served' AND case_nos <> '[]'")) >
                count(QStringLiteral("status = 'served'")) * 9 / 10);
        QVERIFY(count(QStringLiteral("status = 'served' AND customer_id IS NOT NULL")) > 0);
        const qint64 rated = count(QStringLiteral("score IS NOT NULL"));
        QVERIFY2(rated > count(QStringLiteral("status = 'served'")) * 7 / 10,
                 qPrintable(QString::number(rated)));
        QVERIFY(count(QStringLiteral("green = 1")) > 0);
        // Numbers restart every day.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(DISTINCT business_day) FROM ticket WHERE "
                                         "ticket_no IN ('A001', 'C001')")),
                 t.scalar(QStringLiteral("SELECT count(DISTINCT business_day) FROM ticket")));
        // Bad ratings opened callbacks; older ones were worked, with real attempts.
        const qint64 bad = count(QStringLiteral("score <= 2"));
        QVERIFY(bad > 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM callback")), bad);
        QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM callback WHERE status = 'done'")) >
                0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM callback WHERE attempts > 0")),
                 t.scalar(QStringLiteral("SELECT count(DISTINCT json_extract(data, "
                                         "'$.callback_id')) FROM event_log WHERE type = "
                                         "'callback.recorded'")));
        // Every row has its event.
        const auto events = [&t](const char *type) {
            return t.scalar(QStringLiteral("SELECT count(*) FROM event_log WHERE type = '%1'")
                                .arg(QLatin1String(type)));
        };
        QCOMPARE(events("ticket.issued"), count(QStringLiteral("1")));
        QCOMPARE(events("ticket.rated"), rated);
        QCOMPARE(events("ticket.called"), count(QStringLiteral("first_called_at IS NOT NULL")));
        const Result<EventLog::Verification> v = EventLog::verify(t.db().connection());
        QVERIFY(v.ok() && v->intact());
    }
};

QTEST_GUILESS_MAIN(tst_QueueDemo)
#include "tst_queuedemo.moc"
