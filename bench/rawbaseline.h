// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

class Database;
struct sqlite3;
struct sqlite3_stmt;

// The floor a clerk action is compared with: one INSERT + COMMIT of the same bytes through
// the SQLite C API, on a connection of its own to the same file with Database's pragmas
// (WAL, synchronous=FULL), into a scratch table that is dropped afterwards.
class RawBaseline
{
public:
    explicit RawBaseline(QString table) : m_table(std::move(table)) {}
    ~RawBaseline();
    RawBaseline(const RawBaseline &) = delete;
    RawBaseline &operator=(const RawBaseline &) = delete;

    bool open(const QString &path);
    bool insert(const QByteArray &payload);

    // What an action wrote: the newest event row, then the rows each of `sqls` (one bound
    // value, key) selects from the business tables the action changed.
    static QByteArray writtenBytes(Database &db, const QStringList &sqls, const QVariant &key);

private:
    QString m_table;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};
