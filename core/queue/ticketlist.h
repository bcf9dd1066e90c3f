// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/queuesetup.h"
#include "core/queue/ticket.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Reading tickets for lists: which tickets a list shows, a page at a time, and the one
// place that knows the ticket table's columns.
class TicketList
{
public:
    enum class Kind {
        WaitingForWindow, // what the window calls, in call order
        AllWaiting,       // the day's waiting tickets, in issue order
        ParkedAtWindow,
        Customer, // a customer's tickets, newest first (any day)
    };
    struct Selection
    {
        Kind kind = Kind::AllWaiting;
        QString key; // the window or the customer id
        QDate day;   // invalid: today's business day
    };

    static QList<Ticket> select(const QSqlDatabase &db, const Selection &selection, int offset,
                                int limit);

    // Waiting tickets a window calls: its categories (unless sent to another window) and
    // those sent to it, green channel first, then by issue time. Prepared, not executed.
    static QSqlQuery waitingFor(const QSqlDatabase &db, const QueueWindow &window, QDate day,
                                int offset, int limit, bool countOnly = false);

    // "ticket_id, business_day, …" for SELECT, in the order read() expects.
    static QLatin1String columns();
    static Ticket read(const QSqlQuery &q);
    // The leg_called_at column of a row read with columns().
    static QDateTime legCalledAt(const QSqlQuery &q);
};
