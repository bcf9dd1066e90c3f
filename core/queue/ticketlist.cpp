// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/ticketlist.h"

#include "core/storage/database.h"

#include "core/common/businessday.h"
#include "core/common/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QVariant>

namespace {

QDateTime stampOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : Clock::parseStamp(v.toString());
}

} // namespace

QLatin1String TicketList::columns()
{
    return QLatin1String(
        "ticket_id, business_day, ticket_no, category, issued_category, priority, green, "
        "channel, customer_id, contact_phone, status, target_window, window_code, staff_no, "
        "issued_by, issued_at, queued_at, first_called_at, called_at, call_count, "
        "service_started_at, service_ms, transfers, finished_at, outcome, case_nos, score, "
        "leg_called_at");
}

Ticket TicketList::read(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.businessDay = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    t.ticketNo = q.value(2).toString();
    t.category = q.value(3).toString();
    t.issuedCategory = q.value(4).toString();
    t.priority = q.value(5).toString();
    t.green = q.value(6).toBool();
    t.channel = q.value(7).toString();
    t.customerId = q.value(8).toString();
    t.contactPhone = q.value(9).toString();
    t.status = q.value(10).toString();
    t.targetWindow = q.value(11).toString();
    t.windowCode = q.value(12).toString();
    t.staffNo = q.value(13).toString();
    t.issuedBy = q.value(14).toString();
    t.issuedAt = stampOf(q.value(15));
    t.queuedAt = stampOf(q.value(16));
    t.firstCalledAt = stampOf(q.value(17));
    t.calledAt = stampOf(q.value(18));
    t.callCount = q.value(19).toInt();
    t.serviceStartedAt = stampOf(q.value(20));
    t.serviceMs = q.value(21).toLongLong();
    t.transfers = q.value(22).toInt();
    t.finishedAt = stampOf(q.value(23));
    t.outcome = q.value(24).toString();
    const QJsonArray cases = QJsonDocument::fromJson(q.value(25).toString().toUtf8()).array();
    for (const QJsonValue &v : cases)
        t.caseNos.append(v.toString());
    t.score = q.value(26).toInt();
    return t;
}

QDateTime TicketList::legCalledAt(const QSqlQuery &q)
{
    return stampOf(q.value(27));
}

QSqlQuery TicketList::waitingFor(const QSqlDatabase &db, const QueueWindow &w, QDate day,
                                 int offset, int limit, bool countOnly)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString where =
        QStringLiteral("business_day = ? AND status = 'waiting' AND ((target_window IS NULL "
                       "AND category IN (%1)) OR target_window = ?)")
            .arg(Database::placeholders(w.categories.size()));
    if (countOnly) {
        q.prepare(QStringLiteral("SELECT count(*) FROM ticket WHERE %1").arg(where));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE %2 ORDER BY green DESC, issued_at, "
                                 "ticket_id LIMIT %3 OFFSET %4")
                      .arg(columns(), where)
                      .arg(limit)
                      .arg(offset));
    }
    q.addBindValue(day.toString(Qt::ISODate));
    for (const QString &c : w.categories)
        q.addBindValue(c);
    q.addBindValue(w.code);
    return q;
}

QList<Ticket> TicketList::select(const QSqlDatabase &db, const Selection &s, int offset, int limit)
{
    QList<Ticket> list;
    const QDate day = s.day.isValid() ? s.day : BusinessDay::today();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString page = QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    switch (s.kind) {
    case Kind::WaitingForWindow: {
        const Result<QueueWindow> w = QueueSetup::window(db, s.key);
        if (!w)
            return list;
        q = waitingFor(db, w.value(), day, offset, limit);
        break;
    }
    case Kind::AllWaiting:
        q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE business_day = ? AND status = "
                                 "'waiting' ORDER BY green DESC, issued_at, ticket_id")
                      .arg(columns()) +
                  page);
        q.addBindValue(day.toString(Qt::ISODate));
        break;
    case Kind::ParkedAtWindow:
        q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE window_code = ? AND business_day "
                                 "= ? AND status = 'parked' ORDER BY ticket_id")
                      .arg(columns()) +
                  page);
        q.addBindValue(s.key);
        q.addBindValue(day.toString(Qt::ISODate));
        break;
    case Kind::Customer:
        q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE customer_id = ? ORDER BY "
                                 "business_day DESC, ticket_id DESC")
                      .arg(columns()) +
                  page);
        q.addBindValue(s.key);
        break;
    }
    if (!q.exec())
        return list;
    while (q.next())
        list.append(read(q));
    return list;
}
