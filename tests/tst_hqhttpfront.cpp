// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk-hq's own HTTP/1.1 front, against the real binary over plain TCP and TLS: every
// refusal that the head allows is answered before a byte of the body is sent; heads,
// bodies and idle connections are bounded in time; keep-alive and Connection: close both
// work; plain HTTP is served on loopback only; a trusted proxy names the client.
#include "hqprocess.h"
#include "rawhttp.h"
#include "testcerts.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
const QByteArray kBlob = "/api/v1/blobs/" + QByteArray(64, 'a');

QByteArray enrolRequest(const QString &code, const QByteArray &extraHeaders = {})
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                  {QStringLiteral("device_name"), QStringLiteral("front")}})
            .toJson(QJsonDocument::Compact);
    return "POST /api/v1/enroll HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}
} // namespace

class tst_HqHttpFront : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!HqProcess::binary().isEmpty(), "HALLDESK_HQ is not set");
        QString problem;
        QVERIFY2(m_certs.make(m_dir.filePath(QStringLiteral("certs")), &problem),
                 qPrintable(problem));
        m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hq.db"));
        const QStringList shortTimeouts = {QStringLiteral("--header-timeout"), QStringLiteral("1"),
                                           QStringLiteral("--body-timeout"),   QStringLiteral("1"),
                                           QStringLiteral("--idle-timeout"),   QStringLiteral("1")};
        QVERIFY2(m_hq.start(m_db, {}, {}, 0, shortTimeouts), qPrintable(m_hq.log()));
        QVERIFY2(m_tlsHq.start(m_db, m_certs.serverPem, m_certs.serverKey, 0, shortTimeouts),
                 qPrintable(m_tlsHq.log()));
        RawHttp client(m_hq.port());
        QVERIFY(client.send(enrolRequest(newCode())));
        const RawHttp::Answer enrolled = client.read();
        QCOMPARE(enrolled.status, 201);
        m_token = enrolled.body.value(QLatin1String("token")).toString().toLatin1();
    }

    void headDecidesBeforeBody_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray json = "Content-Type: application/json\r\n";
        const QByteArray token = "Authorization: Bearer $TOKEN\r\n";
        const QByteArray events = "POST /api/v1/events HTTP/1.1\r\n";
        QTest::newRow("events, 256 MiB") << events + token + json + "Content-Length: 268435456\r\n"
                                         << 413 << "too_large";
        QTest::newRow("events, 256 MiB, no token")
            << events + json + "Content-Length: 268435456\r\n"
            << 401 << "unauthorized";
        QTest::newRow("events, a length of 30 digits")
            << events + token + json + "Content-Length: 123456789012345678901234567890\r\n"
            << 413 << "too_large";
        QTest::newRow("events, text")
            << events + token + "Content-Type: text/plain\r\nContent-Length: 100\r\n"
            << 415 << "unsupported_media_type";
        QTest::newRow("events, no length") << events + token + json << 411 << "length_required";
        QTest::newRow("events, chunked") << events + token + json + "Transfer-Encoding: chunked\r\n"
                                         << 411 << "length_required";
        QTest::newRow("enrol, 9000 bytes")
            << "POST /api/v1/enroll HTTP/1.1\r\n" + json + "Content-Length: 9000\r\n"
            << 413 << "too_large";
        QTest::newRow("enrol, 64 MiB")
            << "POST /api/v1/enroll HTTP/1.1\r\n" + json + "Content-Length: 67108864\r\n"
            << 413 << "too_large";
        QTest::newRow("enrol, text")
            << QByteArray("POST /api/v1/enroll HTTP/1.1\r\n"
                          "Content-Type: text/plain\r\nContent-Length: 10\r\n")
            << 415 << "unsupported_media_type";
        QTest::newRow("blob over 20 MiB")
            << "PUT " + kBlob + " HTTP/1.1\r\n" + token +
                   "Content-Type: application/octet-stream\r\nContent-Length: 20971521\r\n"
            << 413 << "too_large";
        QTest::newRow("blob as JSON")
            << "PUT " + kBlob + " HTTP/1.1\r\n" + token + json + "Content-Length: 100\r\n"
            << 415 << "unsupported_media_type";
        QTest::newRow("blob, no token") << "PUT " + kBlob + " HTTP/1.1\r\nContent-Length: 100\r\n"
                                        << 401 << "unauthorized";
        QTest::newRow("blob, wrong method")
            << "POST " + kBlob + " HTTP/1.1\r\n" + token << 405 << "method_not_allowed";
        QTest::newRow("blob, not a hash") << QByteArray("PUT /api/v1/blobs/xyz HTTP/1.1\r\n"
                                                        "Content-Length: 100\r\n")
                                          << 404 << "not_found";
        QTest::newRow("unknown path") << QByteArray("POST /api/v2/events HTTP/1.1\r\n"
                                                    "Content-Length: 1000000\r\n")
                                      << 404 << "not_found";
    }
    void headDecidesBeforeBody()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QString, error);
        for (const bool tls : {false, true}) {
            RawHttp client(tls ? m_tlsHq.port() : m_hq.port(), tls ? m_certs.caPem : QString());
            QVERIFY(client.isConnected());
            QVERIFY(client.send(QByteArray(head).replace("$TOKEN", m_token) + "\r\n"));
            const RawHttp::Answer a = client.read(3000);
            QCOMPARE(a.status, status);
            QCOMPARE(a.body.value(QLatin1String("error")).toString(), error);
            // A body was announced and will not be read: the connection ends.
            if (head.contains("Content-Length: ") && !head.contains("Content-Length: 0"))
                QVERIFY(client.waitClosed(3000));
        }
    }

    void keepAliveAndClose()
    {
        RawHttp client(m_hq.port());
        QVERIFY(client.send(RawHttp::get("/api/v1/health")));
        RawHttp::Answer a = client.read();
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("connection"), QByteArray("keep-alive"));
        // Two at once on the same connection, the second asking to close.
        QVERIFY(client.send(
            RawHttp::get("/api/v1/events/head", "Authorization: Bearer " + m_token + "\r\n") +
            RawHttp::get("/api/v1/health", "Connection: close\r\n")));
        QCOMPARE(client.read().status, 200);
        a = client.read();
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
    }

    void tlsKeepAlive()
    {
        RawHttp client(m_tlsHq.port(), m_certs.caPem);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(client.send(RawHttp::get("/api/v1/health")));
            QCOMPARE(client.read().status, 200);
        }
    }

    void expectContinue()
    {
        RawHttp client(m_hq.port());
        QByteArray request = enrolRequest(newCode(), "Expect: 100-continue\r\n");
        const qsizetype headEnd = request.indexOf("\r\n\r\n") + 4;
        QVERIFY(client.send(request.left(headEnd)));
        QCOMPARE(client.read().status, 100);
        QVERIFY(client.send(request.mid(headEnd)));
        QCOMPARE(client.read().status, 201);
    }

    void slowHeadsTimeOut()
    {
        RawHttp client(m_hq.port());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.send("GET /api/v1/health HTTP/1.1\r\n"));
        RawHttp::Answer a;
        for (int i = 0; i < 20 && a.status == 0; ++i) {
            client.send("X-Slow-" + QByteArray::number(i) + ": 1\r\n");
            a = client.read(200);
        }
        QCOMPARE(a.status, 408);
        QCOMPARE(a.body.value(QLatin1String("error")).toString(),
                 QStringLiteral("request_timeout"));
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(client.waitClosed());
    }

    void silentConnectionTimesOut()
    {
        RawHttp client(m_tlsHq.port(), m_certs.caPem);
        QVERIFY(client.isConnected());
        QCOMPARE(client.read(3000).status, 408);
        QVERIFY(client.waitClosed());
        // A TLS handshake that never starts is cut off too.
        QTcpSocket idle;
        idle.connectToHost(QStringLiteral("127.0.0.1"), m_tlsHq.port());
        QVERIFY(idle.waitForConnected(3000));
        QVERIFY(idle.waitForDisconnected(3000));
    }

    void slowBodyTimesOut()
    {
        RawHttp client(m_hq.port());
        const QByteArray request = enrolRequest(newCode());
        QVERIFY(client.send(request.left(request.size() - 10)));
        const RawHttp::Answer a = client.read(3000);
        QCOMPARE(a.status, 408);
        QVERIFY(client.waitClosed());
    }

    void idleConnectionCloses()
    {
        RawHttp client(m_hq.port());
        QVERIFY(client.send(RawHttp::get("/api/v1/health")));
        QCOMPARE(client.read().status, 200);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.waitClosed(3000));
        QVERIFY2(timer.elapsed() > 500, qPrintable(QString::number(timer.elapsed())));
    }

    void malformedHeads_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 line") << QByteArray("GET /api/v1/health HTTP/2.0\r\n\r\n") << 400;
        QTest::newRow("no path") << QByteArray("GET api HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost localhost\r\n\r\n") << 400;
        QTest::newRow("folded header")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST /api/v1/enroll HTTP/1.1\r\nContent-Length: 5\r\n"
                          "Content-Length: 6\r\n\r\n")
            << 400;
        QTest::newRow("negative length")
            << QByteArray("POST /api/v1/enroll HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 400;
        QTest::newRow("20 KiB of headers")
            << "GET /api/v1/health HTTP/1.1\r\nX-Big: " + QByteArray(20 * 1024, 'x') + "\r\n\r\n"
            << 431;
        QTest::newRow("a head that never ends")
            << "GET /api/v1/health HTTP/1.1\r\n" + QByteArray(17 * 1024, 'y') << 431;
    }
    void malformedHeads()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        RawHttp client(m_hq.port());
        QVERIFY(client.send(head));
        const RawHttp::Answer a = client.read(3000);
        QCOMPARE(a.status, status);
        QVERIFY(a.body.value(QLatin1String("error")).isString());
        QVERIFY(client.waitClosed());
    }

    void plainHttpOnLoopbackOnly()
    {
        QProcess refused;
        refused.start(HqProcess::binary(),
                      {QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QVERIFY(refused.waitForFinished(20000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(
            QString::fromUtf8(refused.readAllStandardError()).contains(QLatin1String("loopback")));
        // With a certificate any address will do; without one, IPv6 loopback too.
        HqProcess tls;
        QVERIFY2(tls.start(m_db, m_certs.serverPem, m_certs.serverKey, 0,
                           {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}),
                 qPrintable(tls.log()));
        HqProcess v6;
        QVERIFY2(v6.start(m_db, {}, {}, 0, {QStringLiteral("--listen"), QStringLiteral("[::1]:0")}),
                 qPrintable(v6.log()));
    }

    void trustedProxyNamesTheClient()
    {
        HqProcess proxied;
        QVERIFY2(proxied.start(m_db, {}, {}, 0,
                               {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}),
                 qPrintable(proxied.log()));
        RawHttp::Answer a;
        for (int i = 0; i < 11; ++i) {
            RawHttp client(proxied.port());
            QVERIFY(client.send(
                enrolRequest(QStringLiteral("WRONG-CODE-%1").arg(i), "X-Real-IP: 10.9.9.9\r\n")));
            a = client.read();
            QCOMPARE(a.status, i < 10 ? 403 : 429);
        }
        QVERIFY(a.headers.value("retry-after").toInt() > 0);
        // Another client behind the same proxy is not held back.
        RawHttp other(proxied.port());
        QVERIFY(other.send(enrolRequest(newCode(), "X-Real-IP: 10.9.9.8\r\n")));
        QCOMPARE(other.read().status, 201);
        // Without --trusted-proxy the header names nobody: the main server's loopback
        // client has had no failures counted against 10.9.9.9.
        RawHttp direct(m_hq.port());
        QVERIFY(direct.send(enrolRequest(QStringLiteral("WRONG"), "X-Real-IP: 10.9.9.9\r\n")));
        QCOMPARE(direct.read().status, 403);
    }

private:
    QString newCode()
    {
        return HqProcess::run({QStringLiteral("enroll-code"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--branch"), QStringLiteral("TZ01")})
            .trimmed();
    }

    QTemporaryDir m_dir;
    TestCerts m_certs;
    QString m_db;
    HqProcess m_hq;
    HqProcess m_tlsHq;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(tst_HqHttpFront)
#include "tst_hqhttpfront.moc"
