// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Backups sealed with the device key: a stick with one on it yields no ID number and no
// token, a backup changed in any byte is refused, and a new PC restores with the key file.
#include "core/common/idnumber.h"
#include "core/customers/customerservice.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/devicekey.h"
#include "core/storage/eventlog.h"
#include "core/storage/sealedfile.h"
#include "core/storage/sealedheader.h"
#include "core/storage/settingstore.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <memory>

namespace {

const QString Token = QStringLiteral("hq-token-5f2c9a71e04b4d7f8a3e6c1b2d9f0e47");
constexpr qint64 SealedChunk = (1 << 20) + 16; // a 1 MiB chunk and its tag

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile::remove(path);
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The database file and the names beside it: what a refused restore must leave alone.
QByteArray fingerprint(const QString &dbPath)
{
    const QFileInfo db(dbPath);
    QByteArray print = QCryptographicHash::hash(readAll(dbPath), QCryptographicHash::Sha256);
    print += db.dir().entryList(QDir::Files | QDir::Hidden, QDir::Name).join(u'|').toUtf8();
    return print;
}

bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions all =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (QFile::permissions(path) & all) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

int headerLength(const QByteArray &sealed)
{
    return qFromBigEndian<quint16>(sealed.constData() + 16);
}

} // namespace

class tst_SealedBackup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void everySizeRoundTrips_data();
    void everySizeRoundTrips();
    void roundTripKeepsEverything();
    void backupIsOwnerOnlyAndLeavesNoPlainCopy();
    void rawBytesHoldNoIdNumberAndNoToken();
    void alteredBackupIsRefused_data();
    void alteredBackupIsRefused();
    void newPcRestoresWithTheKeyFileOnly();
    void wrongKeyFileIsRefused();
    void refusalAfterDecryptingLeavesNoKeyBehind();
    void plainBackupOfAnEarlierVersionNeedsConsent();
    void otherFileIsNotABackup();

private:
    QString backupOfSeededBranch(bool breakChain = false);
    QString keyIdOf(const QString &dbPath);

    std::unique_ptr<QTemporaryDir> m_keys;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<TestDatabase> m_branch;
    QString m_idNumber;
};

void tst_SealedBackup::init()
{
    m_keys = std::make_unique<QTemporaryDir>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_keys->isValid() && m_work->isValid());
    qputenv("HALLDESK_KEY_DIR", m_keys->path().toUtf8());
    m_branch = std::make_unique<TestDatabase>();
    QVERIFY2(m_branch->open(), qPrintable(m_branch->problem()));
}

// A branch with a customer, the token, and enough other data for four chunks.
QString tst_SealedBackup::backupOfSeededBranch(bool breakChain)
{
    NewCustomer c;
    c.name = QStringLiteral("周建国");
    const QString body = QStringLiteral("51072219700101001");
    m_idNumber = body + IdNumber::checkCharacter(body);
    c.idNumber = m_idNumber;
    const Result<Customer> customer =
        CustomerService(m_branch->db()).registerCustomer(TestDatabase::console(), c);
    if (!customer)
        qWarning() << customer.error().english();
    QSqlQuery q(m_branch->db().connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("sync.token"));
    q.addBindValue(Token);
    q.exec();
    q.exec(QStringLiteral("CREATE TABLE ballast(b BLOB)"));
    q.exec(QStringLiteral("INSERT INTO ballast VALUES (randomblob(3500000))"));
    if (breakChain) {
        q.exec(QStringLiteral("DROP TRIGGER event_log_immutable"));
        q.exec(QStringLiteral("UPDATE event_log SET data = '{}' WHERE seq = 1"));
    }
    const QString file = m_work->filePath(QStringLiteral("usb/branch.halldesk"));
    const Status written = Backup::write(m_branch->db(), file);
    if (!written)
        qWarning() << written.error().english();
    return file;
}

QString tst_SealedBackup::keyIdOf(const QString &dbPath)
{
    auto db = Database::open(dbPath);
    return db ? SettingStore::get(db.value()->connection(), DeviceKey::keyIdSetting()) : QString();
}

void tst_SealedBackup::everySizeRoundTrips_data()
{
    QTest::addColumn<int>("size");
    const int chunk = 1 << 20;
    for (int size : {0, 1, chunk - 1, chunk, chunk + 1, 2 * chunk})
        QTest::addRow("%d bytes", size) << size;
}

// The last chunk knows it is the last, also when the content ends on a chunk boundary.
void tst_SealedBackup::everySizeRoundTrips()
{
    QFETCH(int, size);
    QByteArray content(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        content[i] = char(i * 7919 >> 3);
    const QString plainPath = m_work->filePath(QStringLiteral("plain"));
    const QString sealedPath = m_work->filePath(QStringLiteral("sealed"));
    const QString openedPath = m_work->filePath(QStringLiteral("opened"));
    QVERIFY(writeAll(plainPath, content));
    const DeviceKey key = DeviceKey::generate(QStringLiteral("sizes"));
    {
        QFile plain(plainPath);
        QFile sealed(sealedPath);
        QVERIFY(plain.open(QIODevice::ReadOnly) && sealed.open(QIODevice::WriteOnly));
        QCOMPARE(SealedFile::seal(key, plain, sealed), SealedFile::Outcome::Done);
    }
    QFile sealed(sealedPath);
    QFile opened(openedPath);
    QVERIFY(sealed.open(QIODevice::ReadOnly) && opened.open(QIODevice::WriteOnly));
    QCOMPARE(SealedHeader::recognise(sealed), SealedHeader::Kind::Sealed);
    const Result<SealedHeader> header = SealedHeader::read(sealed);
    QVERIFY(header && header->isUnlockedBy(key));
    QVERIFY(!header->isUnlockedBy(DeviceKey::generate(QStringLiteral("sizes"))));
    QCOMPARE(SealedFile::open(key, header.value(), sealed, opened), SealedFile::Outcome::Done);
    opened.close();
    QCOMPARE(readAll(openedPath), content);
}

void tst_SealedBackup::roundTripKeepsEverything()
{
    const QString file = backupOfSeededBranch();
    QVERIFY(QFile::exists(file));
    const qint64 events = m_branch->eventCount();
    const QString restoredPath = m_work->filePath(QStringLiteral("other/halldesk.db"));
    QVERIFY(QDir().mkpath(QFileInfo(restoredPath).absolutePath()));
    const Result<Backup::Restored> restored = Backup::restore(file, restoredPath);
    QVERIFY2(restored, qPrintable(restored.error().english()));
    QVERIFY(restored->wasSealed);
    QVERIFY(restored->kept.isEmpty());
    QVERIFY(restored->savedKey.isEmpty()); // the key was already here

    auto db = Database::open(restoredPath);
    QVERIFY(db);
    QCOMPARE(SettingStore::get(db.value()->connection(), QStringLiteral("sync.token")), Token);
    QVERIFY(CustomerService(*db.value()).findByIdNumber(m_idNumber));
    QCOMPARE(EventLog::count(db.value()->connection()).value(), events);
    QVERIFY(EventLog::verify(db.value()->connection())->intact());
    QVERIFY(!QFile::exists(restoredPath + QStringLiteral(".restoring")));
}

void tst_SealedBackup::backupIsOwnerOnlyAndLeavesNoPlainCopy()
{
    const QString file = backupOfSeededBranch();
    QVERIFY(ownerOnly(file));
    QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
    const QStringList dataFiles =
        QFileInfo(m_branch->path()).dir().entryList({QStringLiteral("*.backup.*")}, QDir::Files);
    QVERIFY2(dataFiles.isEmpty(), qPrintable(dataFiles.join(u' ')));
    // Never overwritten, also now.
    QCOMPARE(Backup::write(m_branch->db(), file).error().code(), QStringLiteral("backup.exists"));
}

void tst_SealedBackup::rawBytesHoldNoIdNumberAndNoToken()
{
    const QByteArray raw = readAll(backupOfSeededBranch());
    QVERIFY(raw.size() > 3 * SealedChunk);
    QVERIFY(raw.startsWith("HALLDESK BACKUP\n"));
    QVERIFY(!raw.contains(m_idNumber.toUtf8()));
    QVERIFY(!raw.contains(m_idNumber.left(14).toUtf8()));
    QVERIFY(!raw.contains(Token.toUtf8()));
    QVERIFY(!raw.contains("SQLite format 3"));
    QVERIFY(!raw.contains(DeviceKey::load(keyIdOf(m_branch->path()))->toBase64()));
}

void tst_SealedBackup::alteredBackupIsRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("byte in the magic") << QStringLiteral("magic");
    QTest::newRow("byte in the salt") << QStringLiteral("salt");
    QTest::newRow("byte in the chunk size") << QStringLiteral("chunksize");
    QTest::newRow("byte in the key id") << QStringLiteral("keyid");
    QTest::newRow("byte in a middle chunk") << QStringLiteral("middle");
    QTest::newRow("byte in the last chunk") << QStringLiteral("last");
    QTest::newRow("byte in the last tag") << QStringLiteral("tag");
    QTest::newRow("cut inside a chunk") << QStringLiteral("truncate");
    QTest::newRow("cut at a chunk boundary") << QStringLiteral("boundary");
    QTest::newRow("only the header") << QStringLiteral("headeronly");
    QTest::newRow("a byte appended") << QStringLiteral("append");
    QTest::newRow("two chunks swapped") << QStringLiteral("swap");
    QTest::newRow("a chunk repeated") << QStringLiteral("repeat");
}

void tst_SealedBackup::alteredBackupIsRefused()
{
    QFETCH(QString, change);
    const QByteArray good = readAll(backupOfSeededBranch());
    QVERIFY(good.size() > 3 * SealedChunk);
    const int head = headerLength(good);
    QByteArray bad = good;
    const auto flip = [&bad](qint64 at) { bad[at] = char(bad.at(at) ^ 0x20); };
    if (change == QLatin1String("magic"))
        flip(3);
    else if (change == QLatin1String("salt"))
        flip(head - 60);
    else if (change == QLatin1String("chunksize"))
        flip(21);
    else if (change == QLatin1String("keyid"))
        flip(26);
    else if (change == QLatin1String("middle"))
        flip(head + SealedChunk + 1000);
    else if (change == QLatin1String("last"))
        flip(bad.size() - 100);
    else if (change == QLatin1String("tag"))
        flip(bad.size() - 1);
    else if (change == QLatin1String("truncate"))
        bad.chop(1000);
    else if (change == QLatin1String("boundary"))
        bad.truncate(head + 3 * SealedChunk);
    else if (change == QLatin1String("headeronly"))
        bad.truncate(head);
    else if (change == QLatin1String("append"))
        bad.append('\0');
    else if (change == QLatin1String("swap"))
        bad.replace(head, 2 * SealedChunk,
                    good.mid(head + SealedChunk, SealedChunk) + good.mid(head, SealedChunk));
    else if (change == QLatin1String("repeat"))
        bad.replace(head + SealedChunk, SealedChunk, good.mid(head, SealedChunk));
    QVERIFY(bad != good);
    const QString tampered = m_work->filePath(QStringLiteral("tampered.halldesk"));
    QVERIFY(writeAll(tampered, bad));

    const QString dbPath = m_branch->path();
    m_branch->handle().reset();
    const QByteArray before = fingerprint(dbPath);
    const Result<Backup::Restored> restored = Backup::restore(tampered, dbPath);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code(), QStringLiteral("restore.altered"));
    QVERIFY(restored.error().english().contains(QLatin1String("changed or damaged")));
    QVERIFY(restored.error().english().contains(QLatin1String("Nothing was changed")));
    QCOMPARE(fingerprint(dbPath), before);
}

void tst_SealedBackup::newPcRestoresWithTheKeyFileOnly()
{
    const QString file = backupOfSeededBranch();
    const QString keyId = keyIdOf(m_branch->path());
    const QString oldKeyFile = m_work->filePath(QStringLiteral("old-pc.key"));
    QVERIFY(QFile::copy(DeviceKey::fileFor(keyId), oldKeyFile));

    QTemporaryDir newKeys;
    QTemporaryDir newData;
    qputenv("HALLDESK_KEY_DIR", newKeys.path().toUtf8());
    const QString dbPath = newData.filePath(QStringLiteral("halldesk.db"));

    const Result<Backup::Restored> refused = Backup::restore(file, dbPath);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), QStringLiteral("key.missing"));
    QVERIFY(refused.error().english().contains(keyId));
    QVERIFY(refused.error().english().contains(QLatin1String("--key-file")));
    QVERIFY(QDir(newData.path()).isEmpty());
    QVERIFY(QDir(newKeys.path()).isEmpty());

    Backup::RestoreOptions options;
    options.keyFile = oldKeyFile;
    const Result<Backup::Restored> restored = Backup::restore(file, dbPath, options);
    QVERIFY2(restored, qPrintable(restored.error().english()));
    QCOMPARE(restored->savedKey, DeviceKey::fileFor(keyId));
    QVERIFY(restored->savedKey.startsWith(newKeys.path()));
    QVERIFY(ownerOnly(restored->savedKey));
    auto db = Database::open(dbPath);
    QVERIFY(db);
    const Result<DeviceKey> key = DeviceKey::forDatabase(db.value()->connection());
    QVERIFY2(key && !key->isNull(), qPrintable(key.error().english()));
    QCOMPARE(SettingStore::get(db.value()->connection(), QStringLiteral("sync.token")), Token);
    QVERIFY(CustomerService(*db.value()).findByIdNumber(m_idNumber));
}

void tst_SealedBackup::wrongKeyFileIsRefused()
{
    const QString file = backupOfSeededBranch();
    QTemporaryDir newKeys;
    qputenv("HALLDESK_KEY_DIR", newKeys.path().toUtf8());
    const QString otherKey = m_work->filePath(QStringLiteral("other.key"));
    QVERIFY(DeviceKey::generate(QStringLiteral("other")).writeFile(otherKey));
    const QString dbPath = m_work->filePath(QStringLiteral("new/halldesk.db"));

    Backup::RestoreOptions options;
    options.keyFile = otherKey;
    const Result<Backup::Restored> wrong = Backup::restore(file, dbPath, options);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), QStringLiteral("restore.wrong_key"));
    options.keyFile = m_work->filePath(QStringLiteral("no-such.key"));
    QCOMPARE(Backup::restore(file, dbPath, options).error().code(),
             QStringLiteral("restore.key_file"));
    QVERIFY(!QFile::exists(dbPath));
    QVERIFY(QDir(newKeys.path()).isEmpty());
}

// The key is saved only for a restore that goes through: one refused after decrypting (here
// for a broken chain) leaves the new PC's key folder as it was.
void tst_SealedBackup::refusalAfterDecryptingLeavesNoKeyBehind()
{
    const QString file = backupOfSeededBranch(true);
    const QString keyFile = DeviceKey::fileFor(keyIdOf(m_branch->path()));

    QTemporaryDir newKeys;
    QTemporaryDir newData;
    qputenv("HALLDESK_KEY_DIR", newKeys.path().toUtf8());
    Backup::RestoreOptions options;
    options.keyFile = keyFile;
    const QString dbPath = newData.filePath(QStringLiteral("halldesk.db"));
    const Result<Backup::Restored> refused = Backup::restore(file, dbPath, options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), QStringLiteral("restore.chain_broken"));
    QVERIFY(QDir(newKeys.path()).isEmpty());
    QVERIFY(QDir(newData.path()).isEmpty());
}

// A copy written by the version before sealing: plain SQLite, accepted only when asked for.
void tst_SealedBackup::plainBackupOfAnEarlierVersionNeedsConsent()
{
    const QString plain = m_work->filePath(QStringLiteral("2026-11-23.halldesk"));
    QSqlQuery q(m_branch->db().connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(plain);
    QVERIFY(q.exec());
    QSqlQuery(m_branch->db().connection())
        .exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('after.backup', 'x')"));
    const QString dbPath = m_branch->path();
    m_branch->handle().reset();
    const QByteArray before = fingerprint(dbPath);

    const Result<Backup::Restored> refused = Backup::restore(plain, dbPath);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), QStringLiteral("restore.unencrypted"));
    QVERIFY(refused.error().english().contains(QLatin1String("--unencrypted")));
    QCOMPARE(fingerprint(dbPath), before);

    Backup::RestoreOptions options;
    options.allowUnencrypted = true;
    const Result<Backup::Restored> restored = Backup::restore(plain, dbPath, options);
    QVERIFY2(restored, qPrintable(restored.error().english()));
    QVERIFY(!restored->wasSealed);
    QVERIFY(QFile::exists(restored->kept));
    auto db = Database::open(dbPath);
    QVERIFY(db);
    QVERIFY(SettingStore::get(db.value()->connection(), QStringLiteral("after.backup")).isEmpty());
}

void tst_SealedBackup::otherFileIsNotABackup()
{
    const QString other = m_work->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeAll(other, QByteArray("Monday: call the water company\n").repeated(100)));
    const QString dbPath = m_branch->path();
    m_branch->handle().reset();
    const QByteArray before = fingerprint(dbPath);
    const Result<Backup::Restored> refused = Backup::restore(other, dbPath);
    QCOMPARE(refused.error().code(), QStringLiteral("restore.not_backup"));
    QCOMPARE(fingerprint(dbPath), before);
}

QTEST_GUILESS_MAIN(tst_SealedBackup)
#include "tst_sealedbackup.moc"
