// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/writetransaction.h"

#include "core/reports/reportfactwriter.h"
#include "core/storage/database.h"
#include "core/storage/eventlog.h"

#include <QSqlError>

WriteTransaction::WriteTransaction(Database &db) : m_db(db), m_begun(success())
{
    // IMMEDIATE takes the write lock now, so the sync thread's reads never deadlock us.
    QSqlQuery &q = db.statement(QStringLiteral("BEGIN IMMEDIATE"));
    if (q.exec())
        m_open = true;
    else
        m_begun = Database::errorFrom(q.lastError());
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
}

QSqlQuery WriteTransaction::prepare(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    return q;
}

QSqlQuery &WriteTransaction::cached(const QString &sql)
{
    return m_db.statement(sql);
}

Status WriteTransaction::exec(QSqlQuery &query)
{
    if (!m_open)
        return m_begun.ok() ? Status(Database::errorFrom(query.lastError())) : m_begun;
    if (!query.exec())
        return Database::errorFrom(query.lastError());
    return success();
}

Result<Event> WriteTransaction::append(const QString &type, const QString &staff,
                                       const QJsonObject &data)
{
    if (!m_open)
        return m_begun.error();
    m_tables.insert(QStringLiteral("event_log"));
    if (!m_last) {
        const Result<Event> head = EventLog::head(m_db.statement(EventLog::headSql()));
        if (!head)
            return head.error();
        m_last = head.value();
    }
    const Event e = EventLog::next(*m_last, type, staff, data);
    if (const Status s =
            EventLog::insert(m_db.statement(EventLog::insertSql()), e, m_db.deviceKey());
        !s)
        return s.error();
    // The event's report fact, in the same transaction (DESIGN.md: one derivation).
    if (const Status s = ReportFactWriter(m_db).write(e, data); !s)
        return s.error();
    m_last = e;
    return e;
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_begun;
    QSqlQuery &q = m_db.statement(QStringLiteral("COMMIT"));
    if (!q.exec()) {
        const Error e = Database::errorFrom(q.lastError());
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        m_open = false;
        return e;
    }
    m_open = false;
    m_db.notifyChanged(QStringList(m_tables.cbegin(), m_tables.cend()));
    return success();
}

Result<Event> WriteTransaction::commit(const QString &type, const QString &staff,
                                       const QJsonObject &data)
{
    Result<Event> event = append(type, staff, data);
    if (!event)
        return event;
    const Status committed = commit();
    if (!committed)
        return committed.error();
    return event;
}
