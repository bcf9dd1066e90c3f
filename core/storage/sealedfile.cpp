// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sealedfile.h"

#include "core/storage/devicekey.h"
#include "core/storage/sealedheader.h"

#include <QIODevice>
#include <QtEndian>

#include <openssl/evp.h>

#include <memory>

namespace {

constexpr int NonceSize = 12;
constexpr int TagSize = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

// The chunk key is the file's own, so a counter never repeats a nonce under one key.
QByteArray nonceFor(quint64 index)
{
    QByteArray nonce(NonceSize, '\0');
    qToBigEndian<quint64>(index, nonce.data() + NonceSize - 8);
    return nonce;
}

QByteArray associatedData(const SealedHeader &header, quint64 index, bool last)
{
    QByteArray aad = header.bytes();
    const qsizetype at = aad.size();
    aad.resize(at + 9);
    qToBigEndian<quint64>(index, aad.data() + at);
    aad[at + 8] = last ? 1 : 0;
    return aad;
}

class ChunkCipher
{
public:
    ChunkCipher(const SealedHeader &header, const DeviceKey &key)
        : m_header(header), m_key(header.chunkKey(key)),
          m_ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free)
    {
    }

    // The chunk's ciphertext followed by its tag.
    QByteArray encrypt(const QByteArray &plain, quint64 index, bool last)
    {
        const QByteArray nonce = nonceFor(index);
        const QByteArray aad = associatedData(m_header, index, last);
        QByteArray out(plain.size() + TagSize, Qt::Uninitialized);
        int len = 0;
        EVP_CIPHER_CTX *c = m_ctx.get();
        int ok = EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce));
        ok &= EVP_EncryptUpdate(c, nullptr, &len, bytes(aad), int(aad.size()));
        ok &= EVP_EncryptUpdate(c, bytes(out), &len, bytes(plain), int(plain.size()));
        ok &= EVP_EncryptFinal_ex(c, bytes(out) + len, &len);
        ok &= EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, TagSize, bytes(out) + plain.size());
        if (ok != 1)
            qFatal("AES-256-GCM failed: the OpenSSL library is unusable");
        return out;
    }

    // False when the tag does not match: the chunk, its place or the header was changed.
    bool decrypt(const QByteArray &sealed, quint64 index, bool last, QByteArray *plain)
    {
        if (sealed.size() < TagSize)
            return false;
        const QByteArray nonce = nonceFor(index);
        const QByteArray aad = associatedData(m_header, index, last);
        const int textSize = int(sealed.size()) - TagSize;
        QByteArray tag = sealed.right(TagSize);
        plain->resize(textSize);
        int len = 0;
        EVP_CIPHER_CTX *c = m_ctx.get();
        int ok = EVP_DecryptInit_ex(c, EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce));
        ok &= EVP_DecryptUpdate(c, nullptr, &len, bytes(aad), int(aad.size()));
        ok &= EVP_DecryptUpdate(c, bytes(*plain), &len, bytes(sealed), textSize);
        ok &= EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, TagSize, bytes(tag));
        ok &= EVP_DecryptFinal_ex(c, bytes(*plain) + len, &len);
        return ok == 1;
    }

private:
    const SealedHeader &m_header;
    QByteArray m_key;
    CipherContext m_ctx;
};

bool writeAll(QIODevice &out, const QByteArray &data)
{
    return out.write(data) == data.size();
}

} // namespace

SealedFile::Outcome SealedFile::seal(const DeviceKey &key, QIODevice &plain, QIODevice &sealed)
{
    const SealedHeader header = SealedHeader::create(key);
    ChunkCipher cipher(header, key);
    if (!writeAll(sealed, header.bytes()))
        return Outcome::WriteFailed;
    const qint64 size = header.chunkSize();
    // One chunk read ahead: the last chunk must know it is the last.
    QByteArray current = plain.read(size);
    for (quint64 index = 0;; ++index) {
        QByteArray next = current.size() == size ? plain.read(size) : QByteArray();
        const bool last = next.isEmpty();
        if (!writeAll(sealed, cipher.encrypt(current, index, last)))
            return Outcome::WriteFailed;
        // A read that failed half-way also looks like the end: it leaves the file short of it.
        if (last)
            return plain.atEnd() ? Outcome::Done : Outcome::ReadFailed;
        current = std::move(next);
    }
}

SealedFile::Outcome SealedFile::open(const DeviceKey &key, const SealedHeader &header,
                                     QIODevice &sealed, QIODevice &plain)
{
    ChunkCipher cipher(header, key);
    const qint64 sealedSize = qint64(header.chunkSize()) + TagSize;
    QByteArray text;
    for (quint64 index = 0;; ++index) {
        const QByteArray chunk = sealed.read(sealedSize);
        const bool last = sealed.atEnd();
        if (chunk.size() != sealedSize && !last)
            return Outcome::ReadFailed;
        if (!cipher.decrypt(chunk, index, last, &text))
            return Outcome::Altered;
        if (!writeAll(plain, text))
            return Outcome::WriteFailed;
        if (last)
            return Outcome::Done;
    }
}
