// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/queue/queuesetup.h"
#include "core/queue/ticket.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class Database;
class WriteTransaction;
struct Session;

// What a customer asks for at the ticket machine (or a clerk for them at the counter).
struct TicketRequest
{
    QString category;
    QString priority = QStringLiteral("normal"); // normal, vip, elderly, disabled
    // Optional: the customer's resident ID number or mobile, so that their card opens on
    // the clerk's screen when the ticket is called. A registered VIP gets the VIP channel.
    QString customerLink;
    QString channel = QStringLiteral("kiosk"); // kiosk, counter
};

// Where a ticket goes when the clerk sends the customer on: another category (any window
// serving it calls it) or one window. Exactly one of the two is set.
struct TransferTarget
{
    QString category;
    QString window;
};

// The queue at the windows (DOMAIN.md rules 6, 15, 16): tickets numbered per category and
// business day (A001…, restarting every day), called to a window green channel first and
// then by issue time, among the categories the window serves. Each public
// action is one transaction with one event:
//   issue → ticket.issued; callNext → ticket.called; recall → ticket.recalled;
//   finish, noShow, transfer → ticket.finished (outcome served, no_show, transferred);
//   park → ticket.parked; resume → ticket.resumed; takeOver → window.taken_over.
// The WriteTransaction& overloads do the same inside the caller's transaction (the demo
// seeder). Every action needs Permission::ServeCustomers, a staff number and an open
// business day (day.closed otherwise); a refusal writes nothing.
//
// Window actions are taken by the staff member working the window today: the first of its
// A or B post (or a supervisor, or anyone at a window without posts) to act there takes
// it; after that, another eligible member takes it over with takeOver (B covering for A).
// Common refusals of window actions: queue.unknown_window, queue.not_your_post (not A or
// B of the window), queue.window_taken (someone else works it today), queue.no_current
// (no ticket at the window).
class TicketService
{
public:
    explicit TicketService(Database &db);
    ~TicketService();
    TicketService(const TicketService &) = delete;
    TicketService &operator=(const TicketService &) = delete;

    // Refusals: queue.unknown_category, queue.category_unserved (no window serves it),
    // queue.bad_priority, queue.bad_link (neither an ID number nor a mobile),
    // queue.unknown_customer (an ID number nobody registered). An unregistered mobile is
    // kept as the contact for a callback.
    Result<Ticket> issue(const Session &session, const TicketRequest &request);
    Result<Ticket> issue(WriteTransaction &tx, const Session &session,
                         const TicketRequest &request);

    // Calls the next waiting ticket to the window. Refusals: queue.still_serving (a ticket
    // is at the window), queue.window_serves_nothing, queue.nothing_waiting.
    Result<Ticket> callNext(const Session &session, const QString &window);
    Result<Ticket> callNext(WriteTransaction &tx, const Session &session, const QString &window);

    // Calls the ticket at the window again (the customer has not come yet).
    Result<Ticket> recall(const Session &session, const QString &window);

    // The end of service: the ticket is linked to the cases the clerk registered or handled
    // since it was called (case_nos), and to their customer when it had none.
    Result<Ticket> finish(const Session &session, const QString &window);
    Result<Ticket> finish(WriteTransaction &tx, const Session &session, const QString &window);

    // The called customer did not come.
    Result<Ticket> noShow(const Session &session, const QString &window);

    // Sends the customer on with the same ticket: it waits again (keeping its place by issue
    // time) in another category or for one window. Refusals: queue.bad_transfer,
    // queue.unknown_category, queue.category_unserved, queue.unknown_window,
    // queue.same_window.
    Result<Ticket> transfer(const Session &session, const QString &window,
                            const TransferTarget &target);

    // Sets the ticket at the window aside (the customer fetches a document) so the window can
    // call the next one; resume brings it back. Refusals of resume: queue.not_parked.
    Result<Ticket> park(const Session &session, const QString &window);
    Result<Ticket> resume(const Session &session, const QString &window, const QString &ticketNo);

    // The session's staff member starts working the window (B covering for A, A coming
    // back, a supervisor), with the ticket being served there. Refusals: queue.not_your_post,
    // queue.already_yours.
    Result<QueueWindow> takeOver(const Session &session, const QString &window);

    // Reading (today's business day unless given).
    Result<Ticket> find(const QString &ticketNo, QDate day = {}) const;
    // The ticket being served at the window, if any (queue.no_current otherwise).
    Result<Ticket> current(const QString &window) const;
    QList<Ticket> parked(const QString &window) const;
    // Waiting tickets the window would call, in call order (at most limit).
    QList<Ticket> waitingFor(const QString &window, int limit = 50) const;
    int waitingCount(const QString &window) const;

    // The number as printed: the category's prefix and the day's sequence, three digits
    // at least (A001, A999, A1000).
    static QString formatNumber(const QString &prefix, int sequence);

private:
    struct Statements;
    Statements &statements();

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
};
