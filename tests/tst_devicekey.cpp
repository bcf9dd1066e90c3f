// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"
#include "core/storage/devicekey.h"
#include "core/storage/fieldseal.h"
#include "core/storage/settingstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The device key and the sealing it gives: what keeps ID numbers and the token unreadable
// in a copy of the data folder.
class TestDeviceKey : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_keys.isValid());
        qputenv("HALLDESK_KEY_DIR", m_keys.path().toUtf8());
    }

    void aDatabaseGetsOneKeyOutsideItsFolder()
    {
        QTemporaryDir data;
        auto db = Database::open(data.filePath(QStringLiteral("halldesk.db")));
        QVERIFY(db);
        // Opening a writable database made its key and holds it.
        const Result<DeviceKey> named = DeviceKey::forDatabase(db.value()->connection());
        QVERIFY(named && !named->isNull());
        QCOMPARE(named->toBase64(), db.value()->deviceKey().toBase64());
        const Result<DeviceKey> made = DeviceKey::ensureFor(*db.value());
        QVERIFY(made && !made->isNull());
        QCOMPARE(SettingStore::get(db.value()->connection(), DeviceKey::keyIdSetting()),
                 made->id());
        const QString file = DeviceKey::fileFor(made->id());
        QVERIFY(file.startsWith(m_keys.path()));
        QCOMPARE(QFile::permissions(file) & 0x0077, QFileDevice::Permissions());
        const Result<DeviceKey> again = DeviceKey::ensureFor(*db.value());
        QVERIFY(again);
        QCOMPARE(again->toBase64(), made->toBase64());
    }

    void aMissingKeyIsAClearRefusal()
    {
        QTemporaryDir data;
        auto db = Database::open(data.filePath(QStringLiteral("halldesk.db")));
        const Result<DeviceKey> made = DeviceKey::ensureFor(*db.value());
        QVERIFY(QFile::remove(DeviceKey::fileFor(made->id())));
        const Result<DeviceKey> lost = DeviceKey::forDatabase(db.value()->connection());
        QVERIFY(!lost);
        QCOMPARE(lost.error().code(), QStringLiteral("key.missing"));
        QVERIFY(lost.error().english().contains(QStringLiteral("device-key")));
    }

    void aKeyIsNeverOverwritten()
    {
        const DeviceKey key = DeviceKey::generate(QStringLiteral("k1"));
        QVERIFY(key.save());
        QVERIFY(!DeviceKey::generate(QStringLiteral("k1")).save());
        QCOMPARE(DeviceKey::load(QStringLiteral("k1"))->toBase64(), key.toBase64());
    }

    void sealingHidesAndDetectsChanges()
    {
        const DeviceKey key = DeviceKey::generate(QStringLiteral("k2"));
        const QString number = QStringLiteral("11010519491231002X");
        const QString a = FieldSeal::seal(key, number);
        const QString b = FieldSeal::seal(key, number);
        QVERIFY(FieldSeal::isSealed(a));
        QVERIFY(!a.contains(QStringLiteral("1949")));
        QVERIFY(a != b); // a fresh nonce each time
        QCOMPARE(FieldSeal::open(key, a).value(), number);

        QString changed = a;
        changed[20] = changed[20] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(FieldSeal::open(key, changed).error().code(), QStringLiteral("seal.altered"));
        const DeviceKey other = DeviceKey::generate(QStringLiteral("k3"));
        QVERIFY(!FieldSeal::open(other, a));
    }

    void theBlindIndexIsKeyed()
    {
        const DeviceKey key = DeviceKey::generate(QStringLiteral("k4"));
        const DeviceKey other = DeviceKey::generate(QStringLiteral("k5"));
        const QString number = QStringLiteral("11010519491231002X");
        QCOMPARE(FieldSeal::blindIndex(key, number), FieldSeal::blindIndex(key, number));
        QCOMPARE(FieldSeal::blindIndex(key, number).size(), 32);
        QVERIFY(FieldSeal::blindIndex(key, number) != FieldSeal::blindIndex(other, number));
        QVERIFY(FieldSeal::blindIndex(key, number) !=
                FieldSeal::blindIndex(key, QStringLiteral("110105194912310038")));
    }

private:
    QTemporaryDir m_keys;
};

QTEST_GUILESS_MAIN(TestDeviceKey)
#include "tst_devicekey.moc"
