// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

class DeviceKey;
class QFile;

// The plain header in front of a sealed backup: enough to find the key that opens it and
// nothing about what it holds. Big-endian, in this order:
//   magic "HALLDESK BACKUP\n" (16) | header length (2) | format version (2) | chunk size (4)
//   | key id length (1) | key id | salt (32) | key check (16) | SHA-256 of all before (32)
// The length comes before the version so any later version's header can still be checked
// for damage. The digest only tells damage from a newer format; the authentication is the
// keyed tag of every chunk, which binds these bytes too.
class SealedHeader
{
public:
    static constexpr quint16 Version = 1;
    static constexpr quint32 DefaultChunkSize = 1 << 20;

    // What the first bytes of a file say it is.
    enum class Kind { Sealed, DamagedSealed, PlainSqlite, Unknown };
    static Kind recognise(QFile &file);

    // A new header for content sealed with key: a fresh random salt, so every backup has
    // keys of its own even under the same device key.
    static SealedHeader create(const DeviceKey &key, quint32 chunkSize = DefaultChunkSize);
    // Reads and checks the header at the start of file; the file is left at the first chunk.
    static Result<SealedHeader> read(QFile &file);

    // The refusal for a sealed file whose header or chunks do not check out.
    static Error altered(const QString &path);

    // True when key is the one this header was made with.
    bool isUnlockedBy(const DeviceKey &key) const;
    // The AES-256 key of this file's chunks.
    QByteArray chunkKey(const DeviceKey &key) const;

    const QString &keyId() const { return m_keyId; }
    quint32 chunkSize() const { return m_chunkSize; }
    // The header as stored: written in front of the chunks and bound into each one.
    const QByteArray &bytes() const { return m_bytes; }

private:
    SealedHeader() = default;
    void encode();

    QString m_keyId;
    quint32 m_chunkSize = DefaultChunkSize;
    QByteArray m_salt;
    QByteArray m_keyCheck;
    QByteArray m_bytes;
};
