// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/event.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>

class Database;

// One clerk action = one SQLite transaction: validate, write the business rows, append one
// event, commit, then tell models what changed. Rolled back if not committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN succeeded; when not, begun().error() says why (locked, read-only…).
    const Status &begun() const { return m_begun; }

    QSqlQuery prepare(const QString &sql);
    // A statement prepared once per connection (Database::statement), for code that runs
    // in every action or many times in one. Bind and exec it as usual.
    QSqlQuery &cached(const QString &sql);
    // Runs a prepared query; a failure becomes a person-readable Error.
    Status exec(QSqlQuery &query);
    // Records that a table changed, for the change notification after commit.
    void touch(const QString &table) { m_tables.insert(table); }

    // Appends an event to the log within this transaction (seeding appends many).
    Result<Event> append(const QString &type, const QString &staff, const QJsonObject &data);
    // Commits; on failure everything is rolled back.
    Status commit();
    // The usual case: append the action's event and commit.
    Result<Event> commit(const QString &type, const QString &staff, const QJsonObject &data);

    Database &database() { return m_db; }

    // Runs action(tx) in a transaction of its own and commits when it succeeds: the
    // one-shot form of a service call whose body takes a WriteTransaction&.
    template <typename Action>
    static auto perform(Database &db, Action &&action)
        -> decltype(action(std::declval<WriteTransaction &>()))
    {
        WriteTransaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        auto result = action(tx);
        if (!result)
            return result;
        if (const Status s = tx.commit(); !s)
            return s.error();
        return result;
    }

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
    QSet<QString> m_tables;
    // Appending many events in one transaction reads the head once.
    std::optional<Event> m_last;
};
