// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/passwordhasher.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <atomic>

namespace {
std::atomic<int> g_iterations{0};

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray pw = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, EVP_sha256(), int(out.size()),
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}
} // namespace

int PasswordHasher::iterations()
{
    const int n = g_iterations.load();
    return n == 0 ? ProductionIterations : n;
}

bool PasswordHasher::needsRehash(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    bool ok = false;
    const int storedIterations = parts.value(1).toInt(&ok);
    return parts.size() != 4 || !ok || storedIterations < iterations();
}

void PasswordHasher::setIterations(int iterations)
{
    g_iterations.store(std::max(1000, iterations));
}

QString PasswordHasher::hash(const QString &password)
{
    return hash(password, iterations());
}

QString PasswordHasher::hash(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size()));
    const QByteArray key = derive(password, salt, iterations);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual = derive(password, salt, iterations);
    return expected.size() == actual.size() &&
           CRYPTO_memcmp(expected.constData(), actual.constData(), size_t(actual.size())) == 0;
}

Status PasswordHasher::checkPolicy(const QString &password, const QString &staffNo)
{
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (password.size() < 8 || !letter || !digit) {
        return Error(QStringLiteral("password.weak"),
                     QT_TRANSLATE_NOOP("Error", "The password must be at least 8 characters long "
                                                "and contain both letters and digits. Choose "
                                                "another one."));
    }
    if (!staffNo.isEmpty() && password.contains(staffNo, Qt::CaseInsensitive)) {
        return Error(QStringLiteral("password.contains_staff_no"),
                     QT_TRANSLATE_NOOP("Error", "The password must not contain your staff "
                                                "number. Choose another one."));
    }
    return success();
}
