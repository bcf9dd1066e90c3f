// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sealedheader.h"

#include "core/storage/devicekey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QtEndian>

#include <openssl/rand.h>

namespace {

const QByteArray Magic("HALLDESK BACKUP\n");
const QByteArray SqliteMagic("SQLite format 3\0", 16);
constexpr int MagicSize = 16;
constexpr int SaltSize = 32;
constexpr int KeyCheckSize = 16;
constexpr int DigestSize = 32;
// magic, length, version, chunk size, key id length
constexpr int FixedSize = MagicSize + 2 + 2 + 4 + 1;
constexpr int MaxKeyIdSize = 64;
constexpr int MaxHeaderSize = 4096;
constexpr quint32 MinChunkSize = 4096;
constexpr quint32 MaxChunkSize = 16 << 20;

QByteArray backupKey(const DeviceKey &key)
{
    return key.derive("backup v1");
}

QByteArray keyed(const QByteArray &key, const QByteArray &label, const QByteArray &salt)
{
    return QMessageAuthenticationCode::hash(label + salt, key, QCryptographicHash::Sha256);
}

// The id names a file in the key folder, so it must not be able to name any other file.
bool isSafeKeyId(const QString &id)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return safe.match(id).hasMatch();
}

Error newerFormat(const QString &path)
{
    return Error(QStringLiteral("restore.newer_format"),
                 QT_TRANSLATE_NOOP("Error", "The backup %1 was made by a newer HallDesk version. "
                                            "Update HallDesk on this PC, then restore it. "
                                            "Nothing was changed."),
                 {QDir::toNativeSeparators(path)});
}

} // namespace

Error SealedHeader::altered(const QString &path)
{
    return Error(QStringLiteral("restore.altered"),
                 QT_TRANSLATE_NOOP("Error", "The backup %1 was changed or damaged after it was "
                                            "made; use another backup. Nothing was changed."),
                 {QDir::toNativeSeparators(path)});
}

SealedHeader::Kind SealedHeader::recognise(QFile &file)
{
    const QByteArray start = file.peek(MagicSize);
    if (start == Magic)
        return Kind::Sealed;
    if (start == SqliteMagic)
        return Kind::PlainSqlite;
    // A byte or two changed in the magic is a damaged backup, not some other file.
    int same = 0;
    for (int i = 0; i < start.size(); ++i)
        same += start.at(i) == Magic.at(i) ? 1 : 0;
    return same >= MagicSize - 4 ? Kind::DamagedSealed : Kind::Unknown;
}

SealedHeader SealedHeader::create(const DeviceKey &key, quint32 chunkSize)
{
    SealedHeader h;
    h.m_keyId = key.id();
    h.m_chunkSize = chunkSize;
    h.m_salt = QByteArray(SaltSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(h.m_salt.data()), SaltSize) != 1)
        qFatal("the system's random source failed: no backup can be sealed");
    h.m_keyCheck = keyed(backupKey(key), "key check", h.m_salt).left(KeyCheckSize);
    h.encode();
    return h;
}

void SealedHeader::encode()
{
    const QByteArray id = m_keyId.toLatin1();
    const int length = FixedSize + int(id.size()) + SaltSize + KeyCheckSize + DigestSize;
    QByteArray b = Magic;
    b.resize(FixedSize);
    qToBigEndian<quint16>(quint16(length), b.data() + MagicSize);
    qToBigEndian<quint16>(Version, b.data() + MagicSize + 2);
    qToBigEndian<quint32>(m_chunkSize, b.data() + MagicSize + 4);
    b[FixedSize - 1] = char(id.size());
    b += id + m_salt + m_keyCheck;
    b += QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    m_bytes = b;
}

Result<SealedHeader> SealedHeader::read(QFile &file)
{
    const QByteArray start = file.read(MagicSize + 2);
    if (start.size() != MagicSize + 2 || !start.startsWith(Magic))
        return altered(file.fileName());
    const int length = qFromBigEndian<quint16>(start.constData() + MagicSize);
    if (length <= FixedSize + DigestSize || length > MaxHeaderSize)
        return altered(file.fileName());
    const QByteArray b = start + file.read(length - start.size());
    if (b.size() != length ||
        QCryptographicHash::hash(b.left(length - DigestSize), QCryptographicHash::Sha256) !=
            b.right(DigestSize))
        return altered(file.fileName());
    const quint16 version = qFromBigEndian<quint16>(b.constData() + MagicSize + 2);
    if (version > Version)
        return newerFormat(file.fileName());

    SealedHeader h;
    h.m_chunkSize = qFromBigEndian<quint32>(b.constData() + MagicSize + 4);
    const int idSize = quint8(b.at(FixedSize - 1));
    h.m_keyId = QString::fromLatin1(b.mid(FixedSize, idSize));
    h.m_salt = b.mid(FixedSize + idSize, SaltSize);
    h.m_keyCheck = b.mid(FixedSize + idSize + SaltSize, KeyCheckSize);
    h.m_bytes = b;
    const bool wellFormed = version == Version && idSize <= MaxKeyIdSize &&
                            isSafeKeyId(h.m_keyId) &&
                            length == FixedSize + idSize + SaltSize + KeyCheckSize + DigestSize &&
                            h.m_chunkSize >= MinChunkSize && h.m_chunkSize <= MaxChunkSize;
    if (!wellFormed)
        return altered(file.fileName());
    return h;
}

bool SealedHeader::isUnlockedBy(const DeviceKey &key) const
{
    if (key.isNull())
        return false;
    return keyed(backupKey(key), "key check", m_salt).left(KeyCheckSize) == m_keyCheck;
}

QByteArray SealedHeader::chunkKey(const DeviceKey &key) const
{
    return keyed(backupKey(key), "chunk key", m_salt);
}
