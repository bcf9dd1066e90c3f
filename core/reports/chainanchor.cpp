// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/chainanchor.h"

#include "core/storage/eventlog.h"

#include <QSqlQuery>
#include <QVariant>

QString ChainAnchor::value() const
{
    return QStringLiteral("%1 · %2").arg(seq).arg(shortHash());
}

QString ChainAnchor::label()
{
    return QStringLiteral("链头 / Chain head");
}

ChainAnchor ChainAnchor::current(const QSqlDatabase &db)
{
    const Result<Event> head = EventLog::head(db);
    if (!head)
        return {};
    return {head->seq, head->hash};
}

ChainAnchor ChainAnchor::ofEvent(const QSqlDatabase &db, const QString &type, const QString &field,
                                 const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, hash FROM event_log WHERE type = ? AND "
                             "json_extract(data, '$.' || ?) = ? ORDER BY seq LIMIT 1"));
    q.addBindValue(type);
    q.addBindValue(field);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}
