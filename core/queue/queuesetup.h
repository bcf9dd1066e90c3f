// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Database;
struct Session;

// What a customer picks at the ticket machine: a kind of business served by one or more
// windows (service_window.categories lists the codes). Its prefix starts the day's ticket
// numbers: A001, A002…
struct QueueCategory
{
    QString code;   // 1-4 of [A-Z0-9], as in service_window.categories
    QString name;   // on the kiosk button, the ticket and the hall display
    QString prefix; // 1-3 of [A-Z]
    int sortOrder = 0;
    bool active = true;
};

// A service window as the queue sees it: the categories it serves and its AB posts
// (master data from headquarters), and who works it today (window_post).
struct QueueWindow
{
    QString code;
    QString name;
    QStringList categories;
    QString staffA;
    QString staffB;
    QString handler; // staff number working the window today; empty: nobody yet
    QString post;    // the handler's post: a, b or cover
};

// The queue's configuration: categories (set up on the terminal by an administrator or
// the demo) and the windows with their posts (read from master data and window_post).
class QueueSetup
{
public:
    // Adds or changes a category in one transaction with a queue.category_saved event.
    // Needs Permission::ManageDevice. Refusals: queue.bad_category (code, name or prefix
    // not as described above), queue.prefix_taken (another active category has it).
    static Status saveCategory(Database &db, const Session &session, const QueueCategory &category);

    static QList<QueueCategory> categories(const QSqlDatabase &db, bool includeInactive = false);
    // queue.unknown_category when there is no active category with this code.
    static Result<QueueCategory> category(const QSqlDatabase &db, const QString &code);
    // Active categories at least one active window serves: what the kiosk offers.
    static QList<QueueCategory> servedCategories(const QSqlDatabase &db);

    // The active windows, ordered by code, with today's handler.
    static QList<QueueWindow> windows(const QSqlDatabase &db);
    // queue.unknown_window when there is no active window with this code.
    static Result<QueueWindow> window(const QSqlDatabase &db, const QString &code);

    // "A 综合业务, B 民政残联" for messages.
    static QString describe(const QSqlDatabase &db, const QStringList &codes);
};
