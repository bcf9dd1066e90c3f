// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawbaseline.h"

#include "core/storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

RawBaseline::~RawBaseline()
{
    if (m_insert)
        sqlite3_finalize(m_insert);
    if (m_db) {
        const QByteArray drop = "DROP TABLE IF EXISTS " + m_table.toUtf8();
        sqlite3_exec(m_db, drop.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
}

bool RawBaseline::open(const QString &path)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(m_db, 5000);
    const QByteArray create = "CREATE TABLE IF NOT EXISTS " + m_table.toUtf8() +
                              "(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)";
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                            "PRAGMA foreign_keys=ON", create.constData()}) {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
    }
    const QByteArray insert = "INSERT INTO " + m_table.toUtf8() + "(payload) VALUES(?)";
    return sqlite3_prepare_v2(m_db, insert.constData(), -1, &m_insert, nullptr) == SQLITE_OK;
}

bool RawBaseline::insert(const QByteArray &payload)
{
    if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_blob(m_insert, 1, payload.constData(), int(payload.size()), SQLITE_STATIC);
    const bool ok = sqlite3_step(m_insert) == SQLITE_DONE;
    sqlite3_reset(m_insert);
    return sqlite3_exec(m_db, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK &&
           ok;
}

QByteArray RawBaseline::writtenBytes(Database &db, const QStringList &sqls, const QVariant &key)
{
    QByteArray bytes;
    QSqlQuery q = db.query();
    q.exec(QStringLiteral("SELECT id, type, at, staff, data, prev, hash FROM event_log ORDER BY "
                          "seq DESC LIMIT 1"));
    if (q.next()) {
        for (int i = 0; i < 7; ++i)
            bytes += q.value(i).toString().toUtf8();
    }
    for (const QString &sql : sqls) {
        q.prepare(sql);
        q.addBindValue(key);
        if (!q.exec())
            continue;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                bytes += q.value(i).toString().toUtf8();
        }
    }
    return bytes;
}
