// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/devicekey.h"
#include "core/storage/migration.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <map>
#include <memory>

class QSqlError;
class QSqlQuery;

// The branch's SQLite database: opened safely (WAL, synchronous=FULL, foreign keys,
// busy timeout, quick_check, no network file systems) and migrated to the current schema.
// One instance per thread: each owns its own connection.
class Database : public QObject
{
    Q_OBJECT
public:
    // Stored in PRAGMA application_id so another program's SQLite file is never migrated.
    static constexpr int ApplicationId = 0x48444b31; // "HDK1"

    // ReadOnly is for what only reads (verify, reports, backups): no schema update or
    // permission change, and a copy nobody may write is opened read-only by SQLite, which
    // then creates nothing beside it, not even a -wal or -shm file. So these work on a
    // read-only copy of a data folder.
    enum class OpenMode { ReadWrite, ReadOnly };

    struct Options
    {
        bool create = true; // create the file if missing
        QList<Migration> migrations = Migration::bundled();
        int busyTimeoutMs = 5000;
        // PRAGMA quick_check reads the whole file: seconds on a large branch. The counter
        // app opens without it and runs quickCheck() in the background instead; further
        // connections to an already checked file skip it.
        bool integrityCheck = true;
        OpenMode mode = OpenMode::ReadWrite; // ReadOnly ignores create
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options());
    }
    // A second connection to the same file for another thread (the sync client, reports).
    Result<std::unique_ptr<Database>> openAnother() const;
    ~Database() override;

    // PRAGMA quick_check on this connection; an Error when the file is damaged.
    Status quickCheck() const;

    QSqlDatabase connection() const;
    QSqlQuery query() const; // a query bound to this connection
    // A statement prepared once for this connection and kept: for the few statements every
    // clerk action runs (BEGIN, the log's head and insert, numbering). Callers bind and
    // exec it, and finish() it after reading rows, so it never holds a transaction open.
    QSqlQuery &statement(const QString &sql);
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The data folder's paths that other users could read when it was opened (now private;
    // see PrivateFiles). Empty when all was private already.
    const QStringList &madePrivate() const { return m_madePrivate; }
    int latestKnownVersion() const { return m_latestKnown; }
    // The key that seals this database's ID numbers and token (see DeviceKey), loaded when
    // it was opened. Null only for a database that names no key and may not be changed.
    const DeviceKey &deviceKey() const { return m_deviceKey; }

    // A person-readable Error for a failed statement: disk full, read-only, damaged…
    static Error errorFrom(const QSqlError &error);
    // "?, ?, ?": count bound-value marks for an IN (…) list or a VALUES row.
    static QString placeholders(qsizetype count)
    {
        return count <= 0 ? QString()
                          : QStringLiteral("?") + QStringLiteral(", ?").repeated(count - 1);
    }

    // Called by WriteTransaction after a commit so models refresh.
    void notifyChanged(const QStringList &tables) { emit changed(tables); }

signals:
    void changed(const QStringList &tables);

private:
    Database(QString path, QString connectionName);
    Status configure(const Options &options);
    Status configureJournal();
    Status migrate(const QList<Migration> &migrations);
    // Loads the device key (creating it when mayCreate and the database names none) and
    // seals what schema 11 left to seal.
    Status loadDeviceKey(bool mayCreate);

    QString m_path;
    QString m_connectionName;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    Options m_options;
    int m_schemaVersion = 0;
    int m_latestKnown = 0;
    QStringList m_madePrivate;
    DeviceKey m_deviceKey;
};
