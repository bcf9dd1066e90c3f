// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportfacts.h"

#include "core/common/clock.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace ReportFacts {

namespace {

// A field as SQLite's json_extract gives it: null when absent, true/false as 1/0, whole
// numbers as integers, arrays and objects as their JSON text.
QVariant field(const QJsonObject &data, const char *name)
{
    const QJsonValue v = data.value(QLatin1String(name));
    switch (v.type()) {
    case QJsonValue::Bool:
        return qint64(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QVariant orElse(const QVariant &value, const QVariant &fallback)
{
    return value.isNull() ? fallback : value;
}

// Text never bound as NULL: a null QString would be.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nonEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

bool isCaseStep(const QString &type)
{
    return type.startsWith(QLatin1String("case.")) && type != QLatin1String("case.rated");
}

bool isRating(const QString &type)
{
    return type == QLatin1String("case.rated") || type == QLatin1String("ticket.rated") ||
           type == QLatin1String("callback.recorded");
}

bool isPaymentStep(const QString &type)
{
    return type == QLatin1String("payment.taken") || type == QLatin1String("payment.voided") ||
           type == QLatin1String("payment.refunded") || type == QLatin1String("shift.closed");
}

// When the ticket step happened: the time the event names, else when it was logged.
QString momentOf(const Event &e, const QJsonObject &data)
{
    const char *name = e.type == QLatin1String("ticket.issued")   ? "issued_at"
                       : e.type == QLatin1String("ticket.called") ? "called_at"
                                                                  : "finished_at";
    return orElse(field(data, name), e.at).toString();
}

// A case's item, window and mode as its row stood: a registration names its item and
// window, an acceptance its mode; otherwise the case row's, else the item's planned mode.
void deriveCase(Fact &f, const QJsonObject &data, Source &source)
{
    f.caseNo = field(data, "case_no");
    const QString caseNo = f.caseNo.toString();
    const CaseRecord record = caseNo.isEmpty() ? CaseRecord() : source.caseRecord(caseNo);
    f.itemCode = orElse(field(data, "item_code"), record.itemCode);
    f.windowCode =
        f.type == QLatin1String("case.registered") ? field(data, "window") : record.windowCode;
    f.kind = field(data, "kind");
    f.mode = orElse(field(data, "mode"), record.mode);
    if (f.mode.isNull() && !f.itemCode.isNull())
        f.mode = source.plannedMode(f.itemCode.toString());
    f.onTime = field(data, "on_time");
}

// A payment with its fee lines; a correction names the payment; a shift's close its
// cash variance (as amount_fen).
void derivePayment(Fact &f, const QJsonObject &data)
{
    f.receiptNo = field(data, "receipt_no");
    if (f.type == QLatin1String("shift.closed")) {
        f.receiptNo.clear();
        f.amountFen = field(data, "variance_fen");
        return;
    }
    if (f.type != QLatin1String("payment.voided"))
        f.amountFen = field(data, "amount_fen");
    if (f.type != QLatin1String("payment.taken"))
        return;
    f.method = field(data, "method");
    const QJsonArray items = data.value(QLatin1String("items")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        f.feeLines.append(
            {i, field(item, "fee_code"), field(item, "qty"), field(item, "amount_fen")});
    }
}

// A call waits since the issue when it is the ticket's first; a served ending lasts since
// the last call and was served by whoever logged it, else by that call's clerk.
void deriveTicket(Fact &f, const Event &e, const QJsonObject &data, Source &source)
{
    f.ticketNo = field(data, "ticket_no");
    f.moment = momentOf(e, data);
    f.businessDay = ticketDay(e, data, source);
    if (f.type == QLatin1String("ticket.issued"))
        return;
    const TicketSoFar so = source.ticket(f.businessDay.toString(), f.ticketNo.toString());
    if (f.type == QLatin1String("ticket.called")) {
        f.caller = orElse(nonEmpty(field(data, "staff").toString()), text(e.staff));
        f.firstCall = qint64(so.called ? 0 : 1);
        if (!so.called && !so.issuedAt.isEmpty())
            f.waitMs = msBetween(so.issuedAt, f.moment.toString());
        return;
    }
    f.outcome = field(data, "outcome");
    if (f.outcome.toString() != QLatin1String("served"))
        return;
    if (so.called)
        f.serviceMs = msBetween(so.lastCallAt, f.moment.toString());
    f.server = text(!e.staff.isEmpty() ? e.staff : so.lastCaller);
}

void deriveRating(Fact &f, const QJsonObject &data)
{
    f.caseNo = field(data, "case_no");
    f.ticketNo = field(data, "ticket_no");
    f.score = field(data, "score");
    f.reached = field(data, "reached");
}

} // namespace

bool isTicketStep(const QString &type)
{
    return type == QLatin1String("ticket.issued") || type == QLatin1String("ticket.called") ||
           type == QLatin1String("ticket.finished");
}

bool counts(const QString &type)
{
    return isCaseStep(type) || isRating(type) || isPaymentStep(type) || isTicketStep(type);
}

QString ticketDay(const Event &e, const QJsonObject &data, const Source &source)
{
    const QString day = data.value(QLatin1String("business_day")).toString();
    return day.isEmpty() ? source.localDay(momentOf(e, data)) : day;
}

std::optional<Fact> derive(const Event &e, const QJsonObject &data, Source &source)
{
    if (!counts(e.type))
        return std::nullopt;
    Fact f;
    f.type = e.type;
    f.at = e.at;
    f.seq = e.seq;
    f.staff = e.staff;
    if (isRating(e.type))
        deriveRating(f, data);
    else if (isCaseStep(e.type))
        deriveCase(f, data, source);
    else if (isPaymentStep(e.type))
        derivePayment(f, data);
    else
        deriveTicket(f, e, data, source);
    return f;
}

void advance(TicketSoFar &ticket, const Fact &fact)
{
    if (fact.type == QLatin1String("ticket.issued")) {
        ticket.issuedAt = fact.moment.toString();
    } else if (fact.type == QLatin1String("ticket.called")) {
        ticket.called = true;
        ticket.lastCallAt = fact.moment.toString();
        ticket.lastCaller = fact.caller.toString();
    }
}

QVariant msBetween(const QString &from, const QString &to)
{
    const QDateTime a = Clock::parseStamp(from);
    const QDateTime b = Clock::parseStamp(to);
    if (!a.isValid() || !b.isValid())
        return {};
    return std::max<qint64>(0, a.msecsTo(b));
}

} // namespace ReportFacts
