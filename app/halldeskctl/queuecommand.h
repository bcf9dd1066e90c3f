// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class Database;

// halldeskctl queue …: the queue's categories (set up by the administrator: the kiosk offers
// the categories the windows serve) and a day's figures.
//   queue categories
//   queue category CODE NAME [--prefix P] [--order N] [--inactive]
//   queue figures [--date YYYY-MM-DD]
class QueueCommand
{
public:
    explicit QueueCommand(Database &db) : m_db(db) {}

    // The exit code (0 ok, 1 failure, 2 usage with *problem saying what is wrong).
    int run(const QStringList &args, QString *problem);
    static QString usage();

private:
    int categories();
    int category(const QStringList &args, QString *problem);
    int figures(const QStringList &args, QString *problem);

    Database &m_db;
};
