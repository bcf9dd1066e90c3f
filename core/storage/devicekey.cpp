// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/devicekey.h"

#include "core/storage/database.h"
#include "core/storage/privatefiles.h"
#include "core/storage/settingstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <unistd.h>

namespace {

Error missingKey(const QString &keyId)
{
    return Error(QStringLiteral("key.missing"),
                 QT_TRANSLATE_NOOP("Error", "The device key %1 that unlocks this database is not "
                                            "on this computer. Put the key file in %2 (from the "
                                            "old PC, or from headquarters: halldesk-hq "
                                            "device-key), then start again."),
                 {keyId, QDir::toNativeSeparators(DeviceKey::folder())});
}

Error damagedKey(const QString &path)
{
    return Error(QStringLiteral("key.damaged"),
                 QT_TRANSLATE_NOOP("Error", "The device key file %1 is damaged (it must hold 32 "
                                            "bytes). Replace it with the copy headquarters holds."),
                 {QDir::toNativeSeparators(path)});
}

} // namespace

QString DeviceKey::folder()
{
    const QString env = qEnvironmentVariable("HALLDESK_KEY_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/halldesk/keys");
}

QString DeviceKey::fileFor(const QString &keyId)
{
    return folder() + QLatin1Char('/') + keyId + QStringLiteral(".key");
}

DeviceKey DeviceKey::generate(const QString &keyId)
{
    QByteArray bytes(Size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), Size) != 1)
        qFatal("the system's random source failed: no device key can be made");
    return DeviceKey(keyId, bytes);
}

Result<DeviceKey> DeviceKey::readFile(const QString &path, const QString &keyId)
{
    QFile file(path);
    if (!file.exists())
        return missingKey(keyId);
    if (!file.open(QIODevice::ReadOnly))
        return damagedKey(path);
    // The file holds the key as base64 on one line: the same text headquarters prints.
    return fromBase64(keyId, file.readAll().trimmed());
}

Result<DeviceKey> DeviceKey::load(const QString &keyId)
{
    return readFile(fileFor(keyId), keyId);
}

Result<DeviceKey> DeviceKey::fromBase64(const QString &keyId, const QByteArray &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Size)
        return damagedKey(fileFor(keyId));
    return DeviceKey(keyId, decoded.decoded);
}

Status DeviceKey::writeFile(const QString &path) const
{
    const Error cannot(QStringLiteral("key.write"),
                       QT_TRANSLATE_NOOP("Error", "The device key could not be saved in %1. Check "
                                                  "that the folder is writable, then try again."),
                       {QDir::toNativeSeparators(path)});
    if (!PrivateFiles::createFolder(QFileInfo(path).absolutePath()))
        return cannot;
    QFile file(path);
    // NewOnly: a key is never overwritten; losing one would lose the data it seals.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return cannot;
    const QByteArray line = toBase64() + '\n';
    if (file.write(line) != line.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        file.remove();
        return cannot;
    }
    return success();
}

Result<DeviceKey> DeviceKey::forDatabase(const QSqlDatabase &db)
{
    const QString keyId = SettingStore::get(db, keyIdSetting());
    if (keyId.isEmpty())
        return DeviceKey();
    return load(keyId);
}

Result<DeviceKey> DeviceKey::ensureFor(Database &db)
{
    Result<DeviceKey> known = forDatabase(db.connection());
    if (!known || !known->isNull())
        return known;
    const DeviceKey key = generate(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (const Status saved = key.save(); !saved)
        return saved.error();
    // Recorded like the schema version: storage housekeeping, not a clerk action.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?)"));
    q.addBindValue(keyIdSetting());
    q.addBindValue(key.id());
    if (!q.exec()) {
        QFile::remove(fileFor(key.id()));
        return Database::errorFrom(q.lastError());
    }
    return key;
}

QByteArray DeviceKey::derive(const QByteArray &purpose) const
{
    // A search that opens thousands of sealed values derives the same key each time:
    // remembered per thread (keys are few; each thread owns its own connection).
    thread_local QHash<QByteArray, QByteArray> derived;
    const QByteArray cacheKey = m_bytes + purpose;
    if (const auto known = derived.constFind(cacheKey); known != derived.constEnd())
        return known.value();
    const QByteArray out = hkdf(m_bytes, purpose);
    derived.insert(cacheKey, out);
    return out;
}

QByteArray DeviceKey::hkdf(const QByteArray &secret, const QByteArray &purpose)
{
    QByteArray out(Size, Qt::Uninitialized);
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_KEY, const_cast<char *>(secret.constData()), size_t(secret.size())),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_INFO, const_cast<char *>(purpose.constData()), size_t(purpose.size())),
        OSSL_PARAM_construct_end()};
    const int ok = ctx ? EVP_KDF_derive(ctx, reinterpret_cast<unsigned char *>(out.data()),
                                        size_t(out.size()), params)
                       : 0;
    EVP_KDF_CTX_free(ctx);
    if (ok != 1)
        qFatal("HKDF-SHA256 failed: the OpenSSL library is unusable");
    return out;
}
