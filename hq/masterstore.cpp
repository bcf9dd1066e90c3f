// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/masterstore.h"

#include "core/common/clock.h"
#include "core/master/formvalidation.h"
#include "hq/hqdatabase.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const char *const kLists[] = {"windows", "staff", "catalogue", "fees", "holidays"};

qint64 latestVersion(HqDatabase &db)
{
    QSqlQuery q(db.connection());
    return (q.exec(QStringLiteral("SELECT max(version) FROM master_version")) && q.next())
               ? q.value(0).toLongLong()
               : 0;
}
} // namespace

Result<qint64> MasterStore::import(HqDatabase &db, const QJsonObject &master)
{
    const QJsonValue version = master.value(QLatin1String("version"));
    if (!version.isDouble() || version.toInteger() < 1) {
        return Error(QStringLiteral("master.bad_version"),
                     QT_TRANSLATE_NOOP("Error", "The master data file needs a whole-number "
                                                "\"version\" of 1 or more. Correct the file."));
    }
    for (const char *list : kLists) {
        if (master.contains(QLatin1String(list)) && !master.value(QLatin1String(list)).isArray()) {
            return Error(QStringLiteral("master.bad_list"),
                         QT_TRANSLATE_NOOP("Error", "In the master data file, \"%1\" must be a "
                                                    "list. Correct the file."),
                         {QString::fromLatin1(list)});
        }
    }
    // The same form check as the branch's import, so a bad form never reaches a branch.
    for (const QJsonValue &item : master.value(QLatin1String("catalogue")).toArray()) {
        const QJsonObject o = item.toObject();
        const Result<QList<FormField>> fields = FormValidation::definitions(
            o.value(QLatin1String("code")).toString(), o.value(QLatin1String("fields")).toArray());
        if (!fields)
            return fields.error();
    }
    const qint64 latest = latestVersion(db);
    if (version.toInteger() <= latest) {
        return Error(QStringLiteral("master.stale"),
                     QT_TRANSLATE_NOOP("Error", "Master data version %1 is not newer than the "
                                                "version headquarters already has (%2). Raise "
                                                "\"version\" in the file."),
                     {QString::number(version.toInteger()), QString::number(latest)});
    }
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO master_version(version, body, imported_at) VALUES(?, ?, ?)"));
    q.addBindValue(version.toInteger());
    q.addBindValue(QString::fromUtf8(QJsonDocument(master).toJson(QJsonDocument::Compact)));
    q.addBindValue(Clock::nowStamp());
    if (!q.exec()) {
        return HqDatabase::storeError(q.lastError().text());
    }
    return version.toInteger();
}

HqAnswer MasterStore::since(HqDatabase &db, qint64 since, const QString &branch)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT b.code, b.name FROM branch b WHERE b.code = ?"));
    q.addBindValue(branch);
    QJsonObject branchObject;
    if (q.exec() && q.next()) {
        branchObject = QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                   {QStringLiteral("name"), q.value(1).toString()}};
    }
    q.finish();
    const qint64 latest = latestVersion(db);
    QJsonObject answer{{QStringLiteral("version"), latest},
                       {QStringLiteral("full"), false},
                       {QStringLiteral("branch"), branchObject}};
    for (const char *list : kLists)
        answer.insert(QLatin1String(list), QJsonArray());
    if (latest == 0 || since >= latest)
        return HqAnswer{200, answer};

    q.prepare(QStringLiteral("SELECT body FROM master_version WHERE version = ?"));
    q.addBindValue(latest);
    if (!q.exec() || !q.next())
        return HqAnswer{503, Protocol::errorBody(QStringLiteral("unavailable"))};
    const QJsonObject master = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    answer.insert(QStringLiteral("full"), true);
    for (const char *list : kLists) {
        QJsonArray items = master.value(QLatin1String(list)).toArray();
        if (QLatin1String(list) == QLatin1String("windows") ||
            QLatin1String(list) == QLatin1String("staff")) {
            // Windows and staff may be tied to one branch: each branch gets only its own.
            QJsonArray mine;
            for (const QJsonValue &item : items) {
                const QString owner = item.toObject().value(QLatin1String("branch")).toString();
                if (owner.isEmpty() || owner == branch)
                    mine.append(item);
            }
            items = mine;
        }
        answer.insert(QLatin1String(list), items);
    }
    return HqAnswer{200, answer};
}
