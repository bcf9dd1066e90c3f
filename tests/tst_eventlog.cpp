// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The hash-chained event log: the formula of DESIGN.md, appending, and tamper detection.
#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/eventlog.h"
#include "core/storage/writetransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_EventLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("chain.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().english()));
        m_db = db.take();
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        // 10,000 events in batches, as a busy branch would write over weeks.
        for (int batch = 0; batch < 10; ++batch) {
            WriteTransaction tx(*m_db);
            for (int i = 0; i < 1000; ++i) {
                const int n = batch * 1000 + i;
                Clock::advance(1234);
                QVERIFY(tx.append(QStringLiteral("case.registered"),
                                  QStringLiteral("100%1").arg(n % 3),
                                  {{QStringLiteral("case_no"),
                                    QStringLiteral("CSTZ01-20261123-D1-%1").arg(n)},
                                   {QStringLiteral("name"), QStringLiteral("张三")}})
                            .ok());
            }
            QVERIFY(tx.commit().ok());
        }
        Clock::reset();
    }

    void hashFollowsTheDesignFormula()
    {
        // Computed independently: sha256 over "\n"-joined prev, seq, id, type, at, staff, data.
        const QByteArray data = Event::canonicalData(
            {{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("é")}});
        QCOMPARE(data, QByteArray("{\"a\":\"é\",\"b\":1}"));
        QCOMPARE(
            Event::computeHash(
                Event::genesisHash(), 1, QStringLiteral("6f1c2b9e-0000-4000-8000-000000000001"),
                QStringLiteral("staff.logged_in"), QStringLiteral("2026-11-23T08:00:00.000Z"),
                QStringLiteral("1001"), data),
            QStringLiteral("914499e5ec209c2dfc51216348c08dc04751ed979c56f416d15cb3623182eb2a"));
    }

    void appendedEventsLinkAndVerify()
    {
        const auto events = EventLog::after(m_db->connection(), 0, 3);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).seq, 1);
        QCOMPARE(events->at(0).prev, Event::genesisHash());
        QCOMPARE(events->at(1).prev, events->at(0).hash);
        QCOMPARE(events->at(0).at, QStringLiteral("2026-11-23T08:00:01.234Z"));
        QVERIFY(!events->at(0).id.contains(QLatin1Char('{')));
        const auto v = EventLog::verify(m_db->connection());
        QVERIFY(v.ok());
        QVERIFY2(v->intact(), qPrintable(v->problem));
        QCOMPARE(v->checked, 10000);
        QCOMPARE(v->headHash, EventLog::head(m_db->connection())->hash);
    }

    void eventsCannotBeUpdatedInPlace()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE event_log SET staff = 'x' WHERE seq = 5")));
        QVERIFY(q.lastError().text().contains(QLatin1String("immutable")));
    }

    void tamperingIsFoundAtThatSeq_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("seq");
        QTest::newRow("id") << QStringLiteral("id")
                            << QStringLiteral("00000000-0000-4000-8000-000000000000") << 1;
        QTest::newRow("type") << QStringLiteral("type") << QStringLiteral("case.refused") << 777;
        QTest::newRow("at") << QStringLiteral("at") << QStringLiteral("2026-11-23T09:00:00.000Z")
                            << 2500;
        QTest::newRow("staff") << QStringLiteral("staff") << QStringLiteral("9999") << 5000;
        QTest::newRow("data") << QStringLiteral("data")
                              << QStringLiteral("{\"case_no\":\"forged\"}") << 9999;
        QTest::newRow("prev") << QStringLiteral("prev") << QString(64, QLatin1Char('a')) << 4321;
        QTest::newRow("hash") << QStringLiteral("hash") << QString(64, QLatin1Char('b')) << 10000;
        QTest::newRow("data whitespace") << QStringLiteral("data") << QString() << 6000;
    }
    void tamperingIsFoundAtThatSeq()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(int, seq);
        Tamper t(*m_db);
        QSqlQuery q(m_db->connection());
        if (value.isEmpty()) {
            // A re-serialised but equivalent JSON still breaks the hash: data is hashed as stored.
            QVERIFY(
                q.exec(QStringLiteral(
                           "UPDATE event_log SET data = replace(data, ':', ': ') WHERE seq = %1")
                           .arg(seq)));
        } else {
            q.prepare(QStringLiteral("UPDATE event_log SET %1 = ? WHERE seq = ?").arg(column));
            q.addBindValue(value);
            q.addBindValue(seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const auto v = EventLog::verify(m_db->connection());
        QVERIFY(v.ok());
        QCOMPARE(v->firstBroken, seq);
    }

    void deletedEventIsFound()
    {
        Tamper t(*m_db);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM event_log WHERE seq = 3141")));
        const auto v = EventLog::verify(m_db->connection());
        QCOMPARE(v->firstBroken, 3141);
        QVERIFY(v->problem.contains(QLatin1String("missing")));
    }

    void deletedLastEventsLeaveAShorterIntactChain()
    {
        // Truncating the tail is invisible to the chain alone: HQ's head comparison catches it.
        Tamper t(*m_db);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM event_log WHERE seq > 9990")));
        const auto v = EventLog::verify(m_db->connection());
        QVERIFY(v->intact());
        QCOMPARE(v->checked, 9990);
    }

    void swappedEventsAreFound()
    {
        Tamper t(*m_db);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE event_log SET seq = 1000000 WHERE seq = 200")));
        QVERIFY(q.exec(QStringLiteral("UPDATE event_log SET seq = 200 WHERE seq = 800")));
        QVERIFY(q.exec(QStringLiteral("UPDATE event_log SET seq = 800 WHERE seq = 1000000")));
        const auto v = EventLog::verify(m_db->connection());
        QCOMPARE(v->firstBroken, 200);
    }

    void rolledBackActionLeavesNoEvent()
    {
        const qint64 before = EventLog::count(m_db->connection()).value();
        {
            WriteTransaction tx(*m_db);
            QVERIFY(tx.append(QStringLiteral("case.registered"), QStringLiteral("1001"), {}).ok());
            // Destroyed without commit: a refusal or crash before commit.
        }
        QCOMPARE(EventLog::count(m_db->connection()).value(), before);
    }

    void wireFormRoundTrips()
    {
        const Event e = EventLog::head(m_db->connection()).value();
        Event back;
        QString problem;
        QVERIFY(Event::fromJson(e.toJson(), &back, &problem));
        QCOMPARE(back.hash, e.hash);
        QCOMPARE(back.expectedHash(), e.hash);
        QJsonObject broken = e.toJson();
        broken.remove(QStringLiteral("prev"));
        QVERIFY(!Event::fromJson(broken, &back, &problem));
        QVERIFY(problem.contains(QLatin1String("prev")));
    }

private:
    // Drops the immutability trigger for one test (an attacker with the file could) and
    // restores the chain afterwards by rolling everything back.
    class Tamper
    {
    public:
        explicit Tamper(Database &db) : m_db(db)
        {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("BEGIN"));
            q.exec(QStringLiteral("DROP TRIGGER event_log_immutable"));
        }
        ~Tamper() { QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK")); }

    private:
        Database &m_db;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(tst_EventLog)
#include "tst_eventlog.moc"
