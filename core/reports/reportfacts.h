// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/event.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// The one rule of which event yields which report fact (DESIGN.md): the branch runs it in
// its write transaction (ReportFactWriter → report_fact, report_fee_line), headquarters in
// its ingest transaction (Projection → branch_day). Pure: what it needs of earlier events
// (a case's item, window and mode; a ticket's issue and last call) it asks a
// ReportFactSource that the caller answers from its own store.
namespace ReportFacts {

// One fee line of a payment taken (report_fee_line).
struct FeeLine
{
    int line = 0;
    QVariant feeCode;
    QVariant qty;
    QVariant amountFen;
};

// One row of report_fact: the event's catalogue fields, null where the event has none.
struct Fact
{
    QString type;
    QString at;
    qint64 seq = 0;
    QString staff;
    QVariant caseNo, itemCode, windowCode, kind, mode, onTime;
    QVariant receiptNo, method, amountFen;
    QVariant ticketNo, moment, caller, firstCall, waitMs, outcome, serviceMs, server;
    QVariant score, reached;
    // Tickets: the business day whose numbering ticket_no belongs to (numbers restart daily).
    QVariant businessDay;
    QList<FeeLine> feeLines;
};

// A case as its row stood when the event was logged (null: not known).
struct CaseRecord
{
    QVariant itemCode;
    QVariant windowCode;
    QVariant mode;
};

// What the facts of a ticket's earlier events say: its issue and its last call.
struct TicketSoFar
{
    QString issuedAt; // moment of the issue; empty when not seen
    bool called = false;
    QString lastCallAt;
    QString lastCaller;
};

// The earlier state a fact needs, answered by the caller from its own store.
class Source
{
public:
    virtual ~Source() = default;
    virtual CaseRecord caseRecord(const QString &caseNo) = 0;
    // The handling mode the catalogue plans for an item (null when not known).
    virtual QVariant plannedMode(const QString &itemCode) = 0;
    virtual TicketSoFar ticket(const QString &businessDay, const QString &ticketNo) = 0;
    // The branch's local date (YYYY-MM-DD) of a UTC stamp.
    virtual QString localDay(const QString &stamp) const = 0;
};

// The fact an event contributes, or none for a type reports do not count.
std::optional<Fact> derive(const Event &e, const QJsonObject &data, Source &source);
// Types that yield a fact: whether derive() can yield one for this type.
bool counts(const QString &type);
bool isTicketStep(const QString &type); // ticket.issued, ticket.called, ticket.finished
// The business day a ticket event's number belongs to: the day the event carries, else the
// local date of its moment.
QString ticketDay(const Event &e, const QJsonObject &data, const Source &source);
// A ticket's state after one more of its facts (issue or call).
void advance(TicketSoFar &ticket, const Fact &fact);
// Milliseconds from one stamp to a later one (0 when earlier), null when either is invalid.
QVariant msBetween(const QString &from, const QString &to);

} // namespace ReportFacts
