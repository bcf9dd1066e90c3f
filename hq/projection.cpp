// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/projection.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "hq/hqdatabase.h"
#include "hq/rowwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

Projection::Projection(HqDatabase &db, QString branch) : m_db(db), m_branch(std::move(branch)) {}

QString Projection::businessDay(const QString &at)
{
    const QDateTime utc = Clock::parseStamp(at);
    if (!utc.isValid())
        return QStringLiteral("unknown");
    return utc.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
}

void Projection::add(const QString &day, const QString &metric, qint64 value)
{
    m_metrics[{day, metric}] += value;
}

namespace {
QString ticketKey(const QString &day, const QString &ticketNo)
{
    return day + QLatin1Char('/') + ticketNo;
}

// Seconds between two stamps; -1 when either is missing or they are out of order.
qint64 secondsBetween(const QString &from, const QString &to)
{
    const QDateTime a = Clock::parseStamp(from);
    const QDateTime b = Clock::parseStamp(to);
    if (!a.isValid() || !b.isValid() || b < a)
        return -1;
    return a.secsTo(b);
}

QString stampOr(const QJsonObject &data, const char *field, const QString &fallback)
{
    const QString value = data.value(QLatin1String(field)).toString();
    return value.isEmpty() ? fallback : value;
}
} // namespace

const QStringList &Projection::waitBands()
{
    static const QStringList bands = {QStringLiteral("0-3"),   QStringLiteral("3-6"),
                                      QStringLiteral("6-9"),   QStringLiteral("9-12"),
                                      QStringLiteral("12-15"), QStringLiteral("15+")};
    return bands;
}

QString Projection::waitBand(qint64 seconds)
{
    const qint64 band = std::clamp<qint64>(seconds / 180, 0, 5);
    return waitBands().at(int(band));
}

void Projection::apply(const Event &e)
{
    const QJsonObject data = e.dataObject();
    const QString day = businessDay(e.at);
    const QString type = e.type;
    if (type == QLatin1String("ticket.rated") || type == QLatin1String("case.rated")) {
        add(day, QStringLiteral("ratings.%1").arg(data.value(QLatin1String("score")).toInt()), 1);
        return;
    }
    if (type.startsWith(QLatin1String("case."))) {
        applyCase(e, data, day);
        return;
    }
    if (type == QLatin1String("payment.taken")) {
        const qint64 fen = data.value(QLatin1String("amount_fen")).toInteger();
        const QString method = data.value(QLatin1String("method")).toString();
        add(day, QStringLiteral("payments.count"), 1);
        add(day, QStringLiteral("payments.fen"), fen);
        add(day, QStringLiteral("payments.fen.") + method, fen);
        add(day, QStringLiteral("payments.fen.clerk.") + e.staff, fen);
        add(day, QStringLiteral("payments.count.clerk.") + e.staff, 1);
        for (const QJsonValue &line : data.value(QLatin1String("items")).toArray()) {
            const QJsonObject item = line.toObject();
            add(day,
                QStringLiteral("payments.fen.fee.") +
                    item.value(QLatin1String("fee_code")).toString(),
                item.value(QLatin1String("amount_fen")).toInteger());
        }
        return;
    }
    if (type == QLatin1String("payment.voided")) {
        add(day, QStringLiteral("payments.voided"), 1);
        return;
    }
    if (type == QLatin1String("payment.refunded")) {
        add(day, QStringLiteral("payments.refunded"), 1);
        add(day, QStringLiteral("payments.refunded_fen"),
            data.value(QLatin1String("amount_fen")).toInteger());
        return;
    }
    if (type == QLatin1String("shift.closed")) {
        add(day, QStringLiteral("shifts.closed"), 1);
        add(day, QStringLiteral("shifts.variance_fen"),
            data.value(QLatin1String("variance_fen")).toInteger());
        return;
    }
    if (type.startsWith(QLatin1String("ticket.")))
        m_ticketEvents.append(e);
}

void Projection::applyCase(const Event &e, const QJsonObject &data, const QString &day)
{
    const QString caseNo = data.value(QLatin1String("case_no")).toString();
    const QString status = e.type.mid(5); // registered, accepted, completed…
    add(day, QStringLiteral("cases.") + status, 1);
    if (e.type == QLatin1String("case.completed") && data.value(QLatin1String("on_time")).toBool())
        add(day, QStringLiteral("cases.completed_on_time"), 1);
    if (e.type == QLatin1String("case.accepted"))
        add(day,
            QStringLiteral("cases.accepted.mode.") + data.value(QLatin1String("mode")).toString(),
            1);
    if (e.type == QLatin1String("case.registered")) {
        const QString kind = data.value(QLatin1String("kind")).toString();
        if (!kind.isEmpty() && kind != QLatin1String("case"))
            add(day, QStringLiteral("cases.registered.kind.") + kind, 1);
    }
    if (caseNo.isEmpty())
        return; // nothing to index; the day's figures above still count it
    if (e.type == QLatin1String("case.registered")) {
        const QString item = data.value(QLatin1String("item_code")).toString();
        m_itemOf.insert(caseNo, item);
        add(day, QStringLiteral("cases.registered.item.") + item, 1);
    } else if (e.type != QLatin1String("case.decided") && e.type != QLatin1String("case.rated")) {
        // By item too, once the item of a case registered in an earlier batch is loaded.
        m_caseMoves.append(e);
    }
    if (e.type == QLatin1String("case.decided") || e.type == QLatin1String("case.rated"))
        return;
    CaseChange &change = m_cases[caseNo];
    change.status = status;
    change.at = e.at;
    if (e.type == QLatin1String("case.registered"))
        change.itemCode = m_itemOf.value(caseNo);
}

bool Projection::loadStored()
{
    // Items of cases registered in earlier batches.
    QStringList unknownCases;
    for (const Event &e : std::as_const(m_caseMoves)) {
        const QString caseNo = e.dataObject().value(QLatin1String("case_no")).toString();
        if (!m_itemOf.contains(caseNo) && !unknownCases.contains(caseNo))
            unknownCases.append(caseNo);
    }
    for (qsizetype from = 0; from < unknownCases.size(); from += 500) {
        const QStringList part = unknownCases.mid(from, 500);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT case_no, item_code FROM hq_case WHERE case_no IN (%1)")
                      .arg(Database::placeholders(part.size())));
        for (const QString &c : part)
            q.addBindValue(c);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        while (q.next())
            m_itemOf.insert(q.value(0).toString(), q.value(1).toString());
    }
    // Issue and call times of tickets from earlier batches.
    QStringList keys;
    for (const Event &e : std::as_const(m_ticketEvents)) {
        const QString key = ticketKey(businessDay(e.at),
                                      e.dataObject().value(QLatin1String("ticket_no")).toString());
        if (!m_tickets.contains(key) && !keys.contains(key)) {
            keys.append(key);
            m_tickets.insert(key, {});
        }
    }
    for (qsizetype from = 0; from < keys.size(); from += 500) {
        const QStringList part = keys.mid(from, 500);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT ticket_key, issued_at, called_at FROM hq_ticket WHERE "
                                 "branch_code = ? AND ticket_key IN (%1)")
                      .arg(Database::placeholders(part.size())));
        q.addBindValue(m_branch);
        for (const QString &k : part)
            q.addBindValue(k);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        while (q.next()) {
            TicketTimes &t = m_tickets[q.value(0).toString()];
            t.issuedAt = q.value(1).toString();
            t.calledAt = q.value(2).toString();
        }
    }
    return true;
}

void Projection::applyTicket(const Event &e)
{
    const QJsonObject data = e.dataObject();
    const QString day = businessDay(e.at);
    TicketTimes &t = m_tickets[ticketKey(day, data.value(QLatin1String("ticket_no")).toString())];
    if (e.type == QLatin1String("ticket.issued")) {
        add(day, QStringLiteral("tickets.issued"), 1);
        if (t.issuedAt.isEmpty()) {
            t.issuedAt = stampOr(data, "issued_at", e.at);
            t.changed = true;
        }
    } else if (e.type == QLatin1String("ticket.called")) {
        // The wait ends at the first call; a recall does not wait again.
        if (t.calledAt.isEmpty()) {
            t.calledAt = stampOr(data, "called_at", e.at);
            t.changed = true;
            const qint64 wait = secondsBetween(t.issuedAt, t.calledAt);
            if (wait >= 0) {
                add(day, QStringLiteral("tickets.waited"), 1);
                add(day, QStringLiteral("tickets.wait_s"), wait);
                add(day, QStringLiteral("tickets.wait_band.") + waitBand(wait), 1);
            }
        }
    } else if (e.type == QLatin1String("ticket.finished")) {
        const QString outcome = data.value(QLatin1String("outcome")).toString();
        add(day, QStringLiteral("tickets.") + outcome, 1);
        if (outcome == QLatin1String("served")) {
            const qint64 service = secondsBetween(t.calledAt, stampOr(data, "finished_at", e.at));
            if (service >= 0) {
                add(day, QStringLiteral("tickets.service_count"), 1);
                add(day, QStringLiteral("tickets.service_s"), service);
            }
        }
    }
}

bool Projection::flush()
{
    if (!loadStored())
        return false;
    for (const Event &e : std::as_const(m_caseMoves)) {
        const QJsonObject data = e.dataObject();
        const QString item = m_itemOf.value(data.value(QLatin1String("case_no")).toString());
        if (!item.isEmpty())
            add(businessDay(e.at), QStringLiteral("cases.%1.item.%2").arg(e.type.mid(5), item), 1);
    }
    for (const Event &e : std::as_const(m_ticketEvents))
        applyTicket(e);

    RowWriter metrics(
        m_db.connection(),
        QStringLiteral("INSERT INTO branch_day(branch_code, business_day, metric, value) VALUES"),
        4,
        QStringLiteral("ON CONFLICT(branch_code, business_day, metric) DO UPDATE SET value = "
                       "branch_day.value + excluded.value"));
    for (auto it = m_metrics.cbegin(); it != m_metrics.cend(); ++it)
        metrics.add({m_branch, it.key().first, it.key().second, it.value()});
    if (!metrics.flush()) {
        m_lastError = metrics.lastError();
        return false;
    }
    if (!writeCases() || !writeTickets())
        return false;
    m_metrics.clear();
    m_cases.clear();
    m_itemOf.clear();
    m_caseMoves.clear();
    m_ticketEvents.clear();
    m_tickets.clear();
    return true;
}

bool Projection::writeCases()
{
    // A case registered in an earlier batch keeps its item code: only a registration
    // brings one, every later event only moves the status.
    RowWriter cases(m_db.connection(),
                    QStringLiteral("INSERT INTO hq_case(case_no, branch_code, item_code, status, "
                                   "updated_at) VALUES"),
                    5,
                    QStringLiteral("ON CONFLICT(case_no) DO UPDATE SET status = excluded.status, "
                                   "updated_at = excluded.updated_at, item_code = CASE WHEN "
                                   "excluded.item_code <> '' THEN excluded.item_code ELSE "
                                   "hq_case.item_code END"));
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        // Bound NULL would break NOT NULL: an absent item code is stored as "".
        const QString item = it->itemCode.isNull() ? QString(QLatin1String("")) : it->itemCode;
        cases.add({it.key(), m_branch, item, it->status, it->at});
    }
    if (!cases.flush()) {
        m_lastError = cases.lastError();
        return false;
    }
    return true;
}

bool Projection::writeTickets()
{
    RowWriter tickets(m_db.connection(),
                      QStringLiteral("INSERT INTO hq_ticket(branch_code, ticket_key, issued_at, "
                                     "called_at) VALUES"),
                      4,
                      QStringLiteral("ON CONFLICT(branch_code, ticket_key) DO UPDATE SET "
                                     "issued_at = COALESCE(hq_ticket.issued_at, "
                                     "excluded.issued_at), called_at = "
                                     "COALESCE(hq_ticket.called_at, excluded.called_at)"));
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    for (auto it = m_tickets.cbegin(); it != m_tickets.cend(); ++it) {
        if (it->changed)
            tickets.add({m_branch, it.key(), orNull(it->issuedAt), orNull(it->calledAt)});
    }
    if (!tickets.flush()) {
        m_lastError = tickets.lastError();
        return false;
    }
    return true;
}
