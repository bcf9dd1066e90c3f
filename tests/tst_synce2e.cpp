// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: a terminal and the real halldesk-hq over real TLS on loopback, through a
// proxy that drops, delays, truncates and resets; HQ on SQLite and, under scripts/test.sh,
// on a real PostgreSQL server. Afterwards HQ holds every event exactly once.
#include "casefixture.h"
#include "core/cases/caseservice.h"
#include "core/common/idnumber.h"
#include "core/customers/customerservice.h"
#include "core/master/masterdata.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/eventlog.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"
#include "faultproxy.h"
#include "hqprocess.h"
#include "sync/enrolment.h"
#include "sync/hqclient.h"
#include "sync/protocol.h"
#include "sync/syncengine.h"
#include "testcerts.h"
#include "testpostgres.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

class tst_SyncE2E : public QObject
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

    void initTestCase_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, store);
        ++m_round;
        if (store == QLatin1String("sqlite")) {
            m_hqDb =
                QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hq%1.db").arg(m_round));
        } else {
            m_hqDb = freshPostgresDatabase(QStringLiteral("hq_e2e_"));
            if (m_hqDb.isEmpty())
                QSKIP("HALLDESK_TEST_POSTGRES is not set: PostgreSQL runs only under "
                      "scripts/test.sh");
        }
        m_hq.reset(new HqProcess);
        QVERIFY2(m_hq->start(m_hqDb, m_certs.serverPem, m_certs.serverKey),
                 qPrintable(m_hq->log()));
        m_terminal.reset(new QTemporaryDir);
        auto db = Database::open(m_terminal->filePath(QStringLiteral("halldesk.db")));
        QVERIFY(db.ok());
        m_db = db.take();
        QVERIFY(DeviceIdentity::ensure(
                    *m_db, {QStringLiteral("TZ01"), QStringLiteral("城关镇"), QStringLiteral("D1")})
                    .ok());
    }

    void cleanup()
    {
        m_db.reset();
        m_hq.reset();
    }

    void offlineWeekConvergesThroughAFaultyLink()
    {
        QVERIFY(enrol(m_certs.caPem).ok());
        appendEvents(3000);
        // Each round opens a new connection; all but the last of the cycle fail it somehow.
        FaultProxy proxy(m_hq->port(),
                         {FaultProxy::Fault::TruncateReply, FaultProxy::Fault::Refuse,
                          FaultProxy::Fault::ResetMidway, FaultProxy::Fault::Blackhole,
                          FaultProxy::Fault::TruncateReply, FaultProxy::Fault::Delay,
                          FaultProxy::Fault::ResetMidway, FaultProxy::Fault::None});
        SyncEngine engine(*m_db);
        HqClient::Config config = SyncEngine::storedConfig(*m_db).value();
        config.baseUrl.setPort(proxy.port());
        config.deadlineMs = 3000;
        config.transferTimeoutMs = 2000;
        engine.setClientConfig(config);
        int rounds = 0;
        int failures = 0;
        qint64 duplicates = 0;
        while (rounds++ < 80) {
            const SyncEngine::Round r = engine.runOnce();
            duplicates += r.duplicates;
            if (r.error.isNull() && engine.state().waiting == 0)
                break;
            ++failures;
            qInfo("round %d: %s", rounds, qPrintable(r.error.english()));
            QVERIFY2(r.error.isNull() || r.retryable, qPrintable(r.error.english()));
        }
        QVERIFY2(engine.state().waiting == 0, "did not converge");
        qInfo("rounds %d, failures %d, duplicates %lld, connections %d", rounds, failures,
              duplicates, proxy.connections());
        QVERIFY(failures >= 2); // the proxy really got in the way (Qt retries some faults itself)
        QVERIFY(proxy.connections() >= 6); // and every kind of fault up to the slow link was met
        assertHqMatchesTerminal();
    }

    void masterDataAndDecisionsComeBack()
    {
        QVERIFY(enrol(m_certs.caPem).ok());
        const QString master = QStringLiteral("%1/resources/demo/master.json")
                                   .arg(qEnvironmentVariable("HALLDESK_SOURCE_DIR"));
        int code = -1;
        HqProcess::run({QStringLiteral("import-master"), master, QStringLiteral("--db"), m_hqDb},
                       &code);
        QCOMPARE(code, 0);
        SyncEngine engine(*m_db);
        SyncEngine::Round r = engine.runOnce();
        QVERIFY2(r.error.isNull(), qPrintable(r.error.english()));
        QVERIFY(r.masterApplied);
        QVERIFY(SettingStore::get(m_db->connection(), SyncEngine::masterVersionKey()).toInt() >= 1);
        // A forest-rights case accepted here and forwarded to the county.
        const Session clerk = TestDatabase::staff(QStringLiteral("1001"));
        NewCustomer person;
        person.name = QStringLiteral("刘德福");
        const QString body = QStringLiteral("51072219650301003");
        person.idNumber = body + IdNumber::checkCharacter(body);
        const Result<Customer> customer = CustomerService(*m_db).registerCustomer(clerk, person);
        QVERIFY2(customer.ok(), qPrintable(customer.error().english()));
        CaseService cases(*m_db);
        NewCase forest;
        forest.itemCode = QStringLiteral("G032");
        forest.customerId = customer->customerId;
        forest.windowCode = QStringLiteral("W04");
        const Result<CatalogueItem> item =
            MasterData::item(m_db->connection(), QStringLiteral("G032"));
        QVERIFY(item.ok());
        forest.materialsReceived = item->materials;
        forest.formData = CaseFixture::validForm(item.value());
        const Result<QString> caseNo = cases.registerCase(clerk, forest);
        QVERIFY2(caseNo.ok(), qPrintable(caseNo.error().english()));
        QVERIFY(cases.accept(clerk, caseNo.value()).ok());
        QVERIFY(cases.forward(clerk, caseNo.value(), QStringLiteral("三台县自然资源局")).ok());
        QVERIFY(engine.runOnce().error.isNull());
        HqProcess::run({QStringLiteral("decide"), caseNo.value(), QStringLiteral("--status"),
                        QStringLiteral("approved"), QStringLiteral("--note"),
                        QStringLiteral("县里已批准"), QStringLiteral("--db"), m_hqDb},
                       &code);
        QCOMPARE(code, 0);
        r = engine.runOnce();
        QVERIFY2(r.error.isNull(), qPrintable(r.error.english()));
        QCOMPARE(r.decisions, 1);
        QCOMPARE(r.masterApplied, false); // nothing new
        const Event decided = EventLog::head(m_db->connection()).value();
        QCOMPARE(decided.type, QStringLiteral("case.decided"));
        QCOMPARE(decided.dataObject().value(QLatin1String("note")).toString(),
                 QStringLiteral("县里已批准"));
        // The decision moved the case through the state machine; it is handed over next.
        QCOMPARE(decided.dataObject().value(QLatin1String("applied")).toBool(), true);
        const ServiceCase stored = cases.find(caseNo.value()).value();
        QCOMPARE(stored.status, CaseStatus::Decided);
        QCOMPARE(stored.decision, QStringLiteral("approved"));
        QCOMPARE(stored.decisionNote, QStringLiteral("县里已批准"));
        QCOMPARE(engine.runOnce().decisions, 0); // never twice
        assertHqMatchesTerminal();
    }

    void hqKilledMidBatchLosesNothing()
    {
        QVERIFY(enrol(m_certs.caPem).ok());
        appendEvents(20000);
        const QString path = m_db->path();
        m_db.reset(); // the client process gets the file
        QProcess client;
        client.start(qEnvironmentVariable("HALLDESK_CTL"),
                     {QStringLiteral("--data-dir"), m_terminal->path(), QStringLiteral("sync"),
                      QStringLiteral("--once")});
        QVERIFY(client.waitForStarted());
        QTest::qWait(700);
        m_hq->kill();
        QVERIFY(client.waitForFinished(60000));
        const quint16 port = m_hq->port();
        m_hq.reset(new HqProcess);
        QVERIFY2(m_hq->start(m_hqDb, m_certs.serverPem, m_certs.serverKey, port),
                 qPrintable(m_hq->log()));
        m_db = Database::open(path).take();
        syncUntilDone();
        assertHqMatchesTerminal();
    }

    void clientKilledMidBatchLosesNothing()
    {
        QVERIFY(enrol(m_certs.caPem).ok());
        appendEvents(20000);
        const QString path = m_db->path();
        m_db.reset();
        QProcess client;
        client.start(qEnvironmentVariable("HALLDESK_CTL"),
                     {QStringLiteral("--data-dir"), m_terminal->path(), QStringLiteral("sync"),
                      QStringLiteral("--once")});
        QVERIFY(client.waitForStarted());
        QTest::qWait(700);
        client.kill();
        client.waitForFinished();
        m_db = Database::open(path).take();
        QVERIFY(EventLog::verify(m_db->connection())->intact());
        syncUntilDone();
        assertHqMatchesTerminal();
    }

    void untrustedServersAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("wrong CA") << QStringLiteral("ca");
        QTest::newRow("wrong host name") << QStringLiteral("host");
        QTest::newRow("expired certificate") << QStringLiteral("expired");
    }
    void untrustedServersAreRefused()
    {
        QFETCH(QString, what);
        HqProcess other;
        QString ca = m_certs.caPem;
        if (what == QLatin1String("ca")) {
            ca = m_certs.otherCaPem;
        } else {
            const bool host = what == QLatin1String("host");
            QVERIFY(other.start(m_hqDb, host ? m_certs.wrongHostPem : m_certs.expiredPem,
                                host ? m_certs.wrongHostKey : m_certs.expiredKey));
        }
        const quint16 port = what == QLatin1String("ca") ? m_hq->port() : other.port();
        const Result<DeviceIdentity> r = enrol(ca, port);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QStringLiteral("enrol.tls"));
        QVERIFY(SettingStore::get(m_db->connection(), SyncEngine::tokenKey()).isEmpty());
    }

    void usedCodeIsRefused()
    {
        const QString code = newCode();
        QVERIFY(enrol(m_certs.caPem, 0, code).ok());
        QTemporaryDir second;
        auto db = Database::open(second.filePath(QStringLiteral("halldesk.db")));
        Enrolment::Request request{QStringLiteral("https://localhost:%1").arg(m_hq->port()),
                                   code,
                                   m_certs.caPem,
                                   false,
                                   QStringLiteral("second"),
                                   QString()};
        const Result<DeviceIdentity> r = Enrolment::enroll(*db.value(), request);
        QCOMPARE(r.error().code(), QStringLiteral("enrol.code_refused"));
    }

private:
    QString newCode()
    {
        int code = -1;
        const QString out =
            HqProcess::run({QStringLiteral("enroll-code"), QStringLiteral("--branch"),
                            QStringLiteral("TZ01"), QStringLiteral("--name"),
                            QStringLiteral("城关镇便民服务中心"), QStringLiteral("--db"), m_hqDb},
                           &code);
        return out.trimmed();
    }

    Result<DeviceIdentity> enrol(const QString &ca, quint16 port = 0, QString code = {})
    {
        if (code.isEmpty())
            code = newCode();
        Enrolment::Request request;
        request.url = QStringLiteral("https://localhost:%1").arg(port ? port : m_hq->port());
        request.code = code;
        request.caFile = ca;
        request.deviceName = QStringLiteral("test terminal");
        return Enrolment::enroll(*m_db, request);
    }

    void appendEvents(int count)
    {
        for (int done = 0; done < count;) {
            WriteTransaction tx(*m_db);
            for (int i = 0; i < 1000 && done < count; ++i, ++done) {
                QVERIFY(tx.append(done % 3 ? QStringLiteral("payment.taken")
                                           : QStringLiteral("case.registered"),
                                  QStringLiteral("1001"),
                                  {{QStringLiteral("case_no"), QStringLiteral("C%1").arg(done)},
                                   {QStringLiteral("amount_fen"), 500},
                                   {QStringLiteral("method"), QStringLiteral("cash")}})
                            .ok());
            }
            QVERIFY(tx.commit().ok());
        }
    }

    void syncUntilDone()
    {
        SyncEngine engine(*m_db);
        for (int i = 0; i < 40 && engine.state().waiting > 0; ++i) {
            const SyncEngine::Round r = engine.runOnce();
            if (!r.error.isNull())
                qInfo("round %d: %s", i, qPrintable(r.error.english()));
            QVERIFY2(r.error.isNull() || r.retryable, qPrintable(r.error.english()));
        }
        QCOMPARE(engine.state().waiting, 0);
    }

    void assertHqMatchesTerminal()
    {
        HqClient client(SyncEngine::storedConfig(*m_db).value());
        const HqClient::Reply head = client.get(QLatin1String(Protocol::EventsHeadPath));
        QCOMPARE(head.status, 200);
        const Event local = EventLog::head(m_db->connection()).value();
        QCOMPARE(head.body.value(QLatin1String("acked_through")).toInteger(), local.seq);
        QCOMPARE(head.body.value(QLatin1String("hash")).toString(), local.hash);
        // Exactly once: HQ's count for this device equals the terminal's.
        const QString device = SettingStore::get(m_db->connection(), SettingStore::deviceId());
        QCOMPARE(hqEventCount(device), local.seq);
    }

    qint64 hqEventCount(const QString &device)
    {
        const QString name = QStringLiteral("hq-count");
        qint64 count = -1;
        {
            QSqlDatabase db;
            if (m_hqDb.startsWith(QLatin1String("sqlite:"))) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(m_hqDb.mid(7));
            } else {
                const QUrl url(m_hqDb);
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setUserName(url.userName());
                db.setDatabaseName(url.path().mid(1));
            }
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "SELECT count(*), count(DISTINCT seq) FROM event WHERE device_id = ?"));
                q.addBindValue(device);
                if (q.exec() && q.next() && q.value(0) == q.value(1))
                    count = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    QTemporaryDir m_dir;
    TestCerts m_certs;
    std::unique_ptr<HqProcess> m_hq;
    std::unique_ptr<QTemporaryDir> m_terminal;
    std::unique_ptr<Database> m_db;
    QString m_hqDb;
    int m_round = 0;
};

QTEST_GUILESS_MAIN(tst_SyncE2E)
#include "tst_synce2e.moc"
