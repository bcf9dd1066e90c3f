// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ID numbers and the headquarters token at rest: sealed with the device key in the
// customer rows, the event log, case forms and settings; the chain's hashes over the clear
// data; an older branch sealed in place on its first start; a missing key refused.
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/customers/customerservice.h"
#include "core/storage/database.h"
#include "core/storage/devicekey.h"
#include "core/storage/eventlog.h"
#include "core/storage/fieldseal.h"
#include "core/storage/sealing.h"
#include "core/storage/sealupgrade.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"
#include "sync/enrolment.h"
#include "sync/syncengine.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString residentId(const char *first17)
{
    const QString body = QString::fromLatin1(first17);
    return body + IdNumber::checkCharacter(body);
}

NewCustomer person(const QString &name, const QString &number)
{
    NewCustomer c;
    c.name = name;
    c.idNumber = number;
    return c;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString firstText(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

QList<Migration> migrationsUpTo(int version)
{
    QList<Migration> list;
    for (const Migration &m : Migration::bundled()) {
        if (m.version <= version)
            list.append(m);
    }
    return list;
}

} // namespace

class tst_SealedFields : public QObject
{
    Q_OBJECT

    const Session m_clerk = TestDatabase::staff(QStringLiteral("1001"));

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }

    void theDatabaseHoldsItsKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("halldesk.db"));
        QByteArray first;
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db.error().english()));
            QVERIFY(!db.value()->deviceKey().isNull());
            first = db.value()->deviceKey().toBase64();
            QVERIFY(QFile::exists(DeviceKey::fileFor(db.value()->deviceKey().id())));
        }
        auto again = Database::open(path);
        QVERIFY(again);
        QCOMPARE(again.value()->deviceKey().toBase64(), first);
        QCOMPARE(again.value()->openAnother().value()->deviceKey().toBase64(), first);
    }

    void aMissingKeyIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("halldesk.db"));
        QString keyFile;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            keyFile = DeviceKey::fileFor(db.value()->deviceKey().id());
        }
        QVERIFY(QFile::remove(keyFile));
        auto refused = Database::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), QStringLiteral("key.missing"));
        // halldeskctl says so in words and exits 1, changing nothing.
        QProcess ctl;
        ctl.start(qEnvironmentVariable("HALLDESK_CTL"),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("verify")});
        QVERIFY(ctl.waitForFinished(30000));
        QCOMPARE(ctl.exitCode(), 1);
        const QString said =
            QString::fromUtf8(ctl.readAllStandardError() + ctl.readAllStandardOutput());
        QVERIFY2(said.contains(QStringLiteral("device key")), qPrintable(said));
        QVERIFY(!QFile::exists(keyFile)); // no new key in its place
    }

    // The stored data holds the sealed number; the hash, after(), verify() and what
    // headquarters receives are over the clear data (DESIGN.md's formula).
    void eventsStoreIdNumbersSealed()
    {
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        const QString number = residentId("51070319650412002");
        const Customer c = CustomerService(t.db())
                               .registerCustomer(m_clerk, person(QStringLiteral("李秀英"), number))
                               .value();
        CustomerChanges fix;
        fix.idNumber = residentId("44030619880512004");
        QVERIFY(CustomerService(t.db()).update(m_clerk, c.customerId, fix).ok());
        // A whole resident ID in any other field is sealed as well.
        QVERIFY(WriteTransaction(t.db())
                    .commit(QStringLiteral("case.decided"), QString(),
                            {{QStringLiteral("case_no"), QStringLiteral("CS1")},
                             {QStringLiteral("note"), number},
                             {QStringLiteral("card_no"), number + QStringLiteral("54")}})
                    .ok());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(data, '|') FROM event_log")));
        QVERIFY(q.next());
        const QString stored = q.value(0).toString();
        QVERIFY(!stored.contains(number));
        QVERIFY(!stored.contains(*fix.idNumber));
        QVERIFY(stored.contains(QStringLiteral("sealed:v1:")));
        QVERIFY(!stored.contains(number.left(17))); // also inside the disability card number

        const QList<Event> events = EventLog::after(t.db().connection(), 0, 1000).value();
        QStringList numbers;
        for (const Event &e : events) {
            QCOMPARE(e.expectedHash(), e.hash);
            if (e.type == QLatin1String("customer.registered"))
                numbers.append(e.dataObject().value(QLatin1String("id_number")).toString());
            if (e.type == QLatin1String("customer.updated"))
                numbers.append(e.dataObject()
                                   .value(QLatin1String("changes"))
                                   .toObject()
                                   .value(QLatin1String("id_number"))
                                   .toString());
            if (e.type == QLatin1String("case.decided"))
                numbers.append(e.dataObject().value(QLatin1String("note")).toString());
        }
        QCOMPARE(numbers, (QStringList{number, *fix.idNumber, number}));
        const auto v = EventLog::verify(t.db().connection());
        QVERIFY(v && v->intact());
        QCOMPARE(v->headHash, events.last().hash);
    }

    void anAlteredSealBreaksTheChain()
    {
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        CustomerService(t.db()).registerCustomer(
            m_clerk, person(QStringLiteral("李秀英"), residentId("51070319650412002")));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, data FROM event_log WHERE type = "
                                      "'customer.registered'")));
        QVERIFY(q.next());
        const qint64 seq = q.value(0).toLongLong();
        QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        q.finish();
        // Another value sealed with the same key: it opens, but to another number.
        data.insert(QStringLiteral("id_number"),
                    FieldSeal::seal(t.db().deviceKey(), residentId("44030619880512004")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER event_log_immutable")));
        q.prepare(QStringLiteral("UPDATE event_log SET data = ? WHERE seq = ?"));
        q.addBindValue(QString::fromUtf8(Event::canonicalData(data)));
        q.addBindValue(seq);
        QVERIFY(q.exec());
        const auto v = EventLog::verify(t.db().connection());
        QVERIFY(v);
        QCOMPARE(v->firstBroken, seq);
    }

    void theTokenIsStoredSealed()
    {
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        const QString token = QStringLiteral("hq-token-0123456789abcdef");
        {
            WriteTransaction tx(t.db());
            QVERIFY(SettingStore::setSealed(tx, SettingStore::syncToken(), token).ok());
            QVERIFY(tx.commit().ok());
        }
        const QString stored = SettingStore::get(t.db().connection(), SettingStore::syncToken());
        QVERIFY(FieldSeal::isSealed(stored));
        QCOMPARE(SettingStore::getSealed(t.db(), SettingStore::syncToken()), token);
    }

    // Enrolment sends the device key for escrow and stores the token sealed; the sync
    // client reads it opened. Headquarters here is a loopback stand-in that keeps the body.
    void enrolmentEscrowsTheKeyAndSealsTheToken()
    {
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        QTcpServer hq;
        QVERIFY(hq.listen(QHostAddress::LocalHost));
        QByteArray request;
        connect(&hq, &QTcpServer::newConnection, &hq, [&hq, &request]() {
            QTcpSocket *socket = hq.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &request]() {
                request += socket->readAll();
                const qsizetype headerEnd = request.indexOf("\r\n\r\n");
                const QByteArray head = request.left(headerEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const int length =
                    head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toInt();
                if (headerEnd < 0 || request.size() < headerEnd + 4 + length)
                    return;
                const QByteArray body =
                    "{\"device_id\":\"d-1\",\"token\":\"tok-secret-0123456789\","
                    "\"branch\":{\"code\":\"TZ01\",\"name\":\"x\"}}";
                socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        Enrolment::Request enrol;
        enrol.url = QStringLiteral("http://127.0.0.1:%1").arg(hq.serverPort());
        enrol.code = QStringLiteral("CODE1");
        enrol.deviceName = QStringLiteral("t");
        const Result<DeviceIdentity> done = Enrolment::enroll(t.db(), enrol);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().english()));
        const QJsonObject sent =
            QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(sent.value(QLatin1String("device_key")).toString().toLatin1(),
                 t.db().deviceKey().toBase64());
        QCOMPARE(sent.value(QLatin1String("code")).toString(), QStringLiteral("CODE1"));
        const QString stored = SettingStore::get(t.db().connection(), SyncEngine::tokenKey());
        QVERIFY(FieldSeal::isSealed(stored));
        QCOMPARE(SyncEngine::storedConfig(t.db())->token, QStringLiteral("tok-secret-0123456789"));
    }

    // halldeskctl key rotate: everything sealed again under a new key in one transaction,
    // the chain's hashes unchanged (the rotation is an event of its own after them), the
    // old key file kept for older backups.
    void keyRotationResealsEverything()
    {
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        const QString number = residentId("51070319650412002");
        const Customer c = CustomerService(t.db())
                               .registerCustomer(m_clerk, person(QStringLiteral("李秀英"), number))
                               .value();
        {
            WriteTransaction tx(t.db());
            QVERIFY(SettingStore::setSealed(tx, SettingStore::syncToken(), QStringLiteral("tok-1"))
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        const DeviceKey old = t.db().deviceKey();
        const QString head = EventLog::head(t.db().connection())->hash;
        const QString sealedBefore =
            firstText(t.db(), QStringLiteral("SELECT id_number FROM customer"));
        t.handle().reset();
        QProcess ctl;
        ctl.start(qEnvironmentVariable("HALLDESK_CTL"),
                  {QStringLiteral("--data-dir"), QFileInfo(t.path()).absolutePath(),
                   QStringLiteral("key"), QStringLiteral("rotate")});
        QVERIFY(ctl.waitForFinished(60000));
        QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
        auto db = Database::open(t.path());
        QVERIFY2(db, qPrintable(db.error().english()));
        Database &rotated = *db.value();
        QVERIFY(rotated.deviceKey().id() != old.id());
        QVERIFY(QFile::exists(DeviceKey::fileFor(old.id())));
        QCOMPARE(CustomerService(rotated).findByIdNumber(number)->customerId, c.customerId);
        QCOMPARE(SettingStore::getSealed(rotated, SettingStore::syncToken()),
                 QStringLiteral("tok-1"));
        const auto v = EventLog::verify(rotated.connection());
        QVERIFY(v && v->intact());
        // The chain before is unchanged; the rotation is its own event after it.
        const Event rotation = EventLog::head(rotated.connection()).value();
        QCOMPARE(rotation.type, QStringLiteral("device.key_rotated"));
        QCOMPARE(rotation.prev, head);
        QCOMPARE(rotation.dataObject().value(QLatin1String("old_key_id")).toString(), old.id());
        QCOMPARE(rotation.dataObject().value(QLatin1String("new_key_id")).toString(),
                 rotated.deviceKey().id());
        const QString sealedAfter =
            firstText(rotated, QStringLiteral("SELECT id_number FROM customer"));
        QVERIFY(FieldSeal::isSealed(sealedAfter));
        QVERIFY(!FieldSeal::open(old, sealedAfter)); // the old key no longer opens it
        QVERIFY(FieldSeal::open(old, sealedBefore));
        QSqlQuery q(rotated.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT data FROM event_log WHERE type = 'customer.registered'")));
        QVERIFY(q.next());
        const QString stored = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                   .object()
                                   .value(QLatin1String("id_number"))
                                   .toString();
        QCOMPARE(FieldSeal::open(rotated.deviceKey(), stored).value(), number);
    }

    // A branch of schema 10 (clear numbers, clear token) is sealed in place on its first
    // start with the key: the events keep their hashes, the trigger is back, and neither
    // the file nor its WAL holds a clear number afterwards.
    void anOlderBranchIsSealedInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("halldesk.db"));
        const QString number = residentId("51070319650412002");
        const QString token = QStringLiteral("hq-token-fedcba9876543210");
        QStringList hashes;
        {
            Database::Options old;
            old.migrations = migrationsUpTo(10);
            auto db = Database::open(path, old);
            QVERIFY2(db, qPrintable(db.error().english()));
            writeClearBranch(*db.value(), number, token);
            hashes = allHashes(*db.value());
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().english()));
        Database &upgraded = *db.value();
        QCOMPARE(upgraded.schemaVersion(), 11);
        QVERIFY(!SealUpgrade::pending(upgraded.connection()));
        QCOMPARE(allHashes(upgraded), hashes);
        QVERIFY(EventLog::verify(upgraded.connection())->intact());
        QVERIFY(FieldSeal::isSealed(
            firstText(upgraded, QStringLiteral("SELECT id_number FROM customer"))));
        QCOMPARE(
            firstText(upgraded, QStringLiteral("SELECT id_region || id_last_four FROM customer")),
            number.left(6) + number.right(4));
        QCOMPARE(CustomerService(upgraded).findByIdNumber(number)->name, QStringLiteral("李秀英"));
        QCOMPARE(SettingStore::getSealed(upgraded, SettingStore::syncToken()), token);
        const QList<Event> events = EventLog::after(upgraded.connection(), 0, 10).value();
        QCOMPARE(events.first().dataObject().value(QLatin1String("id_number")).toString(), number);
        QSqlQuery q(upgraded.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE event_log SET staff = 'x'"))); // immutable again
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            const QByteArray bytes = fileBytes(file);
            QVERIFY2(!bytes.contains(number.toLatin1()), qPrintable(file));
            QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(file));
        }
    }

private:
    // What a branch of schema 10 stored: clear rows, clear event data, a clear token.
    void writeClearBranch(Database &db, const QString &number, const QString &token)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO customer(customer_id, customer_no, name, id_type, "
                                 "id_number, created_at, updated_at) VALUES('c1', 'KH1', "
                                 "'李秀英', 'resident_id', ?, '2026-11-23', '2026-11-23')"));
        q.addBindValue(number);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES('sync.token', ?)"));
        q.addBindValue(token);
        QVERIFY(q.exec());
        QSqlQuery insert(db.connection());
        insert.prepare(EventLog::insertSql());
        Event last;
        last.hash = Event::genesisHash();
        for (int i = 0; i < 3; ++i) {
            last =
                EventLog::next(last, QStringLiteral("customer.registered"), QStringLiteral("1001"),
                               {{QStringLiteral("customer_id"), QStringLiteral("c1")},
                                {QStringLiteral("id_number"), number},
                                {QStringLiteral("n"), i}});
            QVERIFY(EventLog::insert(insert, last, DeviceKey()).ok()); // no key: clear
        }
        QVERIFY(fileBytes(db.path() + QStringLiteral("-wal")).contains(number.toLatin1()));
    }

    QStringList allHashes(const Database &db)
    {
        QStringList hashes;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT hash FROM event_log ORDER BY seq"));
        while (q.next())
            hashes.append(q.value(0).toString());
        return hashes;
    }
};

QTEST_GUILESS_MAIN(tst_SealedFields)
#include "tst_sealedfields.moc"
