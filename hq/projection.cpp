// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/projection.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "hq/hqdatabase.h"
#include "hq/rowwriter.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using ReportFacts::Fact;

Projection::Projection(HqDatabase &db, QString branch) : m_db(db), m_branch(std::move(branch)) {}

QString Projection::businessDay(const QString &at)
{
    const QDateTime utc = Clock::parseStamp(at);
    if (!utc.isValid())
        return QStringLiteral("unknown");
    return utc.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
}

namespace {
// Ticket numbers restart every business day: a ticket is its day and its number.
QString ticketKey(const QString &day, const QString &ticketNo)
{
    return day + QLatin1Char('/') + ticketNo;
}

bool isCaseStep(const QString &type)
{
    return type.startsWith(QLatin1String("case.")) && type != QLatin1String("case.rated");
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
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
    if (ReportFacts::counts(e.type))
        m_events.append({e, e.dataObject()});
}

ReportFacts::CaseRecord Projection::caseRecord(const QString &caseNo)
{
    // HQ knows a case's item; its window and mode come with the events that set them.
    const auto it = m_itemOf.constFind(caseNo);
    return {it == m_itemOf.cend() || it->isEmpty() ? QVariant() : QVariant(*it), {}, {}};
}

QVariant Projection::plannedMode(const QString &)
{
    return {};
}

ReportFacts::TicketSoFar Projection::ticket(const QString &businessDay, const QString &ticketNo)
{
    return m_tickets.value(ticketKey(businessDay, ticketNo)).soFar;
}

QString Projection::localDay(const QString &stamp) const
{
    return businessDay(stamp);
}

void Projection::add(const QString &day, const QString &metric, qint64 value)
{
    m_metrics[{day, metric}] += value;
}

// What the batch's facts need from earlier batches: the items of the cases it moves and
// the issues and calls of the tickets it calls or ends.
bool Projection::loadStored()
{
    QSet<QString> registered;
    QStringList caseNos;
    QStringList keys;
    for (const Pending &p : std::as_const(m_events)) {
        const QString &type = p.event.type;
        if (isCaseStep(type)) {
            const QString caseNo = p.data.value(QLatin1String("case_no")).toString();
            if (type == QLatin1String("case.registered"))
                registered.insert(caseNo);
            else if (!caseNo.isEmpty() && !registered.contains(caseNo) && !caseNos.contains(caseNo))
                caseNos.append(caseNo);
        } else if (type == QLatin1String("ticket.called") ||
                   type == QLatin1String("ticket.finished")) {
            const QString key = ticketKey(ReportFacts::ticketDay(p.event, p.data, *this),
                                          p.data.value(QLatin1String("ticket_no")).toString());
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return loadCases(caseNos) && loadTickets(keys);
}

bool Projection::loadCases(const QStringList &caseNos)
{
    for (qsizetype from = 0; from < caseNos.size(); from += 500) {
        const QStringList part = caseNos.mid(from, 500);
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
    return true;
}

bool Projection::loadTickets(const QStringList &keys)
{
    for (qsizetype from = 0; from < keys.size(); from += 500) {
        const QStringList part = keys.mid(from, 500);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT ticket_key, issued_at, called_at, last_called_at, "
                                 "last_caller FROM hq_ticket WHERE branch_code = ? AND "
                                 "ticket_key IN (%1)")
                      .arg(Database::placeholders(part.size())));
        q.addBindValue(m_branch);
        for (const QString &k : part)
            q.addBindValue(k);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        while (q.next()) {
            TicketState &t = m_tickets[q.value(0).toString()];
            t.soFar.issuedAt = q.value(1).toString();
            t.firstCallAt = q.value(2).toString();
            t.soFar.called = !t.firstCallAt.isEmpty();
            // Stored before the last call was kept: the first call stands for it.
            t.soFar.lastCallAt = q.value(3).isNull() ? t.firstCallAt : q.value(3).toString();
            t.soFar.lastCaller = q.value(4).toString();
        }
    }
    return true;
}

void Projection::count(const Fact &f)
{
    const QString day = businessDay(f.at);
    if (f.type == QLatin1String("case.rated") || f.type == QLatin1String("ticket.rated"))
        add(day, QStringLiteral("ratings.%1").arg(f.score.toInt()), 1);
    else if (isCaseStep(f.type))
        countCase(f, day);
    else if (ReportFacts::isTicketStep(f.type))
        countTicket(f, day);
    else
        countMoney(f, day);
}

void Projection::countCase(const Fact &f, const QString &day)
{
    const QString status = f.type.mid(5); // registered, accepted, completed…
    add(day, QStringLiteral("cases.") + status, 1);
    if (f.type == QLatin1String("case.completed") && f.onTime.toLongLong() != 0)
        add(day, QStringLiteral("cases.completed_on_time"), 1);
    if (f.type == QLatin1String("case.accepted"))
        add(day, QStringLiteral("cases.accepted.mode.") + f.mode.toString(), 1);
    const QString item = f.itemCode.toString();
    if (f.type == QLatin1String("case.registered")) {
        const QString kind = f.kind.toString();
        if (!kind.isEmpty() && kind != QLatin1String("case"))
            add(day, QStringLiteral("cases.registered.kind.") + kind, 1);
        if (!f.caseNo.toString().isEmpty())
            add(day, QStringLiteral("cases.registered.item.") + item, 1);
    } else if (f.type != QLatin1String("case.decided") && !f.caseNo.toString().isEmpty() &&
               !item.isEmpty()) {
        add(day, QStringLiteral("cases.%1.item.%2").arg(status, item), 1);
    }
}

void Projection::countMoney(const Fact &f, const QString &day)
{
    const qint64 fen = f.amountFen.toLongLong();
    if (f.type == QLatin1String("payment.taken")) {
        add(day, QStringLiteral("payments.count"), 1);
        add(day, QStringLiteral("payments.fen"), fen);
        add(day, QStringLiteral("payments.fen.") + f.method.toString(), fen);
        add(day, QStringLiteral("payments.fen.clerk.") + f.staff, fen);
        add(day, QStringLiteral("payments.count.clerk.") + f.staff, 1);
        for (const ReportFacts::FeeLine &line : f.feeLines)
            add(day, QStringLiteral("payments.fen.fee.") + line.feeCode.toString(),
                line.amountFen.toLongLong());
    } else if (f.type == QLatin1String("payment.voided")) {
        add(day, QStringLiteral("payments.voided"), 1);
    } else if (f.type == QLatin1String("payment.refunded")) {
        add(day, QStringLiteral("payments.refunded"), 1);
        add(day, QStringLiteral("payments.refunded_fen"), fen);
    } else if (f.type == QLatin1String("shift.closed")) {
        add(day, QStringLiteral("shifts.closed"), 1);
        add(day, QStringLiteral("shifts.variance_fen"), fen);
    }
}

void Projection::countTicket(const Fact &f, const QString &day)
{
    if (f.type == QLatin1String("ticket.issued")) {
        add(day, QStringLiteral("tickets.issued"), 1);
    } else if (f.type == QLatin1String("ticket.called")) {
        if (f.waitMs.isNull())
            return; // a later call, or a ticket whose issue HQ never saw
        const qint64 wait = f.waitMs.toLongLong() / 1000;
        add(day, QStringLiteral("tickets.waited"), 1);
        add(day, QStringLiteral("tickets.wait_s"), wait);
        add(day, QStringLiteral("tickets.wait_band.") + waitBand(wait), 1);
    } else {
        add(day, QStringLiteral("tickets.") + f.outcome.toString(), 1);
        if (f.serviceMs.isNull())
            return;
        add(day, QStringLiteral("tickets.service_count"), 1);
        add(day, QStringLiteral("tickets.service_s"), f.serviceMs.toLongLong() / 1000);
    }
}

// The case index follows each case's latest step; the ticket state its issue and calls.
void Projection::remember(const Fact &f)
{
    const QString caseNo = f.caseNo.toString();
    if (isCaseStep(f.type) && !caseNo.isEmpty() && f.type != QLatin1String("case.decided")) {
        CaseChange &change = m_cases[caseNo];
        change.status = f.type.mid(5);
        change.at = f.at;
        if (f.type == QLatin1String("case.registered")) {
            change.itemCode = f.itemCode.toString();
            m_itemOf.insert(caseNo, change.itemCode);
        }
    }
    if (f.type != QLatin1String("ticket.issued") && f.type != QLatin1String("ticket.called"))
        return;
    TicketState &t = m_tickets[ticketKey(f.businessDay.toString(), f.ticketNo.toString())];
    ReportFacts::advance(t.soFar, f);
    if (f.type == QLatin1String("ticket.called") && t.firstCallAt.isEmpty())
        t.firstCallAt = f.moment.toString();
    t.changed = true;
}

bool Projection::flush()
{
    if (!loadStored())
        return false;
    for (const Pending &p : std::as_const(m_events)) {
        if (const std::optional<Fact> fact = ReportFacts::derive(p.event, p.data, *this)) {
            count(*fact);
            remember(*fact);
        }
    }
    if (!writeMetrics() || !writeCases() || !writeTickets())
        return false;
    clear();
    return true;
}

void Projection::clear()
{
    m_events.clear();
    m_metrics.clear();
    m_cases.clear();
    m_itemOf.clear();
    m_tickets.clear();
}

bool Projection::writeMetrics()
{
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
                                     "called_at, last_called_at, last_caller) VALUES"),
                      6,
                      QStringLiteral("ON CONFLICT(branch_code, ticket_key) DO UPDATE SET "
                                     "issued_at = COALESCE(excluded.issued_at, "
                                     "hq_ticket.issued_at), called_at = "
                                     "COALESCE(hq_ticket.called_at, excluded.called_at), "
                                     "last_called_at = COALESCE(excluded.last_called_at, "
                                     "hq_ticket.last_called_at), last_caller = "
                                     "COALESCE(excluded.last_caller, hq_ticket.last_caller)"));
    for (auto it = m_tickets.cbegin(); it != m_tickets.cend(); ++it) {
        if (it->changed)
            tickets.add({m_branch, it.key(), orNull(it->soFar.issuedAt), orNull(it->firstCallAt),
                         orNull(it->soFar.lastCallAt),
                         it->soFar.called ? QVariant(it->soFar.lastCaller) : QVariant()});
    }
    if (!tickets.flush()) {
        m_lastError = tickets.lastError();
        return false;
    }
    return true;
}
