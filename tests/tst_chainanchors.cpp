// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Headquarters' chain anchors: the heads a device reports with its uploads and the heads
// an operator types in from a printout. A later upload that does not pass through one is
// stored all the same and flagged; an honest device never is. On SQLite and, when
// HALLDESK_TEST_POSTGRES names a server, on PostgreSQL too.
#include "hq/chainanchors.h"
#include "hq/enrollment.h"
#include "hq/hqdatabase.h"
#include "hq/hqserver.h"
#include "sync/protocol.h"
#include "testpostgres.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace {
// A device's chain: seq firstSeq… linked from prev; note varies the content.
QList<Event> chain(int count, const QString &prev = Event::genesisHash(), qint64 firstSeq = 1,
                   const QString &note = QStringLiteral("honest"))
{
    QList<Event> events;
    QString link = prev;
    for (int i = 0; i < count; ++i) {
        Event e;
        e.seq = firstSeq + i;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.type = QStringLiteral("payment.taken");
        e.at = QStringLiteral("2026-11-23T02:00:00.000Z");
        e.staff = QStringLiteral("1001");
        e.data =
            Event::canonicalData({{QStringLiteral("receipt_no"), QStringLiteral("R%1").arg(e.seq)},
                                  {QStringLiteral("amount_fen"), 1000},
                                  {QStringLiteral("method"), QStringLiteral("cash")},
                                  {QStringLiteral("note"), note}});
        e.prev = link;
        e.hash = e.expectedHash();
        link = e.hash;
        events.append(e);
    }
    return events;
}

// The tail from index from on, one event's content changed and every hash recomputed:
// what a branch with the immutability trigger dropped can produce.
QList<Event> rewritten(const QList<Event> &events, qsizetype from, qsizetype edited)
{
    QList<Event> out = events.mid(from);
    QString link = events.at(from).prev;
    for (qsizetype i = 0; i < out.size(); ++i) {
        Event &e = out[i];
        if (from + i == edited)
            e.data = Event::canonicalData(
                {{QStringLiteral("receipt_no"), QStringLiteral("R%1").arg(e.seq)},
                 {QStringLiteral("amount_fen"), 10},
                 {QStringLiteral("method"), QStringLiteral("cash")}});
        e.prev = link;
        e.hash = e.expectedHash();
        link = e.hash;
    }
    return out;
}
} // namespace

class tst_ChainAnchors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, store);
        m_dir.reset(new QTemporaryDir);
        QString spec;
        if (store == QLatin1String("sqlite")) {
            spec = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("hq.db"));
        } else {
            spec = freshPostgresDatabase(QStringLiteral("hq_anchor_"));
            if (spec.isEmpty())
                QSKIP("HALLDESK_TEST_POSTGRES is not set: PostgreSQL runs only under "
                      "scripts/test.sh");
        }
        auto db = HqDatabase::open(spec);
        QVERIFY2(db.ok(), qPrintable(db.error().english()));
        m_db = db.take();
        m_server.reset(new HqServer(*m_db));
        const QString code = Enrollment::createCode(*m_db, QStringLiteral("TZ01"), {}).value();
        const auto enrolled = Enrollment::enroll(*m_db, code, QStringLiteral("test"));
        m_device = enrolled->deviceId;
        m_token = enrolled->token.toLatin1();
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void reportedHeadCatchesARewrittenTail()
    {
        const QList<Event> honest = chain(10);
        // The first batch of a round carried the head (10); the link dropped after it.
        QCOMPARE(post(honest.mid(0, 4), honest.last()).status, 200);
        QCOMPARE(alarms().size(), 0);
        // Then the unsynced tail was edited at 7 and its chain recomputed.
        const QList<Event> forged = rewritten(honest, 4, 6);
        const HqAnswer a = post(forged, forged.last());
        QCOMPARE(a.status, 200); // stored all the same: the branch is not stuck
        QCOMPARE(a.body.value(QLatin1String("acked_through")).toInteger(), 10);
        const QList<ChainAlarm> raised = alarms();
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().deviceId, m_device);
        QCOMPARE(raised.first().branchCode, QStringLiteral("TZ01"));
        QCOMPARE(raised.first().seq, 10);
        QCOMPARE(raised.first().source, QStringLiteral("reported"));
        QCOMPARE(raised.first().expected, honest.last().hash);
        QCOMPARE(raised.first().found, forged.last().hash);
        // Retrying the same batch raises nothing more.
        QCOMPARE(post(forged, forged.last()).status, 200);
        QCOMPARE(alarms().size(), 1);
    }

    void printedAnchorCatchesARewrittenTail()
    {
        const QList<Event> honest = chain(10);
        QCOMPARE(post(honest.mid(0, 4)).status, 200);
        // The day close sheet printed seq 8 and the first 16 hex digits of its hash.
        const auto recorded =
            ChainAnchors::recordPrinted(*m_db, m_device, 8, honest.at(7).hash.left(16).toUpper());
        QVERIFY2(recorded.ok(), qPrintable(recorded.error().english()));
        QCOMPARE(recorded->size(), 0); // HQ does not hold 8 yet
        QCOMPARE(post(rewritten(honest, 4, 5)).status, 200);
        const QList<ChainAlarm> raised = alarms();
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().seq, 8);
        QCOMPARE(raised.first().source, QStringLiteral("printed"));
        QCOMPARE(raised.first().expected, honest.at(7).hash.left(16));
    }

    void printedAnchorOfAStoredSeqIsCheckedAtOnce()
    {
        const QList<Event> honest = chain(6);
        QCOMPARE(post(honest).status, 200);
        auto ok = ChainAnchors::recordPrinted(*m_db, m_device, 3, honest.at(2).hash.left(16));
        QVERIFY(ok.ok());
        QCOMPARE(ok->size(), 0);
        auto bad = ChainAnchors::recordPrinted(*m_db, m_device, 5, QString(16, QLatin1Char('0')));
        QVERIFY(bad.ok());
        QCOMPARE(bad->size(), 1);
        QCOMPARE(alarms().size(), 1);
        QCOMPARE(
            ChainAnchors::recordPrinted(*m_db, m_device, 5, QStringLiteral("3fa9")).error().code(),
            QStringLiteral("anchor.bad_hash"));
        QCOMPARE(ChainAnchors::recordPrinted(*m_db, QStringLiteral("nobody"), 5,
                                             honest.at(4).hash.left(16))
                     .error()
                     .code(),
                 QStringLiteral("anchor.unknown_device"));
    }

    void anHonestDeviceIsNeverFlagged()
    {
        const QList<Event> honest = chain(30);
        // Heads reported ahead of what is stored, batches cut short, retried, anchors typed
        // in before and after HQ holds their seq.
        QCOMPARE(post(honest.mid(0, 5), honest.at(19)).status, 200);
        QVERIFY(ChainAnchors::recordPrinted(*m_db, m_device, 12, honest.at(11).hash.left(16)).ok());
        QCOMPARE(post(honest.mid(0, 12), honest.at(19)).status, 200);
        QCOMPARE(post(honest.mid(12, 8), honest.at(24)).status, 200);
        QVERIFY(ChainAnchors::recordPrinted(*m_db, m_device, 2, honest.at(1).hash.left(16)).ok());
        QCOMPARE(post(honest.mid(20, 10), honest.last()).status, 200);
        QCOMPARE(alarms().size(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM chain_anchor WHERE checked_at IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // every anchor was checked
    }

    void headIsOptionalAndChecked()
    {
        const QList<Event> honest = chain(3);
        QCOMPARE(post(honest).status, 200); // a body without "head", as older terminals send
        QJsonObject body = batch(chain(1, honest.last().hash, 4));
        body.insert(QStringLiteral("head"),
                    QJsonObject{{QStringLiteral("seq"), 4},
                                {QStringLiteral("hash"), QStringLiteral("xyz")}});
        const HqAnswer a = raw(body);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body.value(QLatin1String("error")).toString(), QStringLiteral("bad_request"));
    }

private:
    QJsonObject batch(const QList<Event> &events, const Event &head = {})
    {
        Protocol::EventBatch b;
        b.deviceId = m_device;
        b.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        b.events = events;
        if (head.seq > 0)
            b.head = {head.seq, head.hash};
        return b.toJson();
    }

    HqAnswer raw(const QJsonObject &body)
    {
        return m_server->handle(QStringLiteral("POST"), QString::fromLatin1(Protocol::EventsPath),
                                QUrlQuery(), "Bearer " + m_token, "application/json",
                                QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    HqAnswer post(const QList<Event> &events, const Event &head = {})
    {
        return raw(batch(events, head));
    }

    QList<ChainAlarm> alarms()
    {
        const auto list = ChainAnchors::alarms(*m_db);
        return list ? list.value() : QList<ChainAlarm>{ChainAlarm{}, ChainAlarm{}, ChainAlarm{}};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqServer> m_server;
    QString m_device;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(tst_ChainAnchors)
#include "tst_chainanchors.moc"
