// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/recentcallmodel.h"

#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

QString RecentCallModel::Call::key() const
{
    return QStringLiteral("%1/%2/%3").arg(ticketId).arg(callCount).arg(window);
}

RecentCallModel::RecentCallModel(Database &db, int limit, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_limit(limit)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ticket")))
            reload();
    });
    reload();
}

void RecentCallModel::reload()
{
    QList<Call> rows;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.ticket_id, t.ticket_no, t.window_code, coalesce(w.name, ''), t.category, "
        "t.called_at, t.call_count, t.green FROM ticket t "
        "LEFT JOIN service_window w ON w.code = t.window_code "
        "WHERE t.business_day = ? AND t.called_at IS NOT NULL "
        "ORDER BY t.called_at DESC, t.ticket_id DESC LIMIT ?"));
    q.addBindValue(BusinessDay::today().toString(Qt::ISODate));
    q.addBindValue(m_limit);
    if (q.exec()) {
        while (q.next()) {
            Call c;
            c.ticketId = q.value(0).toLongLong();
            c.ticketNo = q.value(1).toString();
            c.window = q.value(2).toString();
            c.windowName = q.value(3).toString();
            c.category = q.value(4).toString();
            c.calledAt = Clock::parseStamp(q.value(5).toString());
            c.callCount = q.value(6).toInt();
            c.green = q.value(7).toBool();
            rows.append(c);
        }
    }
    QSet<QString> known;
    for (const Call &c : std::as_const(m_rows))
        known.insert(c.key());
    QList<Call> fresh;
    if (m_loaded) {
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            if (!known.contains(it->key()))
                fresh.append(*it);
        }
    }
    beginResetModel();
    m_rows = rows;
    m_loaded = true;
    endResetModel();
    if (!fresh.isEmpty())
        emit newCalls(fresh);
}

int RecentCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecentCallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Call &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 → window %2").arg(c.ticketNo, c.window);
    case TicketNoRole:
        return c.ticketNo;
    case WindowRole:
        return c.window;
    case WindowNameRole:
        return c.windowName;
    case CategoryRole:
        return c.category;
    case CalledAtRole:
        return c.calledAt;
    case CallCountRole:
        return c.callCount;
    case GreenRole:
        return c.green;
    case KeyRole:
        return c.key();
    }
    return {};
}
