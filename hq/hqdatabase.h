// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <memory>

// The headquarters store: SQLite for one machine or a demo ("sqlite:PATH"), PostgreSQL for
// many branches ("postgres://user:password@host:port/dbname"). Migrated at open.
struct Migration;

class HqDatabase
{
public:
    static Result<std::unique_ptr<HqDatabase>> open(const QString &spec);
    ~HqDatabase();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    bool isPostgres() const { return m_postgres; }
    int schemaVersion() const { return m_version; }

    // The Error for a store that failed, with the driver's words as detail.
    static Error storeError(const QString &detail);

    // BEGIN (IMMEDIATE on SQLite, so writers queue instead of failing mid-way).
    bool begin();
    bool commit();
    void rollback();

private:
    HqDatabase(QString name, bool postgres) : m_name(std::move(name)), m_postgres(postgres) {}
    Status openSqlite(const QString &path);
    Status openPostgres(const QUrl &url);
    Status migrate();
    Status applyMigrations();
    int readVersion();
    QString apply(const Migration &m);

    QString m_name;
    bool m_postgres = false;
    int m_version = 0;
};
