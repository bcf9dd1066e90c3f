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
} // namespace

QString Enrollment::tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> Enrollment::createCode(HqDatabase &db, const QString &rawBranch,
                                       const QString &branchName)
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9]{1,8}$"));
    const QString branch = rawBranch.trimmed().toUpper();
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
    q.prepare(QStringLiteral(
        "INSERT INTO enrollment_code(code, branch_code, created_at) VALUES(?, ?, ?)"));
    q.addBindValue(code);
    q.addBindValue(branch);
    q.addBindValue(Clock::nowStamp());
    if (!q.exec()) {
        db.rollback();
        return storeFailure(q);
    }
    if (!db.commit())
        return storeFailure(q);
    return code;
}

Result<Enrollment::Enrolled> Enrollment::enroll(HqDatabase &db, const QString &rawCode,
                                                const QString &deviceName)
{
    const QString code = rawCode.trimmed().toUpper();
    const Error forbidden(QStringLiteral("forbidden"),
                          QT_TRANSLATE_NOOP("Error", "The enrolment code is wrong or was already "
                                                     "used. Ask headquarters for a new code."));
    if (!db.begin())
        return storeFailure(QSqlQuery(db.connection()));
    QSqlQuery q(db.connection());
    // Taking the code and creating the device happen together, so a code works once.
    q.prepare(QStringLiteral("UPDATE enrollment_code SET used_at = ?, device_id = ? "
                             "WHERE code = ? AND used_at IS NULL"));
    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = Clock::nowStamp();
    q.addBindValue(now);
    q.addBindValue(deviceId);
    q.addBindValue(code);
    if (!q.exec()) {
        db.rollback();
        return storeFailure(q);
    }
    if (q.numRowsAffected() != 1) {
        db.rollback();
        return forbidden;
    }
    q.prepare(QStringLiteral("SELECT b.code, b.name FROM enrollment_code c JOIN branch b ON "
                             "b.code = c.branch_code WHERE c.code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next()) {
        db.rollback();
        return storeFailure(q);
    }
    Enrolled result;
    result.deviceId = deviceId;
    result.branch = QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                {QStringLiteral("name"), q.value(1).toString()}};
    q.finish();
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                          secret.size() / int(sizeof(quint32)));
    result.token = QString::fromLatin1(
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    q.prepare(QStringLiteral("INSERT INTO device(device_id, branch_code, name, token_hash, "
                             "enrolled_at, acked_through, head_hash) VALUES(?, ?, ?, ?, ?, 0, ?)"));
    q.addBindValue(deviceId);
    q.addBindValue(result.branch.value(QLatin1String("code")).toString());
    q.addBindValue(deviceName.trimmed().isEmpty() ? deviceId : deviceName.trimmed().left(100));
    q.addBindValue(tokenHash(result.token));
    q.addBindValue(now);
    q.addBindValue(Event::genesisHash());
    if (!q.exec()) {
        db.rollback();
        return storeFailure(q);
    }
    if (!db.commit())
        return storeFailure(q);
    return result;
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
