// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Waiting now in one category.
struct CategoryLoad
{
    QString code;
    QString name;
    int waiting = 0;
    int green = 0;           // of them, green channel
    qint64 longestWaitS = 0; // the longest waiting ticket's wait so far
};

// One window's day.
struct WindowLoad
{
    QString code;
    QString name;
    QString handler;       // who works it today
    QString currentTicket; // being served now
    int served = 0;
    int noShow = 0;
    int transferred = 0;
    qint64 averageServiceS = 0;
};

// The supervisor's live figures for a business day. Waiting now comes from the open
// tickets; waiting and service times and the tickets per window come from the day's
// ticket.called and ticket.finished events (their waited_ms and service_ms).
struct QueueFigures
{
    QDate day;
    int issued = 0;
    int waiting = 0;
    qint64 longestWaitS = 0;
    int calls = 0; // calls that ended a wait (recalls not counted)
    qint64 averageWaitS = 0;
    int finished = 0; // served and transferred legs with a service time
    qint64 averageServiceS = 0;
    int served = 0;
    int noShow = 0;
    QList<CategoryLoad> categories;
    QList<WindowLoad> windows;

    static QueueFigures compute(const QSqlDatabase &db, QDate day = {}, QDateTime now = {});
    // Every served category (and any other with tickets waiting), in the kiosk's order.
    static QList<CategoryLoad> categoryLoad(const QSqlDatabase &db, QDate day = {},
                                            QDateTime now = {});
    // Every active window with its day's figures.
    static QList<WindowLoad> windowLoad(const QSqlDatabase &db, QDate day = {});
};
