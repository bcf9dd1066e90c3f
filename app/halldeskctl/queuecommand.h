// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// halldeskctl queue …: the queue's categories (set up by the administrator: the kiosk offers
// the categories the windows serve) and a day's figures.
//   queue categories
//   queue category CODE NAME [--prefix P] [--order N] [--inactive]
//   queue figures [--date YYYY-MM-DD]
class QueueCommand
{
public:
    // Who changes a category (halldeskctl's administrator, or the console on a new branch):
    // asked only once the command line is known to be right; nullopt: refused, said why.
    using Authorise = std::function<std::optional<Session>()>;
    QueueCommand(Database &db, Authorise authorise) : m_db(db), m_authorise(std::move(authorise)) {}
    // Whether args change the branch (the database is then opened for writing).
    static bool changes(const QStringList &args);

    // The exit code (0 ok, 1 failure, 2 usage with *problem saying what is wrong).
    int run(const QStringList &args, QString *problem);
    static QString usage();

private:
    int categories();
    int category(const QStringList &args, QString *problem);
    int figures(const QStringList &args, QString *problem);

    Database &m_db;
    Authorise m_authorise;
};
