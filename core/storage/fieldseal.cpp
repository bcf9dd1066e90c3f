// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fieldseal.h"

#include "core/storage/devicekey.h"

#include <QMessageAuthenticationCode>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace {

constexpr int NonceSize = 12;
constexpr int TagSize = 16;
const QLatin1String Prefix("sealed:v1:");
// Bound into every tag, so a sealed field cannot pass for another kind of sealed data.
const QByteArray Context("halldesk field v1");

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

Error altered()
{
    return Error(QStringLiteral("seal.altered"),
                 QT_TRANSLATE_NOOP("Error", "A protected value in the database was altered or "
                                            "belongs to another device key. Restore the database "
                                            "from a backup, or put back this branch's own key."));
}

} // namespace

bool FieldSeal::isSealed(const QString &text)
{
    return text.startsWith(Prefix);
}

QString FieldSeal::seal(const DeviceKey &key, const QString &plain)
{
    const QByteArray k = key.derive("field seal v1");
    const QByteArray in = plain.toUtf8();
    QByteArray out(NonceSize + in.size() + TagSize, Qt::Uninitialized);
    RAND_bytes(bytes(out), NonceSize);
    CipherContext ctx = newContext();
    int len = 0;
    int ok = EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(k), bytes(out));
    ok &= EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(Context), int(Context.size()));
    ok &= EVP_EncryptUpdate(ctx.get(), bytes(out) + NonceSize, &len, bytes(in), int(in.size()));
    ok &= EVP_EncryptFinal_ex(ctx.get(), bytes(out) + NonceSize + len, &len);
    ok &= EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize,
                              bytes(out) + NonceSize + in.size());
    if (ok != 1)
        qFatal("AES-256-GCM failed: the OpenSSL library is unusable");
    return Prefix + QString::fromLatin1(out.toBase64(QByteArray::Base64UrlEncoding |
                                                     QByteArray::OmitTrailingEquals));
}

Result<QString> FieldSeal::open(const DeviceKey &key, const QString &sealed)
{
    if (!isSealed(sealed))
        return altered();
    const auto decoded = QByteArray::fromBase64Encoding(
        sealed.mid(Prefix.size()).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &in = decoded.decoded;
    if (!decoded || in.size() < NonceSize + TagSize)
        return altered();
    const QByteArray k = key.derive("field seal v1");
    const int textSize = int(in.size()) - NonceSize - TagSize;
    QByteArray plain(textSize, Qt::Uninitialized);
    QByteArray tag = in.right(TagSize);
    CipherContext ctx = newContext();
    int len = 0;
    int ok = EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(k), bytes(in));
    ok &= EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(Context), int(Context.size()));
    ok &= EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, bytes(in) + NonceSize, textSize);
    ok &= EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, bytes(tag));
    // The tag is checked here: a changed byte or another key fails.
    ok &= EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + len, &len);
    if (ok != 1)
        return altered();
    return QString::fromUtf8(plain);
}

QString FieldSeal::blindIndex(const DeviceKey &key, const QString &value)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        value.toUtf8(), key.derive("blind index v1"), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(16).toHex());
}
