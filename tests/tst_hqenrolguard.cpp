// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Enrolment under hostile clients: wrong codes are throttled per address, replayed dead
// codes per branch (429 with Retry-After); codes expire and can be revoked; a terminal may
// escrow its data key, which `halldesk-hq device-key` gives back. On SQLite and, when
// HALLDESK_TEST_POSTGRES names a server, on PostgreSQL.
#include "core/common/clock.h"
#include "hq/enrollment.h"
#include "hq/enrollmentguard.h"
#include "hq/hqdatabase.h"
#include "hq/hqserver.h"
#include "hqprocess.h"
#include "sync/protocol.h"
#include "testpostgres.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QByteArray enrolBody(const QString &code, const QJsonValue &deviceKey = QJsonValue::Undefined)
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("device_name"), QStringLiteral("窗口1")}};
    if (!deviceKey.isUndefined())
        o.insert(QStringLiteral("device_key"), deviceKey);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runHq(const QStringList &args)
{
    QProcess p;
    p.start(HqProcess::binary(), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class tst_HqEnrolGuard : public QObject
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
        Clock::setFixed(kStart);
        m_dir.reset(new QTemporaryDir);
        if (store == QLatin1String("sqlite")) {
            m_spec = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("hq.db"));
        } else {
            m_spec = freshPostgresDatabase(QStringLiteral("hq_guard_"));
            if (m_spec.isEmpty())
                QSKIP("HALLDESK_TEST_POSTGRES is not set: PostgreSQL runs only under "
                      "scripts/with-postgres.sh");
        }
        auto db = HqDatabase::open(m_spec);
        QVERIFY2(db.ok(), qPrintable(db.error().english()));
        m_db = db.take();
        m_server.reset(new HqServer(*m_db));
    }
    void cleanup()
    {
        m_server.reset();
        m_db.reset();
        Clock::reset();
    }

    void wrongCodesAreThrottledPerAddress()
    {
        const QString code = newCode(QStringLiteral("TZ01"));
        for (int i = 0; i < EnrollmentGuard::AddressFailures; ++i) {
            QCOMPARE(enrol(QStringLiteral("ZZZZ-ZZZZ-ZZ%1").arg(i, 2, 10, QLatin1Char('2')),
                           QStringLiteral("10.0.0.7"))
                         .status,
                     403);
            Clock::advance(1000);
        }
        // The next try from that address waits, even with the right code.
        const HqAnswer refused = enrol(code, QStringLiteral("10.0.0.7"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.body.value(QLatin1String("error")).toString(),
                 QStringLiteral("too_many_requests"));
        QCOMPARE(refused.retryAfterSeconds, EnrollmentGuard::WindowSeconds - 10);
        QCOMPARE(refused.body.value(QLatin1String("retry_after")).toInteger(),
                 refused.retryAfterSeconds);
        // Decided before the body: a head alone is refused.
        HqRequest head = enrolRequest(QByteArray(), QStringLiteral("10.0.0.7"));
        head.contentLength = 40;
        QCOMPARE(m_server->admit(head).status, 429);
        // Another address is not held back by it.
        QCOMPARE(enrol(newCode(QStringLiteral("TZ02")), QStringLiteral("10.0.0.8")).status, 201);
        // Once the window has passed, the clerk's right code works.
        Clock::advance(refused.retryAfterSeconds * 1000);
        QCOMPARE(enrol(code, QStringLiteral("10.0.0.7")).status, 201);
    }

    void replayedCodesAreThrottledPerBranch()
    {
        const QString used = newCode(QStringLiteral("TZ01"));
        QCOMPARE(enrol(used, QStringLiteral("10.0.1.1")).status, 201);
        // An old code sheet tried from many addresses: each address stays under its limit.
        for (int i = 0; i < EnrollmentGuard::BranchFailures; ++i)
            QCOMPARE(enrol(used, QStringLiteral("10.0.2.%1").arg(i)).status, 403);
        const QString fresh = newCode(QStringLiteral("TZ01"));
        const HqAnswer paused = enrol(fresh, QStringLiteral("10.0.3.1"));
        QCOMPARE(paused.status, 429);
        QVERIFY(paused.retryAfterSeconds > 0);
        QVERIFY(paused.retryAfterSeconds <= EnrollmentGuard::WindowSeconds);
        // Other branches enrol as usual.
        QCOMPARE(enrol(newCode(QStringLiteral("TZ02")), QStringLiteral("10.0.3.1")).status, 201);
        Clock::advance(EnrollmentGuard::WindowSeconds * 1000);
        QCOMPARE(enrol(fresh, QStringLiteral("10.0.3.1")).status, 201);
    }

    void anHonestClerkIsNotLockedOut()
    {
        // A few typos and yesterday's expired code, then the right one.
        const QString old = newCode(QStringLiteral("TZ01"));
        Clock::advance(25LL * 3600 * 1000);
        QCOMPARE(enrol(old, QStringLiteral("10.0.0.9")).status, 403);
        const QString code = newCode(QStringLiteral("TZ01"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(enrol(code.left(13) + QLatin1Char('0'), QStringLiteral("10.0.0.9")).status,
                     403);
        QCOMPARE(enrol(code, QStringLiteral("10.0.0.9")).status, 201);
    }

    void codesExpire()
    {
        const QString day = newCode(QStringLiteral("TZ01"));
        const QString hour = Enrollment::createCode(*m_db, QStringLiteral("TZ01"), {}, 1).value();
        Clock::advance(3600LL * 1000 - 1000);
        QCOMPARE(enrol(hour, QStringLiteral("10.0.4.1")).status, 201);
        const QString hour2 = Enrollment::createCode(*m_db, QStringLiteral("TZ01"), {}, 1).value();
        Clock::advance(3600LL * 1000);
        QCOMPARE(enrol(hour2, QStringLiteral("10.0.4.1")).status, 403);
        Clock::advance(23LL * 3600 * 1000);
        QCOMPARE(enrol(day, QStringLiteral("10.0.4.1")).status, 403);
        QVERIFY(!Enrollment::createCode(*m_db, QStringLiteral("TZ01"), {}, 0));
    }

    void aCodeFromBeforeExpiryLastsADay()
    {
        // Made by an older halldesk-hq: no expires_at.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO branch(code, name, created_at) "
                                      "VALUES('TZ05', 'TZ05', '2026-11-22T08:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO enrollment_code(code, branch_code, created_at) "
                                      "VALUES('AAAA-BBBB-CCCC', 'TZ05', "
                                      "'2026-11-22T08:00:00.000Z')")));
        QCOMPARE(enrol(QStringLiteral("AAAA-BBBB-CCCC"), QStringLiteral("10.0.5.1")).status, 403);
        QVERIFY(q.exec(QStringLiteral("UPDATE enrollment_code SET created_at = "
                                      "'2026-11-23T08:30:00.000Z'")));
        QCOMPARE(enrol(QStringLiteral("AAAA-BBBB-CCCC"), QStringLiteral("10.0.5.1")).status, 201);
    }

    void deviceKeyIsValidated_data()
    {
        QTest::addColumn<QJsonValue>("key");
        QTest::addColumn<int>("status");
        const QByteArray bytes(32, '\xfb');
        QTest::newRow("32 bytes") << QJsonValue(QString::fromLatin1(bytes.toBase64())) << 201;
        QTest::newRow("none") << QJsonValue(QJsonValue::Undefined) << 201;
        QTest::newRow("31 bytes") << QJsonValue(QString::fromLatin1(QByteArray(31, 'k').toBase64()))
                                  << 400;
        QTest::newRow("33 bytes") << QJsonValue(QString::fromLatin1(QByteArray(33, 'k').toBase64()))
                                  << 400;
        QTest::newRow("url-safe alphabet")
            << QJsonValue(QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding)))
            << 400;
        QTest::newRow("no padding")
            << QJsonValue(QString::fromLatin1(bytes.toBase64(QByteArray::OmitTrailingEquals)))
            << 400;
        QTest::newRow("not base64") << QJsonValue(QStringLiteral("not a key at all!")) << 400;
        QTest::newRow("a number") << QJsonValue(42) << 400;
        QTest::newRow("empty") << QJsonValue(QString()) << 400;
    }
    void deviceKeyIsValidated()
    {
        QFETCH(QJsonValue, key);
        QFETCH(int, status);
        const QString code = newCode(QStringLiteral("TZ01"));
        const HqAnswer a =
            m_server->handle(enrolRequest(enrolBody(code, key), QStringLiteral("10.0.6.1")));
        QCOMPARE(a.status, status);
        if (status == 400) {
            QCOMPARE(a.body.value(QLatin1String("error")).toString(),
                     QStringLiteral("bad_request"));
            // A malformed request leaves the code unused.
            QCOMPARE(enrol(code, QStringLiteral("10.0.6.1")).status, 201);
            return;
        }
        const QString device = a.body.value(QLatin1String("device_id")).toString();
        const Result<QString> held = Enrollment::deviceKey(*m_db, device);
        QCOMPARE(held.ok(), key.isString());
        if (key.isString())
            QCOMPARE(held.value(), key.toString());
    }

    void commandLine()
    {
        QFETCH_GLOBAL(QString, store);
        if (store != QLatin1String("sqlite"))
            QSKIP("the command line is the same on both stores");
        Clock::reset(); // the binary runs on the real clock
        const QString db = m_spec;
        const Run made = runHq({QStringLiteral("enroll-code"), QStringLiteral("--db"), db,
                                QStringLiteral("--branch"), QStringLiteral("TZ01"),
                                QStringLiteral("--expires-hours"), QStringLiteral("2")});
        QCOMPARE(made.code, 0);
        const QString code = made.out.trimmed();
        QCOMPARE(runHq({QStringLiteral("enroll-code"), QStringLiteral("--db"), db,
                        QStringLiteral("--branch"), QStringLiteral("TZ01"),
                        QStringLiteral("--expires-hours"), QStringLiteral("0")})
                     .code,
                 2);
        // Revoked: 403 like a bad code; revoking again says there is nothing to revoke.
        QCOMPARE(
            runHq({QStringLiteral("revoke-code"), QStringLiteral("--db"), db, code.toLower()}).code,
            0);
        QCOMPARE(enrol(code, QStringLiteral("10.0.7.1")).status, 403);
        const Run again = runHq({QStringLiteral("revoke-code"), QStringLiteral("--db"), db, code});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(code), qPrintable(again.err));

        const QString key = QString::fromLatin1(QByteArray(32, '\x07').toBase64());
        const HqAnswer a = m_server->handle(enrolRequest(
            enrolBody(newCode(QStringLiteral("TZ01")), key), QStringLiteral("10.0.7.2")));
        QCOMPARE(a.status, 201);
        const QString device = a.body.value(QLatin1String("device_id")).toString();
        const Run printed =
            runHq({QStringLiteral("device-key"), QStringLiteral("--db"), db, device});
        QCOMPARE(printed.code, 0);
        QCOMPARE(printed.out, key + QLatin1Char('\n'));
        const HqAnswer keyless = enrol(newCode(QStringLiteral("TZ01")), QStringLiteral("10.0.7.2"));
        const Run none = runHq({QStringLiteral("device-key"), QStringLiteral("--db"), db,
                                keyless.body.value(QLatin1String("device_id")).toString()});
        QCOMPARE(none.code, 1);
        QVERIFY(none.out.isEmpty());
        QVERIFY2(none.err.contains(QLatin1String("no device key")), qPrintable(none.err));
    }

private:
    QString newCode(const QString &branch)
    {
        return Enrollment::createCode(*m_db, branch, {}).value();
    }
    HqRequest enrolRequest(const QByteArray &body, const QString &address)
    {
        HqRequest r;
        r.method = QStringLiteral("POST");
        r.path = QLatin1String(Protocol::EnrollPath);
        r.contentType = "application/json";
        r.contentLength = body.size();
        r.peer = QHostAddress(address);
        r.body = body;
        return r;
    }
    HqAnswer enrol(const QString &code, const QString &address)
    {
        return m_server->handle(enrolRequest(enrolBody(code), address));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_spec;
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqServer> m_server;
};

QTEST_GUILESS_MAIN(tst_HqEnrolGuard)
#include "tst_hqenrolguard.moc"
