// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

class Database;

// The terminal's secret: 32 random bytes that seal ID numbers and the headquarters token in
// the database and encrypt its backups. It lives outside the data folder (so a copy of the
// folder or a backup is useless without it), in a file named by the key id the database
// records; headquarters holds a copy from enrolment so a branch restored on a new PC can
// read its data. See docs/SECURITY.md for its life.
class DeviceKey
{
public:
    static constexpr int Size = 32;

    DeviceKey() = default;

    // Where key files live: $HALLDESK_KEY_DIR, or "halldesk/keys" in the user's
    // configuration folder (~/.config on Debian), never inside a data folder.
    static QString folder();
    static QString fileFor(const QString &keyId);
    // The setting that names a database's key.
    static QString keyIdSetting() { return QStringLiteral("storage.key_id"); }

    // The key this database names, read from its file. Null (no error) when the database
    // names none yet; an Error when the file is missing or damaged.
    static Result<DeviceKey> forDatabase(const QSqlDatabase &db);
    // The same, creating the key and recording its id when the database names none.
    static Result<DeviceKey> ensureFor(Database &db);

    // A new random key (not yet saved).
    static DeviceKey generate(const QString &keyId);
    static Result<DeviceKey> load(const QString &keyId);
    static Result<DeviceKey> readFile(const QString &path, const QString &keyId);
    // From the escrowed copy headquarters prints (standard base64 of the 32 bytes).
    static Result<DeviceKey> fromBase64(const QString &keyId, const QByteArray &text);
    // Saves to path owner-only (0600, the folder 0700); never overwrites another key.
    Status writeFile(const QString &path) const;
    Status save() const { return writeFile(fileFor(m_id)); }

    bool isNull() const { return m_bytes.isEmpty(); }
    const QString &id() const { return m_id; }
    QByteArray toBase64() const { return m_bytes.toBase64(); }
    // A key of its own for one purpose (HKDF-SHA256 with the purpose as info), so sealing
    // fields, indexing them and encrypting backups never share a key.
    QByteArray derive(const QByteArray &purpose) const;

private:
    static QByteArray hkdf(const QByteArray &secret, const QByteArray &purpose);
    DeviceKey(QString id, QByteArray bytes) : m_id(std::move(id)), m_bytes(std::move(bytes)) {}

    QString m_id;
    QByteArray m_bytes;
};
