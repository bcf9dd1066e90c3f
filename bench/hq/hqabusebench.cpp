// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk_hqbench: headquarters under hostile clients. Starts the real halldesk-hq (plain
// HTTP on loopback, SQLite, default limits), has one enrolled branch sync beside nobody (the
// quiet baseline), then beside 50 clients sending 100 MiB bodies and 50 slow clients that
// send a header line every 5 s; reports HQ's resident memory (/proc VmRSS, VmHWM) and the
// branch's latency per sync call (POST /events of a batch, GET /events/head), p50 and p99,
// and the ratio of the two p99s. Targets: RSS < 100 MiB, p99 ratio < 2.
#include "core/storage/event.h"
#include "hqattack.h"
#include "sync/hqclient.h"
#include "sync/protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// From /proc/PID/status, in MiB: "VmRSS:" now, "VmHWM:" the peak so far.
double residentMiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

// CPU seconds (user + system) a process has used, from /proc/PID/stat.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) /
           double(sysconf(_SC_CLK_TCK));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(qBound<qsizetype>(0, i, values.size() - 1));
}

// HQ with its request log in a file (50 hostile clients write a lot of it).
quint16 startHq(QProcess &hq, const QString &dir)
{
    hq.setStandardErrorFile(dir + QStringLiteral("/hq.log"));
    hq.start(QStringLiteral(HALLDESK_HQ_BINARY),
             {QStringLiteral("serve"), QStringLiteral("--db"),
              QStringLiteral("sqlite:") + dir + QStringLiteral("/hq.db"),
              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QFile log(dir + QStringLiteral("/hq.log"));
    for (int i = 0; i < 200; ++i) {
        QThread::msleep(50);
        if (!log.isOpen())
            log.open(QIODevice::ReadOnly);
        for (const QByteArray &line : log.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("event")) == QLatin1String("listening"))
                return quint16(o.value(QLatin1String("port")).toInt());
        }
        log.seek(0);
    }
    return 0;
}

// The branch: a device's chain, posted a batch at a time, each followed by a head check.
class Branch
{
public:
    Branch(quint16 port, const QString &code) : m_client(config(port))
    {
        const HqClient::Reply r =
            m_client.post(QLatin1String(Protocol::EnrollPath),
                          {{QStringLiteral("code"), code},
                           {QStringLiteral("device_name"), QStringLiteral("bench")}});
        m_deviceId = r.body.value(QLatin1String("device_id")).toString();
        m_client.setToken(r.body.value(QLatin1String("token")).toString());
    }
    bool enrolled() const { return !m_deviceId.isEmpty(); }
    QByteArray token() const { return m_client.config().token.toLatin1(); }

    // Syncs for the given time; each call's latency in ms, and the calls that failed.
    QList<double> sync(int seconds, int batchSize, int *failures, qint64 hqPid, double *maxRss)
    {
        QList<double> latencies;
        QElapsedTimer phase;
        phase.start();
        while (phase.elapsed() < seconds * 1000LL) {
            Protocol::EventBatch batch{m_deviceId,
                                       QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       nextEvents(batchSize),
                                       {}};
            QElapsedTimer call;
            call.start();
            *failures +=
                m_client.post(QLatin1String(Protocol::EventsPath), batch.toJson()).status != 200;
            latencies.append(double(call.nsecsElapsed()) / 1e6);
            call.restart();
            *failures += m_client.get(QLatin1String(Protocol::EventsHeadPath)).status != 200;
            latencies.append(double(call.nsecsElapsed()) / 1e6);
            *maxRss = qMax(*maxRss, residentMiB(hqPid, "VmRSS:"));
        }
        return latencies;
    }

private:
    static HqClient::Config config(quint16 port)
    {
        HqClient::Config c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        return c;
    }

    QList<Event> nextEvents(int count)
    {
        QList<Event> events;
        for (int i = 0; i < count; ++i) {
            Event e;
            e.seq = ++m_seq;
            e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.type = QStringLiteral("case.registered");
            e.at = QStringLiteral("2026-12-07T02:00:00.000Z");
            e.staff = QStringLiteral("1001");
            e.data =
                Event::canonicalData({{QStringLiteral("case_no"), QStringLiteral("C%1").arg(e.seq)},
                                      {QStringLiteral("item_code"), QStringLiteral("MZ001")}});
            e.prev = m_prev;
            e.hash = e.expectedHash();
            m_prev = e.hash;
            events.append(e);
        }
        return events;
    }

    HqClient m_client;
    QString m_deviceId;
    qint64 m_seq = 0;
    QString m_prev = Event::genesisHash();
};

void printPhase(const char *name, const QList<double> &latencies, int failures)
{
    out() << qSetFieldWidth(10) << Qt::left << name << qSetFieldWidth(0) << " calls "
          << latencies.size() << ", failed " << failures << ", p50 "
          << QString::number(percentile(latencies, 0.50), 'f', 2) << " ms, p99 "
          << QString::number(percentile(latencies, 0.99), 'f', 2) << " ms" << Qt::endl;
}

// What HQ's request log says it answered, by status.
QMap<int, int> statuses(const QString &logPath)
{
    QMap<int, int> counts;
    QFile log(logPath);
    if (log.open(QIODevice::ReadOnly)) {
        while (!log.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(log.readLine()).object();
            if (o.contains(QLatin1String("status")))
                ++counts[o.value(QLatin1String("status")).toInt()];
        }
    }
    return counts;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int baselineSeconds = option(args, QStringLiteral("--baseline-seconds"), 15);
    const int loadedSeconds = option(args, QStringLiteral("--seconds"), 30);
    const int batchSize = option(args, QStringLiteral("--batch"), 20);
    const int senders = option(args, QStringLiteral("--senders"), 50);
    const int slow = option(args, QStringLiteral("--slow"), 50);
    QTemporaryDir dir;
    QProcess hq;
    const quint16 port = startHq(hq, dir.path());
    if (port == 0) {
        out() << "halldesk-hq did not start" << Qt::endl;
        return 1;
    }
    QProcess enrollCode;
    enrollCode.start(QStringLiteral(HALLDESK_HQ_BINARY),
                     {QStringLiteral("enroll-code"), QStringLiteral("--db"),
                      QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hq.db")),
                      QStringLiteral("--branch"), QStringLiteral("TZ01")});
    enrollCode.waitForFinished(30000);
    Branch branch(port, QString::fromLatin1(enrollCode.readAllStandardOutput()).trimmed());
    if (!branch.enrolled()) {
        out() << "the branch could not enrol" << Qt::endl;
        return 1;
    }
    int quietFailures = 0;
    int loadedFailures = 0;
    double quietRss = 0;
    double loadedRss = 0;
    branch.sync(2, batchSize, &quietFailures, hq.processId(), &quietRss); // warm-up
    quietFailures = 0;
    const double hqCpuStart = cpuSeconds(hq.processId());
    const double benchCpuStart = cpuSeconds(QCoreApplication::applicationPid());
    const QList<double> quiet =
        branch.sync(baselineSeconds, batchSize, &quietFailures, hq.processId(), &quietRss);
    const double quietHwm = residentMiB(hq.processId(), "VmHWM:");
    const double hqCpuQuiet = cpuSeconds(hq.processId());
    const double benchCpuQuiet = cpuSeconds(QCoreApplication::applicationPid());

    HqAttack::Counts counts;
    QThread attackThread;
    auto *attack = new HqAttack(port, branch.token(), senders, slow, 5, counts);
    attack->moveToThread(&attackThread);
    QObject::connect(&attackThread, &QThread::finished, attack, &QObject::deleteLater);
    attackThread.start();
    QMetaObject::invokeMethod(attack, &HqAttack::start, Qt::QueuedConnection);
    wait(3000); // every hostile client connected and sending
    const QList<double> loaded =
        branch.sync(loadedSeconds, batchSize, &loadedFailures, hq.processId(), &loadedRss);
    const double loadedHwm = residentMiB(hq.processId(), "VmHWM:");
    const double hqCpuLoaded = cpuSeconds(hq.processId());
    const double benchCpuLoaded = cpuSeconds(QCoreApplication::applicationPid());
    QMetaObject::invokeMethod(attack, &HqAttack::stop, Qt::BlockingQueuedConnection);
    attackThread.quit();
    attackThread.wait();
    hq.terminate();
    hq.waitForFinished(10000);

    out() << "branch sync calls (POST /events of " << batchSize
          << " events, GET /events/head), plain HTTP on loopback" << Qt::endl;
    printPhase("quiet", quiet, quietFailures);
    printPhase("attacked", loaded, loadedFailures);
    out() << "p99 ratio attacked/quiet: "
          << QString::number(percentile(loaded, 0.99) / percentile(quiet, 0.99), 'f', 2)
          << " (target < 2)" << Qt::endl;
    out() << "HQ resident memory: quiet max VmRSS " << QString::number(quietRss, 'f', 1)
          << " MiB, VmHWM " << QString::number(quietHwm, 'f', 1) << " MiB; attacked max VmRSS "
          << QString::number(loadedRss, 'f', 1) << " MiB, VmHWM "
          << QString::number(loadedHwm, 'f', 1) << " MiB (target < 100)" << Qt::endl;
    out() << "attack: " << senders << " body senders made " << counts.bodyConnections.load()
          << " connections, sent " << counts.bodyBytesSent.load() / (1024 * 1024) << " MiB, read "
          << counts.bodyRefusals.load() << " refusals; " << slow << " slow clients made "
          << counts.slowConnections.load() << " connections, " << counts.slowCutOff.load()
          << " cut off with 408" << Qt::endl;
    out() << "CPU per second of each phase: quiet HQ "
          << QString::number((hqCpuQuiet - hqCpuStart) / baselineSeconds, 'f', 2) << ", bench "
          << QString::number((benchCpuQuiet - benchCpuStart) / baselineSeconds, 'f', 2)
          << "; attacked HQ "
          << QString::number((hqCpuLoaded - hqCpuQuiet) / (loadedSeconds + 3), 'f', 2)
          << ", bench (branch and attackers) "
          << QString::number((benchCpuLoaded - benchCpuQuiet) / (loadedSeconds + 3), 'f', 2)
          << " (cores)" << Qt::endl;
    out() << "HQ answered by status:";
    const QMap<int, int> answered = statuses(dir.filePath(QStringLiteral("hq.log")));
    for (auto it = answered.cbegin(); it != answered.cend(); ++it)
        out() << ' ' << it.key() << ": " << it.value();
    out() << Qt::endl;
    return 0;
}
