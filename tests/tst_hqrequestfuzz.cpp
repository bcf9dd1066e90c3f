// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz corpus (tests/fuzz/corpus) and a fixed-seed run of mutations of it
// through the harness libFuzzer uses (scripts/fuzz.sh), so every CI run fuzzes a little.
// Then hostile clients against the real halldesk-hq: huge and missing Content-Length,
// slow heads, garbage request lines, too many connections from one address, oversized
// heads; HQ answers each with a JSON error or closes, stays small and keeps serving.
// HALLDESK_FUZZ_ROUNDS multiplies the random rounds (scripts/fuzz.sh raises it).
#include "hqprocess.h"
#include "hqrequestfuzz.h"
#include "rawhttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>
#include <vector>

#define HALLDESK_FUZZ_SHA256 "5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57e9"

namespace {
int rounds(int base)
{
    return base * qMax(1, qEnvironmentVariableIntValue("HALLDESK_FUZZ_ROUNDS"));
}

// Resident memory of a process, from /proc (kB → MiB): "VmRSS" now, "VmHWM" its peak.
double residentMiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

// An answer that is a JSON error, or none because HQ closed the connection.
bool refusedOrClosed(const RawHttp::Answer &a)
{
    return a.status == 0 ||
           (a.status >= 400 && a.status < 500 && a.body.value(QLatin1String("error")).isString());
}
} // namespace

class tst_HqRequestFuzz : public QObject
{
    Q_OBJECT
private slots:
    void corpusAndMutations()
    {
        const QDir corpus(qEnvironmentVariable("HALLDESK_SOURCE_DIR") +
                          QStringLiteral("/tests/fuzz/corpus"));
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        QList<QByteArray> inputs;
        for (const QString &name : files) {
            QFile f(corpus.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            inputs.append(f.readAll());
        }
        for (const QByteArray &input : inputs)
            hqRequestFuzzOne(reinterpret_cast<const uint8_t *>(input.constData()),
                             size_t(input.size()));
        // Byte flips, cuts and splices, always the same ones (a failure is reproducible).
        QRandomGenerator random(20261123);
        for (int i = 0; i < 3000; ++i) {
            QByteArray m = inputs[random.bounded(int(inputs.size()))];
            switch (random.bounded(4)) {
            case 0:
                if (!m.isEmpty())
                    m[random.bounded(int(m.size()))] = char(random.bounded(256));
                break;
            case 1:
                m.truncate(random.bounded(int(m.size()) + 1));
                break;
            case 2:
                m.insert(random.bounded(int(m.size()) + 1),
                         inputs[random.bounded(int(inputs.size()))].left(64));
                break;
            default:
                m.replace("\"seq\":", "\"seq\":9");
                break;
            }
            hqRequestFuzzOne(reinterpret_cast<const uint8_t *>(m.constData()), size_t(m.size()));
        }
    }

    void startHostileTarget()
    {
        QVERIFY2(!HqProcess::binary().isEmpty(), "HALLDESK_HQ is not set");
        m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hq.db"));
        QVERIFY2(
            m_hq.start(m_db, {}, {}, 0,
                       {QStringLiteral("--header-timeout"), QStringLiteral("1"),
                        QStringLiteral("--body-timeout"), QStringLiteral("2"),
                        QStringLiteral("--max-connections-per-address"), QStringLiteral("60")}),
            qPrintable(m_hq.log()));
        const QString code =
            HqProcess::run({QStringLiteral("enroll-code"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--branch"), QStringLiteral("TZ01")})
                .trimmed();
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                      {QStringLiteral("device_name"), QStringLiteral("fuzz")}})
                .toJson(QJsonDocument::Compact);
        RawHttp client(m_hq.port());
        client.send("POST /api/v1/enroll HTTP/1.1\r\nContent-Type: application/json\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
        const RawHttp::Answer a = client.read();
        QCOMPARE(a.status, 201);
        m_token = a.body.value(QLatin1String("token")).toString().toLatin1();
    }

    void hugeContentLength()
    {
        QRandomGenerator random(20261207);
        const char *const routes[] = {"POST /api/v1/events", "POST /api/v1/enroll",
                                      "PUT /api/v1/blobs/" HALLDESK_FUZZ_SHA256};
        for (int i = 0; i < rounds(60); ++i) {
            const qint64 length = i % 5 == 0 ? std::numeric_limits<qint64>::max()
                                             : 20 * 1024 * 1024 + 1 + random.bounded(1 << 30);
            const QByteArray digits =
                i % 7 == 0 ? QByteArray(25 + random.bounded(40), '9') : QByteArray::number(length);
            RawHttp client(m_hq.port());
            client.send(
                QByteArray(routes[i % 3]) + " HTTP/1.1\r\nAuthorization: Bearer " + m_token +
                "\r\nContent-Type: application/json\r\nContent-Length: " + digits + "\r\n\r\n");
            const RawHttp::Answer a = client.read(3000);
            QVERIFY2(a.status == 413 || a.status == 415, qPrintable(QString::number(a.status)));
            QVERIFY(client.waitClosed());
        }
        // And clients that send their huge bodies anyway: HQ reads none of it.
        std::vector<std::unique_ptr<RawHttp>> senders;
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 8; ++i) {
            senders.push_back(std::make_unique<RawHttp>(m_hq.port()));
            senders.back()->send("POST /api/v1/events HTTP/1.1\r\nAuthorization: Bearer " +
                                 m_token +
                                 "\r\nContent-Type: application/json\r\nContent-Length: "
                                 "268435456\r\n\r\n");
        }
        for (int mib = 0; mib < 32; ++mib) {
            for (auto &s : senders)
                s->send(chunk);
        }
        QVERIFY(healthy());
        const double peak = residentMiB(m_hq.pid(), "VmHWM:");
        QVERIFY2(peak > 0 && peak < 100, qPrintable(QString::number(peak)));
    }

    void missingContentLength()
    {
        QRandomGenerator random(7);
        const char *const routes[] = {"POST /api/v1/events", "POST /api/v1/enroll",
                                      "PUT /api/v1/blobs/" HALLDESK_FUZZ_SHA256};
        for (int i = 0; i < rounds(30); ++i) {
            RawHttp client(m_hq.port());
            QByteArray body(random.bounded(2000), Qt::Uninitialized);
            for (char &c : body)
                c = char(random.bounded(256));
            client.send(QByteArray(routes[i % 3]) + " HTTP/1.1\r\nAuthorization: Bearer " +
                        m_token + "\r\nContent-Type: application/" +
                        (i % 3 == 2 ? "octet-stream" : "json") + "\r\n\r\n" + body);
            const RawHttp::Answer a = client.read(3000);
            QCOMPARE(a.status, 411);
            QCOMPARE(a.body.value(QLatin1String("error")).toString(),
                     QStringLiteral("length_required"));
        }
        QVERIFY(healthy());
    }

    void slowHeaders()
    {
        // 50 clients a header line every 200 ms: each is cut off at the header timeout
        // (1 s here) while a well-behaved client is served at once.
        std::vector<std::unique_ptr<RawHttp>> slow;
        for (int i = 0; i < 50; ++i) {
            slow.push_back(std::make_unique<RawHttp>(m_hq.port()));
            slow.back()->send("GET /api/v1/health HTTP/1.1\r\n");
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY(healthy());
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        int cut = 0;
        for (int tick = 0; tick < 15 && cut < int(slow.size()); ++tick) {
            cut = 0;
            for (auto &s : slow) {
                s->send("X-Tick: " + QByteArray::number(tick) + "\r\n");
                cut += s->waitClosed(10) ? 1 : 0;
            }
            QTest::qWait(200);
        }
        QCOMPARE(cut, int(slow.size()));
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    }

    void garbageRequestLines()
    {
        QRandomGenerator random(20261208);
        const QList<QByteArray> seeds = {
            "GET /api/v1/health HTTP/1.1\r\n\r\n",
            "POST /api/v1/enroll HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}",
            "GET /api/v1/master?since=1 HTTP/1.1\r\nAuthorization: Bearer x\r\n\r\n",
            "HEAD /api/v1/blobs/" HALLDESK_FUZZ_SHA256 " HTTP/1.0\r\n\r\n"};
        for (int i = 0; i < rounds(200); ++i) {
            QByteArray m = seeds[random.bounded(int(seeds.size()))];
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(int(m.size()));
                switch (random.bounded(3)) {
                case 0:
                    m[at] = char(random.bounded(256));
                    break;
                case 1:
                    m.remove(at, random.bounded(8));
                    break;
                default:
                    m.insert(at, QByteArray(random.bounded(16), char(random.bounded(256))));
                }
            }
            RawHttp client(m_hq.port());
            client.send(m + "\r\n\r\n");
            const RawHttp::Answer a = client.read(2500);
            QVERIFY2(a.status == 200 || a.status == 201 || refusedOrClosed(a),
                     qPrintable(QString::number(a.status) + QLatin1Char(' ') +
                                QString::fromLatin1(m.toPercentEncoding())));
        }
        QVERIFY(healthy());
    }

    void oversizedHeaders()
    {
        QRandomGenerator random(431);
        for (int i = 0; i < rounds(20); ++i) {
            const int size = 16 * 1024 + 1 + random.bounded(1024 * 1024);
            QByteArray head = "GET /api/v1/health HTTP/1.1\r\n";
            if (i % 2) {
                head += "X-One: " + QByteArray(size, 'a') + "\r\n";
            } else {
                while (head.size() < size)
                    head += "X-Many-" + QByteArray::number(head.size()) + ": b\r\n";
            }
            RawHttp client(m_hq.port());
            client.send(head + "\r\n");
            const RawHttp::Answer a = client.read(3000);
            QCOMPARE(a.status, 431);
            QVERIFY(client.waitClosed());
        }
        QVERIFY(healthy());
        const double peak = residentMiB(m_hq.pid(), "VmHWM:");
        QVERIFY2(peak > 0 && peak < 100, qPrintable(QString::number(peak)));
    }

    void tooManyConnections()
    {
        HqProcess capped;
        QVERIFY2(
            capped.start(m_db, {}, {}, 0,
                         {QStringLiteral("--max-connections-per-address"), QStringLiteral("5")}),
            qPrintable(capped.log()));
        std::vector<std::unique_ptr<RawHttp>> held;
        for (int i = 0; i < 5; ++i) {
            held.push_back(std::make_unique<RawHttp>(capped.port()));
            held.back()->send(RawHttp::get("/api/v1/health"));
            QCOMPARE(held.back()->read().status, 200);
        }
        for (int i = 0; i < 10; ++i) {
            RawHttp excess(capped.port());
            const RawHttp::Answer a = excess.read(3000);
            QCOMPARE(a.status, 429);
            QCOMPARE(a.body.value(QLatin1String("error")).toString(),
                     QStringLiteral("too_many_connections"));
            QVERIFY(excess.waitClosed());
        }
        held.pop_back();
        QTest::qWait(300);
        RawHttp again(capped.port());
        again.send(RawHttp::get("/api/v1/health"));
        QCOMPARE(again.read().status, 200);
    }

private:
    bool healthy()
    {
        RawHttp client(m_hq.port());
        client.send(RawHttp::get("/api/v1/health", "Connection: close\r\n"));
        return client.read(3000).status == 200;
    }

    QTemporaryDir m_dir;
    QString m_db;
    HqProcess m_hq;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(tst_HqRequestFuzz)
#include "tst_hqrequestfuzz.moc"
