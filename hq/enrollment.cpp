// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/enrollment.h"

#include "core/common/clock.h"
#include "core/storage/event.h"
#include "hq/hqdatabase.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace {
// No 0/O, 1/I/L: codes are read aloud over the phone and typed at the counter.
const char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

QString randomCode()
{
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code +=
            QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))]);
    }
    return code;
}

Error storeFailure(const QSqlQuery &q)
{
    return HqDatabase::storeError(q.lastError().text());
}

QString normalised(const QString &code)
{
    return code.trimmed().toUpper();
}

QString newToken()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                          secret.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A code made before codes had an expiry lasts the default from its making.
bool expired(const QString &createdAt, const QString &expiresAt)
{
    const QDateTime end =
        expiresAt.isEmpty()
            ? Clock::parseStamp(createdAt).addSecs(Enrollment::DefaultExpiryHours * 3600)
            : Clock::parseStamp(expiresAt);
    return !end.isValid() || Clock::nowUtc() >= end;
}

// Marks a usable code used by deviceId, inside the caller's transaction. Returns its
// branch ({"code","name"}), an empty object when the code is not usable, or nothing when
// the store failed. Taking the code and creating the device commit together: a code
// works once.
std::optional<QJsonObject> takeCode(QSqlQuery &q, const QString &code, const QString &deviceId,
                                    const QString &now)
{
    q.prepare(QStringLiteral("SELECT b.code, b.name, c.created_at, c.expires_at "
                             "FROM enrollment_code c JOIN branch b ON b.code = c.branch_code "
                             "WHERE c.code = ? AND c.used_at IS NULL AND c.revoked_at IS NULL"));
    q.addBindValue(code);
    if (!q.exec())
        return std::nullopt;
    if (!q.next() || expired(q.value(2).toString(), q.value(3).toString()))
        return QJsonObject();
    const QJsonObject branch{{QStringLiteral("code"), q.value(0).toString()},
                             {QStringLiteral("name"), q.value(1).toString()}};
    q.finish();
    q.prepare(QStringLiteral("UPDATE enrollment_code SET used_at = ?, device_id = ? "
                             "WHERE code = ? AND used_at IS NULL AND revoked_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(deviceId);
    q.addBindValue(code);
    if (!q.exec())
        return std::nullopt;
    return q.numRowsAffected() == 1 ? branch : QJsonObject();
}
} // namespace

QString Enrollment::tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> Enrollment::createCode(HqDatabase &db, const QString &rawBranch,
                                       const QString &branchName, int expiryHours)
{
    if (expiryHours < 1 || expiryHours > MaxExpiryHours) {
        return Error(QStringLiteral("hq.bad_expiry"),
                     QT_TRANSLATE_NOOP("Error", "An enrolment code lasts 1 to %1 hours."),
                     {QString::number(MaxExpiryHours)});
    }
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9]{1,8}$"));
    const QString branch = normalised(rawBranch);
    if (!codeRe.match(branch).hasMatch()) {
        return Error(QStringLiteral("hq.bad_branch"),
                     QT_TRANSLATE_NOOP("Error", "A branch code is 1 to 8 capital letters or "
                                                "digits, for example TZ01."));
    }
    if (!db.begin())
        return storeFailure(QSqlQuery(db.connection()));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO branch(code, name, created_at) VALUES(?, ?, ?) "
                             "ON CONFLICT(code) DO NOTHING"));
    q.addBindValue(branch);
    q.addBindValue(branchName.trimmed().isEmpty() ? branch : branchName.trimmed());
    q.addBindValue(Clock::nowStamp());
    if (!q.exec()) {
        db.rollback();
        return storeFailure(q);
    }
    if (!branchName.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("UPDATE branch SET name = ? WHERE code = ?"));
        q.addBindValue(branchName.trimmed());
        q.addBindValue(branch);
        q.exec();
    }
    const QString code = randomCode();
    q.prepare(QStringLiteral("INSERT INTO enrollment_code(code, branch_code, created_at, "
                             "expires_at) VALUES(?, ?, ?, ?)"));
    q.addBindValue(code);
    q.addBindValue(branch);
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(Clock::stamp(Clock::nowUtc().addSecs(qint64(expiryHours) * 3600)));
    if (!q.exec()) {
        db.rollback();
        return storeFailure(q);
    }
    if (!db.commit())
        return storeFailure(q);
    return code;
}

Result<Enrollment::Enrolled> Enrollment::enroll(HqDatabase &db, const QString &rawCode,
                                                const QString &deviceName,
                                                const QByteArray &deviceKey)
{
    const QString code = normalised(rawCode);
    const Error forbidden(QStringLiteral("forbidden"),
                          QT_TRANSLATE_NOOP("Error", "The enrolment code is wrong, expired, "
                                                     "revoked or was already used. Ask "
                                                     "headquarters for a new code."));
    if (!db.begin())
        return storeFailure(QSqlQuery(db.connection()));
    QSqlQuery q(db.connection());
    Enrolled result;
    result.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = Clock::nowStamp();
    const std::optional<QJsonObject> branch = takeCode(q, code, result.deviceId, now);
    if (!branch) {
        db.rollback();
        return storeFailure(q);
    }
    if (branch->isEmpty()) {
        db.rollback();
        return forbidden;
    }
    result.branch = *branch;
    result.token = newToken();
    q.prepare(QStringLiteral("INSERT INTO device(device_id, branch_code, name, token_hash, "
                             "enrolled_at, acked_through, head_hash, device_key) "
                             "VALUES(?, ?, ?, ?, ?, 0, ?, ?)"));
    q.addBindValue(result.deviceId);
    q.addBindValue(result.branch.value(QLatin1String("code")).toString());
    q.addBindValue(deviceName.trimmed().isEmpty() ? result.deviceId
                                                  : deviceName.trimmed().left(100));
    q.addBindValue(tokenHash(result.token));
    q.addBindValue(now);
    q.addBindValue(Event::genesisHash());
    q.addBindValue(deviceKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(QString::fromLatin1(deviceKey.toBase64())));
    if (!q.exec()) {
        db.rollback();
        return storeFailure(q);
    }
    if (!db.commit())
        return storeFailure(q);
    return result;
}

Status Enrollment::revokeCode(HqDatabase &db, const QString &rawCode)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE enrollment_code SET revoked_at = ? "
                             "WHERE code = ? AND used_at IS NULL AND revoked_at IS NULL"));
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(normalised(rawCode));
    if (!q.exec())
        return storeFailure(q);
    if (q.numRowsAffected() != 1) {
        return Error(QStringLiteral("hq.no_code"),
                     QT_TRANSLATE_NOOP("Error", "There is no unused, unrevoked enrolment code "
                                                "%1. Nothing was changed."),
                     {normalised(rawCode)});
    }
    return success();
}

QString Enrollment::branchOfCode(HqDatabase &db, const QString &code)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT branch_code FROM enrollment_code WHERE code = ?"));
    q.addBindValue(normalised(code));
    return (q.exec() && q.next()) ? q.value(0).toString() : QString();
}

Result<QString> Enrollment::deviceKey(HqDatabase &db, const QString &deviceId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT device_key FROM device WHERE device_id = ?"));
    q.addBindValue(deviceId.trimmed());
    if (!q.exec())
        return storeFailure(q);
    if (!q.next() || q.value(0).toString().isEmpty()) {
        return Error(QStringLiteral("hq.no_device_key"),
                     QT_TRANSLATE_NOOP("Error", "Headquarters holds no device key for device "
                                                "%1: it is unknown, or it did not send its key "
                                                "when it enrolled."),
                     {deviceId.trimmed()});
    }
    return q.value(0).toString();
}

QByteArray Enrollment::decodeDeviceKey(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        latin, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding must give the same text: no missing padding, no stray bits, no spaces.
    if (!decoded || decoded.decoded.size() != 32 || decoded.decoded.toBase64() != latin)
        return {};
    return decoded.decoded;
}

QString Enrollment::deviceForToken(HqDatabase &db, const QString &token)
{
    if (token.isEmpty())
        return QString();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT device_id FROM device WHERE token_hash = ?"));
    q.addBindValue(tokenHash(token));
    return (q.exec() && q.next()) ? q.value(0).toString() : QString();
}
