// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/casedecisions.h"

#include "core/common/clock.h"
#include "hq/hqdatabase.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

Result<qint64> CaseDecisions::decide(HqDatabase &db, const QString &caseNo, const QString &status,
                                     const QString &note)
{
    if (!statuses().contains(status)) {
        return Error(QStringLiteral("decision.bad_status"),
                     QT_TRANSLATE_NOOP("Error", "The decision status must be one of %1."),
                     {statuses().join(QStringLiteral(", "))});
    }
    if (!db.begin())
        return HqDatabase::storeError(QStringLiteral("begin"));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT branch_code FROM hq_case WHERE case_no = ?"));
    q.addBindValue(caseNo);
    if (!q.exec() || !q.next()) {
        db.rollback();
        return Error(QStringLiteral("decision.unknown_case"),
                     QT_TRANSLATE_NOOP("Error", "Headquarters has not received case %1 yet. "
                                                "Check the number, or wait until its branch has "
                                                "synchronised."),
                     {caseNo});
    }
    const QString branch = q.value(0).toString();
    q.finish();
    qint64 cursor = 1;
    if (q.exec(QStringLiteral("SELECT coalesce(max(cursor), 0) + 1 FROM case_update")) && q.next())
        cursor = q.value(0).toLongLong();
    q.finish();
    q.prepare(
        QStringLiteral("INSERT INTO case_update(cursor, case_no, branch_code, status, note, at) "
                       "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(cursor);
    q.addBindValue(caseNo);
    q.addBindValue(branch);
    q.addBindValue(status);
    q.addBindValue(note);
    q.addBindValue(Clock::nowStamp());
    if (!q.exec() || !db.commit()) {
        const QString detail = q.lastError().text();
        db.rollback();
        return HqDatabase::storeError(detail);
    }
    return cursor;
}

HqAnswer CaseDecisions::updates(HqDatabase &db, const QString &branch, qint64 since)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT cursor, case_no, status, note, at FROM case_update WHERE "
                             "branch_code = ? AND cursor > ? ORDER BY cursor LIMIT 500"));
    q.addBindValue(branch);
    q.addBindValue(since);
    if (!q.exec())
        return HqAnswer{503, Protocol::errorBody(QStringLiteral("unavailable"))};
    QJsonArray list;
    qint64 cursor = since;
    while (q.next()) {
        cursor = q.value(0).toLongLong();
        list.append(QJsonObject{{QStringLiteral("case_no"), q.value(1).toString()},
                                {QStringLiteral("status"), q.value(2).toString()},
                                {QStringLiteral("note"), q.value(3).toString()},
                                {QStringLiteral("at"), q.value(4).toString()}});
    }
    return HqAnswer{
        200, QJsonObject{{QStringLiteral("cursor"), cursor}, {QStringLiteral("updates"), list}}};
}
