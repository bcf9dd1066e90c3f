// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The unsynced tail, end to end with the real halldesk-hq over TLS: a tail that fails its
// check is never sent (sync refuses, halldeskctl exits 1, the GUI's worker raises the
// alarm); a tail rewritten and re-chained after its head was reported, or after a head
// was printed and typed in at HQ, is stored and flagged (halldesk-hq alarms).
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/eventlog.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"
#include "hqprocess.h"
#include "sync/enrolment.h"
#include "sync/hqclient.h"
#include "sync/protocol.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "sync/tailcheck.h"
#include "testcerts.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class tst_SyncTail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString problem;
        QVERIFY2(m_certs.make(m_dir.filePath(QStringLiteral("certs")), &problem),
                 qPrintable(problem));
    }

    void init()
    {
        ++m_round;
        m_hqDb = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hq%1.db").arg(m_round));
        m_hq.reset(new HqProcess);
        QVERIFY2(m_hq->start(m_hqDb, m_certs.serverPem, m_certs.serverKey),
                 qPrintable(m_hq->log()));
        m_terminal.reset(new QTemporaryDir);
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        m_db = db.take();
        QVERIFY(DeviceIdentity::ensure(
                    *m_db, {QStringLiteral("TZ01"), QStringLiteral("城关镇"), QStringLiteral("D1")})
                    .ok());
        QVERIFY(enrol().ok());
    }

    void cleanup()
    {
        m_db.reset();
        m_hq.reset();
    }

    void anHonestBranchSyncsAndReportsItsHead()
    {
        append(12);
        QVERIFY(SyncEngine(*m_db).runOnce().error.isNull());
        append(3);
        QVERIFY(SyncEngine(*m_db).runOnce().error.isNull());
        QCOMPARE(hqRun({QStringLiteral("alarms")}).trimmed(), QStringLiteral("no chain alarms"));
        QCOMPARE(SettingStore::get(m_db->connection(), SyncEngine::highestSeqKey()).toLongLong(),
                 headSeq());
        QCOMPARE(hqAcked(), headSeq());
    }

    void anEditedTailIsNotSent()
    {
        append(10);
        dropTrigger();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE event_log SET data = '{\"amount_fen\":1}' WHERE seq = 6")));
        const SyncEngine::Round r = SyncEngine(*m_db).runOnce();
        QCOMPARE(r.error.code(), TailCheck::errorCode());
        QVERIFY(r.error.english().contains(QLatin1String("event 6")));
        QCOMPARE(hqAcked(), 0); // nothing was sent
        // The command line says so and fails.
        const auto [code, err] = ctlSyncOnce();
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("Nothing was sent to headquarters")), qPrintable(err));
    }

    void deletedLastEventsAreNotSent()
    {
        append(10);
        QVERIFY(SyncEngine(*m_db).runOnce().error.isNull());
        const qint64 synced = hqAcked();
        append(5);
        // HQ cannot be reached: the round still checks the tail and notes its head.
        SyncEngine offline(*m_db);
        HqClient::Config config = SyncEngine::storedConfig(*m_db).value();
        config.baseUrl.setPort(1);
        offline.setClientConfig(config);
        QCOMPARE(offline.runOnce().error.code(), QStringLiteral("sync.offline"));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM event_log WHERE seq > %1").arg(headSeq() - 2)));
        QVERIFY(EventLog::verify(m_db->connection())->intact()); // verify alone misses it
        const SyncEngine::Round r = SyncEngine(*m_db).runOnce();
        QCOMPARE(r.error.code(), TailCheck::errorCode());
        QCOMPARE(hqAcked(), synced);
        QCOMPARE(ctlSyncOnce().first, 1);
    }

    void theWorkerRaisesTheAlarm()
    {
        append(4);
        dropTrigger();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE event_log SET staff = '9999' WHERE seq = %1")
                           .arg(headSeq() - 1)));
        SyncWorker worker(dbPath());
        QSignalSpy states(&worker, &SyncWorker::stateChanged);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            !states.isEmpty() && states.last().first().value<SyncState>().halted, 20000);
        const SyncState s = states.last().first().value<SyncState>();
        QVERIFY2(s.lastError.contains(QStringLiteral("event %1 ").arg(headSeq() - 1)),
                 qPrintable(s.lastError));
        worker.stop();
    }

    void aRewrittenTailAfterAReportedHeadIsFlagged()
    {
        append(10);
        const qint64 head = headSeq();
        // The first batch of a round went up with the head; the link dropped after it.
        sendFirstBatchOnly(int(head - 6));
        rewriteTail(head - 3);
        QVERIFY(EventLog::verify(m_db->connection())->intact()); // the chain is whole again
        const SyncEngine::Round r = SyncEngine(*m_db).runOnce();
        QVERIFY2(r.error.isNull(), qPrintable(r.error.english()));
        QCOMPARE(hqAcked(), head); // stored: the branch is not stuck
        const QString alarms = hqRun({QStringLiteral("alarms")});
        QVERIFY2(alarms.contains(QStringLiteral("seq %1  reported").arg(head)), qPrintable(alarms));
        QVERIFY(alarms.contains(deviceId()));
    }

    void aRewrittenTailAfterAPrintedAnchorIsFlagged()
    {
        append(10);
        QVERIFY(SyncEngine(*m_db).runOnce().error.isNull());
        append(5);
        const Event head = EventLog::head(m_db->connection()).value();
        const Event before = EventLog::after(m_db->connection(), head.seq - 2, 1)->first();
        const QString seq = QString::number(head.seq);
        int code = -1;
        const QString recorded =
            hqRun({QStringLiteral("anchor"), deviceId(), seq, head.hash.left(16)}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(recorded.trimmed(), QStringLiteral("anchor recorded"));
        rewriteTail(head.seq - 3);
        QVERIFY(SyncEngine(*m_db).runOnce().error.isNull());
        const QString alarms = hqRun({QStringLiteral("alarms")});
        QVERIFY2(alarms.contains(QStringLiteral("seq %1  printed %2").arg(seq, head.hash.left(16))),
                 qPrintable(alarms));
        // A head typed in after HQ holds its seq is checked at once: an alarm, a JSON log
        // line and exit 1 when the stored chain does not pass through it.
        QProcess p;
        p.start(HqProcess::binary(),
                {QStringLiteral("anchor"), deviceId(), QString::number(before.seq),
                 before.hash.left(16), QStringLiteral("--db"), m_hqDb});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("{\"branch\":\"TZ01\""));
    }

private:
    QString dbPath() const { return m_terminal->filePath(QStringLiteral("halldesk.db")); }
    qint64 headSeq() const { return EventLog::head(m_db->connection()).value().seq; }
    QString deviceId() const
    {
        return SettingStore::get(m_db->connection(), SettingStore::deviceId());
    }

    Result<DeviceIdentity> enrol()
    {
        const QString code = hqRun({QStringLiteral("enroll-code"), QStringLiteral("--branch"),
                                    QStringLiteral("TZ01")})
                                 .trimmed();
        Enrolment::Request request;
        request.url = QStringLiteral("https://localhost:%1").arg(m_hq->port());
        request.code = code;
        request.caFile = m_certs.caPem;
        request.deviceName = QStringLiteral("test terminal");
        return Enrolment::enroll(*m_db, request);
    }

    QString hqRun(QStringList args, int *code = nullptr)
    {
        args << QStringLiteral("--db") << m_hqDb;
        return HqProcess::run(args, code);
    }

    void append(int count)
    {
        WriteTransaction tx(*m_db);
        for (int i = 0; i < count; ++i)
            QVERIFY(tx.append(QStringLiteral("payment.taken"), QStringLiteral("1001"),
                              {{QStringLiteral("receipt_no"), QUuid::createUuid().toString()},
                               {QStringLiteral("amount_fen"), 500},
                               {QStringLiteral("method"), QStringLiteral("cash")}})
                        .ok());
        QVERIFY(tx.commit().ok());
    }

    void dropTrigger()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER event_log_immutable")));
    }

    // What a round cut short after its first batch leaves: HQ holds 1..count and the head
    // the batch reported, the terminal's mark says count.
    void sendFirstBatchOnly(int count)
    {
        const Event head = EventLog::head(m_db->connection()).value();
        Protocol::EventBatch batch;
        batch.deviceId = deviceId();
        batch.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        batch.events = EventLog::after(m_db->connection(), 0, count).value();
        batch.head = {head.seq, head.hash};
        HqClient client(SyncEngine::storedConfig(*m_db).value());
        QCOMPARE(client.post(QLatin1String(Protocol::EventsPath), batch.toJson()).status, 200);
        WriteTransaction tx(*m_db);
        QVERIFY(SettingStore::set(tx, SyncEngine::ackedKey(), QString::number(count)).ok());
        QVERIFY(SettingStore::set(tx, SyncEngine::ackedHashKey(), batch.events.last().hash).ok());
        QVERIFY(tx.commit().ok());
    }

    // With the immutability trigger dropped: event `edited` changed and every later hash
    // and link recomputed, so the log passes verify.
    void rewriteTail(qint64 edited)
    {
        dropTrigger();
        QList<Event> tail = EventLog::after(m_db->connection(), edited - 1, 100000).value();
        QString prev = tail.first().prev;
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("UPDATE event_log SET data = ?, prev = ?, hash = ? WHERE seq = ?"));
        for (Event &e : tail) {
            if (e.seq == edited)
                e.data = Event::canonicalData({{QStringLiteral("amount_fen"), 1},
                                               {QStringLiteral("method"), QStringLiteral("cash")}});
            e.prev = prev;
            e.hash = e.expectedHash();
            prev = e.hash;
            q.addBindValue(QString::fromUtf8(e.data));
            q.addBindValue(e.prev);
            q.addBindValue(e.hash);
            q.addBindValue(e.seq);
            QVERIFY(q.exec());
        }
    }

    qint64 hqAcked()
    {
        HqClient client(SyncEngine::storedConfig(*m_db).value());
        const HqClient::Reply head = client.get(QLatin1String(Protocol::EventsHeadPath));
        return head.status == 200 ? head.body.value(QLatin1String("acked_through")).toInteger()
                                  : -1;
    }

    std::pair<int, QString> ctlSyncOnce()
    {
        QProcess p;
        p.start(qEnvironmentVariable("HALLDESK_CTL"),
                {QStringLiteral("--data-dir"), m_terminal->path(), QStringLiteral("sync"),
                 QStringLiteral("--once")});
        if (!p.waitForFinished(60000))
            return {-1, {}};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    TestCerts m_certs;
    std::unique_ptr<HqProcess> m_hq;
    std::unique_ptr<QTemporaryDir> m_terminal;
    std::unique_ptr<Database> m_db;
    QString m_hqDb;
    int m_round = 0;
};

QTEST_GUILESS_MAIN(tst_SyncTail)
#include "tst_synctail.moc"
