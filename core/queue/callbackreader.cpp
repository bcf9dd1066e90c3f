// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/callbackreader.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
Result<int> count(const QSqlDatabase &db, const char *sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(QLatin1String(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Database::errorFrom(q.lastError());
    return q.value(0).toInt();
}
} // namespace

Result<CallbackFigures> CallbackReader::read(const QSqlDatabase &db, QDate first, QDate last,
                                             bool withList)
{
    CallbackFigures f;
    if (!db.tables().contains(QStringLiteral("callback")))
        return f;
    f.available = true;
    const QString from = first.toString(Qt::ISODate);
    const QString to = last.toString(Qt::ISODate);
    const Result<int> due =
        count(db, "SELECT count(*) FROM callback WHERE due_on >= ? AND due_on <= ?", {from, to});
    const Result<int> done =
        count(db, "SELECT count(*) FROM callback WHERE done_on >= ? AND done_on <= ?", {from, to});
    // Open at the end of the period: not done now, or done only after it.
    const Result<int> open = count(db,
                                   "SELECT count(*) FROM callback WHERE due_on < ? AND "
                                   "(status = 'open' OR done_on IS NULL OR done_on > ?)",
                                   {to, to});
    for (const Result<int> *r : {&due, &done, &open}) {
        if (!r->ok())
            return r->error();
    }
    f.due = due.value();
    f.done = done.value();
    f.openOverdue = open.value();
    if (!withList)
        return f;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT case_no, ticket_no, reason, status, due_on, done_on, attempts, outcome "
        "FROM callback WHERE (due_on <= ? AND (status = 'open' OR done_on IS NULL OR "
        "done_on > ?)) OR (done_on >= ? AND done_on <= ?) ORDER BY due_on, callback_id LIMIT ?"));
    for (const QVariant &v : {QVariant(to), QVariant(to), QVariant(from), QVariant(to),
                              QVariant(CallbackFigures::ListLimit)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    while (q.next()) {
        ReportCallbackEntry e;
        e.caseNo = q.value(0).toString();
        e.ticketNo = q.value(1).toString();
        e.reason = q.value(2).toString();
        e.status = q.value(3).toString();
        e.dueOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        e.doneOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        e.attempts = q.value(6).toInt();
        e.outcome = q.value(7).toString();
        f.list.append(e);
    }
    return f;
}
