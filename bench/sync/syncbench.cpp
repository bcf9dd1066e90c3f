// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk_syncbench: the sync targets. `ingest` uploads N events from one terminal to the
// real halldesk-hq over TLS on loopback and, in the same run, inserts the same rows raw
// into the same store; `devices` has D terminals post their batches at once and reports
// the latency distribution and whether HQ holds every event exactly once.
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/eventlog.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"
#include "sync/enrolment.h"
#include "sync/hqclient.h"
#include "sync/protocol.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

bool run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        out() << program << ' ' << args.join(QLatin1Char(' '))
              << " failed: " << p.readAllStandardError() << Qt::endl;
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return true;
}

// A self-signed certificate for localhost: HQ serves TLS itself, as in development.
bool makeCertificate(const QString &dir)
{
    return run(QStringLiteral("openssl"),
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
                QStringLiteral("-keyout"), dir + QStringLiteral("/hq.key"), QStringLiteral("-out"),
                dir + QStringLiteral("/hq.pem")});
}

class Hq
{
public:
    // port 0: any free port (see port()).
    bool start(const QString &db, const QString &certDir, quint16 port = 0)
    {
        m_db = db;
        m_port = 0;
        m_process.start(QStringLiteral(HALLDESK_HQ_BINARY),
                        {QStringLiteral("serve"), QStringLiteral("--db"), db,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--cert"), certDir + QStringLiteral("/hq.pem"),
                         QStringLiteral("--key"), certDir + QStringLiteral("/hq.key"),
                         // Every simulated terminal connects from 127.0.0.1.
                         QStringLiteral("--max-connections-per-address"), QStringLiteral("1000")});
        QByteArray seen;
        for (int i = 0; i < 100 && m_port == 0; ++i) {
            m_process.waitForReadyRead(100);
            seen += m_process.readAllStandardError();
            for (const QByteArray &line : seen.split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.value(QLatin1String("event")).toString() == QLatin1String("listening"))
                    m_port = quint16(o.value(QLatin1String("port")).toInt());
            }
        }
        // The per-request log would fill the pipe: read and drop it from now on.
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_process.readAllStandardError(); });
        return m_port != 0;
    }
    ~Hq() { stop(); }
    void stop()
    {
        m_process.disconnect();
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
    QString code(const QString &branch) const
    {
        QString c;
        run(QStringLiteral(HALLDESK_HQ_BINARY),
            {QStringLiteral("enroll-code"), QStringLiteral("--branch"), branch,
             QStringLiteral("--db"), m_db},
            &c);
        return c;
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    QString m_db;
    quint16 m_port = 0;
};

// A terminal with count events of a busy counter's shapes.
std::unique_ptr<Database> terminal(const QString &dir, int count)
{
    auto db = Database::open(dir + QStringLiteral("/halldesk.db"));
    if (!db)
        return nullptr;
    DeviceIdentity::ensure(*db.value(),
                           {QStringLiteral("TZ01"), QStringLiteral("bench"), QStringLiteral("D1")});
    for (int done = 0; done < count;) {
        WriteTransaction tx(*db.value());
        for (int i = 0; i < 2000 && done < count; ++i, ++done) {
            tx.append(done % 2 ? QStringLiteral("payment.taken")
                               : QStringLiteral("case.registered"),
                      QStringLiteral("1001"),
                      {{QStringLiteral("case_no"),
                        QStringLiteral("CSTZ01-20261123-D1-%1").arg(done, 4, 10, QLatin1Char('0'))},
                       {QStringLiteral("item_code"), QStringLiteral("MZ002")},
                       {QStringLiteral("customer_id"),
                        QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("amount_fen"), 1000},
                       {QStringLiteral("method"), QStringLiteral("cash")},
                       {QStringLiteral("channel"), QStringLiteral("visit")},
                       {QStringLiteral("window"), QStringLiteral("W02")}});
        }
        tx.commit();
    }
    return db.take();
}

bool enrol(Database &db, quint16 port, const QString &code, const QString &ca)
{
    Enrolment::Request r;
    r.url = QStringLiteral("https://localhost:%1").arg(port);
    r.code = code;
    r.caFile = ca;
    const auto enrolled = Enrolment::enroll(db, r);
    if (!enrolled)
        out() << enrolled.error().english() << Qt::endl;
    return enrolled.ok();
}

QSqlDatabase storeConnection(const QString &spec, const QString &name)
{
    QSqlDatabase db;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(spec.mid(7));
    } else {
        const QUrl url(spec);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    }
    db.open();
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    return db;
}

// The same rows straight into the same store, 1,000 per transaction: the floor HQ's
// own ingest (parse, checks, projections, one transaction per batch) is compared with.
double rawInsert(const QString &spec, Database &terminalDb)
{
    double seconds = 0;
    {
        QSqlDatabase db = storeConnection(spec, QStringLiteral("raw"));
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP TABLE IF EXISTS bench_raw_event"));
        q.exec(QStringLiteral(
            "CREATE TABLE bench_raw_event (device_id TEXT NOT NULL, seq BIGINT NOT NULL, "
            "id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, at TEXT NOT NULL, staff TEXT NOT NULL, "
            "data TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL, received_at TEXT NOT "
            "NULL, "
            "PRIMARY KEY (device_id, seq))"));
        QElapsedTimer timer;
        timer.start();
        qint64 after = 0;
        for (;;) {
            const QList<Event> events =
                EventLog::after(terminalDb.connection(), after, 1000).value();
            if (events.isEmpty())
                break;
            timer.start();
            db.transaction();
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO bench_raw_event VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const Event &e : events) {
                insert.addBindValue(QStringLiteral("raw-device"));
                insert.addBindValue(e.seq);
                insert.addBindValue(e.id);
                insert.addBindValue(e.type);
                insert.addBindValue(e.at);
                insert.addBindValue(e.staff);
                insert.addBindValue(QString::fromUtf8(e.data));
                insert.addBindValue(e.prev);
                insert.addBindValue(e.hash);
                insert.addBindValue(e.at);
                insert.exec();
            }
            db.commit();
            seconds += timer.nsecsElapsed() / 1e9;
            after = events.last().seq;
        }
        q.exec(QStringLiteral("DROP TABLE bench_raw_event"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return seconds;
}

int ingest(const QStringList &args)
{
    const int count = option(args, QStringLiteral("--events"), QStringLiteral("100000")).toInt();
    QTemporaryDir dir;
    if (!makeCertificate(dir.path()))
        return 1;
    const QString spec = option(args, QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hq.db")));
    Hq hq;
    if (!hq.start(spec, dir.path()))
        return 1;
    out() << "ingest: " << count << " events, HQ store "
          << (spec.startsWith(QLatin1String("sqlite:")) ? "SQLite" : "PostgreSQL") << Qt::endl;
    std::unique_ptr<Database> db = terminal(dir.path(), count);
    if (!db || !enrol(*db, hq.port(), hq.code(QStringLiteral("TZ01")),
                      dir.filePath(QStringLiteral("hq.pem"))))
        return 1;
    SyncEngine engine(*db);
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    while (engine.state().waiting > 0 && rounds++ < 50) {
        const SyncEngine::Round r = engine.runOnce();
        if (!r.error.isNull())
            out() << "  round failed: " << r.error.english() << Qt::endl;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double raw = rawInsert(spec, *db);
    out() << "  over TLS through HQ: " << QString::number(seconds, 'f', 2)
          << " s = " << qRound64(count / seconds) << " events/s (" << rounds
          << " round(s), waiting " << engine.state().waiting << ")\n"
          << "  raw insert of the same rows into the same store: " << QString::number(raw, 'f', 2)
          << " s = " << qRound64(count / raw) << " events/s\n"
          << "  ratio " << QString::number(seconds / raw, 'f', 2) << Qt::endl;
    return engine.state().waiting == 0 ? 0 : 1;
}

int devices(const QStringList &args)
{
    const int deviceCount =
        option(args, QStringLiteral("--devices"), QStringLiteral("200")).toInt();
    const int perDevice = option(args, QStringLiteral("--events"), QStringLiteral("500")).toInt();
    const int batch = option(args, QStringLiteral("--batch"), QStringLiteral("100")).toInt();
    QTemporaryDir dir;
    if (!makeCertificate(dir.path()))
        return 1;
    const QString spec = option(args, QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hq.db")));
    Hq hq;
    if (!hq.start(spec, dir.path()))
        return 1;
    out() << "devices: " << deviceCount << " terminals, " << perDevice
          << " events each in batches of " << batch << Qt::endl;
    struct Device
    {
        QString id;
        QString token;
        QList<Event> events;
    };
    QList<Device> all;
    const QList<QSslCertificate> ca =
        HqClient::loadCaFile(dir.filePath(QStringLiteral("hq.pem"))).value();
    {
        // One terminal database makes every device's chain (they are alike but for the device).
        std::unique_ptr<Database> db = terminal(dir.path(), perDevice);
        const QList<Event> chain = EventLog::after(db->connection(), 0, perDevice).value();
        for (int d = 0; d < deviceCount; ++d) {
            HqClient::Config c;
            c.baseUrl = QUrl(QStringLiteral("https://localhost:%1").arg(hq.port()));
            c.caCertificates = ca;
            HqClient client(c);
            const HqClient::Reply r =
                client.post(QLatin1String(Protocol::EnrollPath),
                            {{QStringLiteral("code"), hq.code(QStringLiteral("B%1").arg(d))},
                             {QStringLiteral("device_name"), QStringLiteral("bench")}});
            Device device{r.body.value(QLatin1String("device_id")).toString(),
                          r.body.value(QLatin1String("token")).toString(),
                          {}};
            // Event ids are unique across HQ: each device gets its own.
            QString prev = Event::genesisHash();
            for (Event e : chain) {
                e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                e.prev = prev;
                e.hash = e.expectedHash();
                prev = e.hash;
                device.events.append(e);
            }
            all.append(device);
        }
    }
    QMutex mutex;
    QList<double> latencies;
    int failures = 0;
    QList<QThread *> threads;
    QElapsedTimer wall;
    wall.start();
    for (const Device &device : all) {
        threads.append(QThread::create([&, device] {
            HqClient::Config c;
            c.baseUrl = QUrl(QStringLiteral("https://localhost:%1").arg(hq.port()));
            c.caCertificates = ca;
            c.token = device.token;
            HqClient client(c);
            for (int from = 0; from < device.events.size();) {
                Protocol::EventBatch b;
                b.deviceId = device.id;
                b.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                b.events = device.events.mid(from, batch);
                QElapsedTimer t;
                t.start();
                const HqClient::Reply r =
                    client.post(QLatin1String(Protocol::EventsPath), b.toJson());
                const double ms = t.nsecsElapsed() / 1e6;
                QMutexLocker lock(&mutex);
                latencies.append(ms);
                if (r.status == 200)
                    from = int(r.body.value(QLatin1String("acked_through")).toInteger());
                else
                    ++failures; // retried: the loop sends from HQ's mark again
            }
        }));
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const double seconds = wall.nsecsElapsed() / 1e9;
    std::sort(latencies.begin(), latencies.end());
    const auto pct = [&](double p) {
        return latencies.isEmpty()
                   ? 0.0
                   : latencies[qMin(latencies.size() - 1, qsizetype(p * latencies.size()))];
    };
    qint64 stored = -1;
    qint64 distinct = -1;
    {
        QSqlDatabase db = storeConnection(spec, QStringLiteral("count"));
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*), count(DISTINCT id) FROM event")) && q.next()) {
            stored = q.value(0).toLongLong();
            distinct = q.value(1).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    const qint64 expected = qint64(deviceCount) * perDevice;
    out() << "  " << latencies.size() << " requests in " << QString::number(seconds, 'f', 1)
          << " s (" << qRound64(expected / seconds) << " events/s), " << failures
          << " answered other than 200 and retried\n"
          << "  latency ms: p50 " << QString::number(pct(0.50), 'f', 1) << ", p90 "
          << QString::number(pct(0.90), 'f', 1) << ", p99 " << QString::number(pct(0.99), 'f', 1)
          << ", max " << QString::number(latencies.isEmpty() ? 0 : latencies.last(), 'f', 1) << '\n'
          << "  HQ holds " << stored << " events (" << distinct << " distinct) of " << expected
          << ": "
          << (stored == expected && distinct == expected ? "none lost, none twice" : "MISMATCH")
          << Qt::endl;
    return stored == expected && distinct == expected ? 0 : 1;
}
// A week offline: the terminal enrols, HQ goes away, 50,000 events pile up while the sync
// worker keeps failing (its retries grow to their cap), then HQ comes back on the same
// address. Measures from HQ listening again to HQ holding every event exactly once.
int offline(const QStringList &args)
{
    const int count = option(args, QStringLiteral("--events"), QStringLiteral("50000")).toInt();
    const int failures = option(args, QStringLiteral("--failures"), QStringLiteral("6")).toInt();
    QTemporaryDir dir;
    if (!makeCertificate(dir.path()))
        return 1;
    const QString spec = option(args, QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hq.db")));
    Hq hq;
    if (!hq.start(spec, dir.path()))
        return 1;
    const quint16 port = hq.port();
    std::unique_ptr<Database> db = terminal(dir.path(), 0);
    if (!db ||
        !enrol(*db, port, hq.code(QStringLiteral("TZ01")), dir.filePath(QStringLiteral("hq.pem"))))
        return 1;
    hq.stop();
    db.reset();
    db = terminal(dir.path(), count);
    const QString path = db->path();
    out() << "offline: " << count << " events made while HQ is unreachable; waiting for "
          << failures << " failed attempts" << Qt::endl;

    QThread thread;
    auto *worker = new SyncWorker(path);
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, worker, &SyncWorker::start);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    int failed = 0;
    qint64 lastWaiting = -1;
    QEventLoop loop;
    QObject::connect(worker, &SyncWorker::attemptFinished, &loop,
                     [&](const QDateTime &, bool ok, qint64, const QString &) {
                         if (!ok)
                             ++failed;
                         loop.quit();
                     });
    QObject::connect(worker, &SyncWorker::stateChanged, &loop, [&](const SyncState &state) {
        lastWaiting = state.waiting;
        if (state.waiting == 0)
            loop.quit();
    });
    QElapsedTimer offlineFor;
    offlineFor.start();
    thread.start();
    while (failed < failures)
        loop.exec();
    out() << "  " << failed << " attempts failed over " << offlineFor.elapsed() / 1000
          << " s; HQ back on port " << port << Qt::endl;
    QElapsedTimer back;
    back.start();
    if (!hq.start(spec, dir.path(), port)) {
        out() << "  HQ could not listen on its old port again" << Qt::endl;
        return 1;
    }
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(10 * 60 * 1000);
    while (lastWaiting != 0 && limit.isActive())
        loop.exec();
    const double seconds = back.nsecsElapsed() / 1e9;
    QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    QSqlDatabase store = storeConnection(spec, QStringLiteral("check"));
    QSqlQuery q(store);
    q.exec(QStringLiteral("SELECT count(*), count(DISTINCT seq), max(seq) FROM event"));
    q.next();
    // The terminal's log also holds its enrolment: compare with its head, not with count.
    const qint64 head = EventLog::head(db->connection()).value().seq;
    const qint64 stored = q.value(0).toLongLong();
    const bool exact =
        stored == head && q.value(1).toLongLong() == head && q.value(2).toLongLong() == head;
    q.finish();
    store.close();
    out() << "  converged " << QString::number(seconds, 'f', 1)
          << " s after HQ came back; HQ holds " << stored << " events of the terminal's " << head
          << (exact ? ", each exactly once" : ", NOT exactly once") << Qt::endl;
    return exact ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("ingest"))
        return ingest(args);
    if (command == QLatin1String("devices"))
        return devices(args);
    if (command == QLatin1String("offline"))
        return offline(args);
    QTextStream(stderr)
        << "usage: halldesk_syncbench ingest [--events 100000] [--db sqlite:PATH|postgres://…]\n"
           "       halldesk_syncbench devices [--devices 200] [--events 500] [--batch 100] [--db "
           "…]\n"
           "       halldesk_syncbench offline [--events 50000] [--failures 6] [--db …]\n";
    return 2;
}
