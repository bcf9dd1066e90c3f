// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/queuefigures.h"

#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/queue/queuesetup.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The UTC stamps that bound a local business day, for the event log's (type, at) index.
std::pair<QString, QString> dayBounds(QDate day)
{
    const QDateTime start(day, QTime(0, 0), Qt::LocalTime);
    const QDateTime end(day.addDays(1), QTime(0, 0), Qt::LocalTime);
    return {Clock::stamp(start.toUTC()), Clock::stamp(end.toUTC())};
}

QDate orToday(QDate day)
{
    return day.isValid() ? day : BusinessDay::today();
}

QDateTime orNow(const QDateTime &now)
{
    return now.isValid() ? now : Clock::nowUtc();
}

qint64 roundS(const QVariant &ms)
{
    return ms.isNull() ? 0 : qint64((ms.toDouble() + 500.0) / 1000.0);
}

} // namespace

QList<CategoryLoad> QueueFigures::categoryLoad(const QSqlDatabase &db, QDate rawDay,
                                               QDateTime rawNow)
{
    const QDate day = orToday(rawDay);
    const QDateTime now = orNow(rawNow);
    QList<CategoryLoad> list;
    QHash<QString, int> index;
    const QList<QueueCategory> served = QueueSetup::servedCategories(db);
    for (const QueueCategory &c : served) {
        index.insert(c.code, int(list.size()));
        list.append({c.code, c.name, 0, 0, 0});
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.category, coalesce(c.name, ''), count(*), sum(t.green), min(t.queued_at) "
        "FROM ticket t LEFT JOIN queue_category c ON c.code = t.category "
        "WHERE t.business_day = ? AND t.status = 'waiting' GROUP BY t.category"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return list;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (!index.contains(code)) {
            index.insert(code, int(list.size()));
            list.append({code, q.value(1).toString(), 0, 0, 0});
        }
        CategoryLoad &load = list[index.value(code)];
        load.waiting = q.value(2).toInt();
        load.green = q.value(3).toInt();
        const QDateTime oldest = Clock::parseStamp(q.value(4).toString());
        load.longestWaitS = oldest.isValid() ? std::max<qint64>(0, oldest.secsTo(now)) : 0;
    }
    return list;
}

QList<WindowLoad> QueueFigures::windowLoad(const QSqlDatabase &db, QDate rawDay)
{
    const QDate day = orToday(rawDay);
    QList<WindowLoad> list;
    QHash<QString, int> index;
    const QList<QueueWindow> windows = QueueSetup::windows(db);
    for (const QueueWindow &w : windows) {
        index.insert(w.code, int(list.size()));
        WindowLoad load;
        load.code = w.code;
        load.name = w.name;
        load.handler = w.handler;
        list.append(load);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT window_code, ticket_no FROM ticket WHERE business_day = ? "
                             "AND status = 'called'"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toString());
            if (it != index.constEnd())
                list[it.value()].currentTicket = q.value(1).toString();
        }
    }
    const auto [from, to] = dayBounds(day);
    q.prepare(QStringLiteral("SELECT json_extract(data, '$.window') AS w, "
                             "sum(json_extract(data, '$.outcome') = 'served'), "
                             "sum(json_extract(data, '$.outcome') = 'no_show'), "
                             "sum(json_extract(data, '$.outcome') = 'transferred'), "
                             "avg(CASE WHEN json_extract(data, '$.outcome') <> 'no_show' "
                             "THEN json_extract(data, '$.service_ms') END) "
                             "FROM event_log WHERE type = 'ticket.finished' AND at >= ? AND at < ? "
                             "AND json_extract(data, '$.business_day') = ? GROUP BY w"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toString());
            if (it == index.constEnd())
                continue;
            WindowLoad &load = list[it.value()];
            load.served = q.value(1).toInt();
            load.noShow = q.value(2).toInt();
            load.transferred = q.value(3).toInt();
            load.averageServiceS = roundS(q.value(4));
        }
    }
    return list;
}

QueueFigures QueueFigures::compute(const QSqlDatabase &db, QDate rawDay, QDateTime rawNow)
{
    QueueFigures f;
    f.day = orToday(rawDay);
    const QDateTime now = orNow(rawNow);
    f.categories = categoryLoad(db, f.day, now);
    f.windows = windowLoad(db, f.day);
    for (const CategoryLoad &c : std::as_const(f.categories)) {
        f.waiting += c.waiting;
        f.longestWaitS = std::max(f.longestWaitS, c.longestWaitS);
    }
    for (const WindowLoad &w : std::as_const(f.windows)) {
        f.served += w.served;
        f.noShow += w.noShow;
    }
    const auto [from, to] = dayBounds(f.day);
    const QString day = f.day.toString(Qt::ISODate);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM event_log WHERE type = 'ticket.issued' AND "
                             "at >= ? AND at < ? AND json_extract(data, '$.business_day') = ?"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(day);
    if (q.exec() && q.next())
        f.issued = q.value(0).toInt();
    q.prepare(QStringLiteral("SELECT count(*), avg(json_extract(data, '$.waited_ms')) FROM "
                             "event_log WHERE type = 'ticket.called' AND at >= ? AND at < ? AND "
                             "json_extract(data, '$.business_day') = ?"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(day);
    if (q.exec() && q.next()) {
        f.calls = q.value(0).toInt();
        f.averageWaitS = roundS(q.value(1));
    }
    q.prepare(QStringLiteral(
        "SELECT count(*), avg(json_extract(data, '$.service_ms')) FROM event_log WHERE "
        "type = 'ticket.finished' AND at >= ? AND at < ? AND "
        "json_extract(data, '$.business_day') = ? AND "
        "json_extract(data, '$.outcome') <> 'no_show'"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(day);
    if (q.exec() && q.next()) {
        f.finished = q.value(0).toInt();
        f.averageServiceS = roundS(q.value(1));
    }
    return f;
}
