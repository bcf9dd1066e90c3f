// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QString>

#include <memory>

class Database;
class WriteTransaction;
struct Session;

// The queue's part of the demo branch, written through the queue's core services: the
// queue categories; in the seeded history every visitor takes a ticket at the kiosk, is
// called to the clerk's window, served and (mostly) rates the service, a bad rating opening
// a callback that is worked on the following days; and today's waiting queue. The history
// steps run inside the demo seeder's transactions at the moments its clock gives.
class QueueDemo
{
public:
    explicit QueueDemo(Database &db);
    ~QueueDemo();
    QueueDemo(const QueueDemo &) = delete;
    QueueDemo &operator=(const QueueDemo &) = delete;

    // A 综合业务, B 民政残联, C 电信业务, D 社保就业, E 国土村建 (the categories the demo
    // windows serve); existing categories are kept, so a second run writes nothing. The
    // events name `by` (the console, or the administrator seeding).
    Status setUpCategories(const Session &by);

    // The visitor takes a ticket of the category at the kiosk (r: the visitor's random bits).
    // On the first visit of a day, the callbacks due by then are worked first.
    Status arrive(WriteTransaction &tx, const Session &clerk, const QString &category, quint64 r);
    // The clerk calls the next ticket (a ticket left at the window is finished first).
    Status call(WriteTransaction &tx, const Session &clerk);
    // The end of the service; most visitors rate it.
    Status leave(WriteTransaction &tx, const Session &clerk, quint64 r);

    // Today's queue, issued now at the kiosk: a dozen waiting tickets over the categories,
    // a few in the green channel. Nothing when a dozen already wait. Returns how many.
    Result<int> fillTodaysQueue();

    int tickets() const { return m_tickets; }

private:
    Status workCallbacks(WriteTransaction &tx, const Session &clerk, QDate day);

    struct Services;
    Database &m_db;
    std::unique_ptr<Services> m_services;
    QDate m_today; // when the history is written up to (the clock at construction)
    QDate m_day;
    bool m_withTicket = false; // the present visitor took a ticket
    int m_tickets = 0;
};
