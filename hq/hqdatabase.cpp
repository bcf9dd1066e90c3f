// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/hqdatabase.h"

#include "core/storage/migration.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {
QAtomicInt g_counter;
// pg_advisory_lock's key for migrations: "HQMG".
constexpr qint64 kMigrationLock = 0x48514D47;

QList<Migration> hqMigrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/hq/migrations"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            list.append(Migration::fromFile(file, QString::fromUtf8(f.readAll())));
    }
    return list;
}

} // namespace

Error HqDatabase::storeError(const QString &detail)
{
    return Error(QStringLiteral("hq.store"),
                 QT_TRANSLATE_NOOP("Error", "The headquarters database could not be used: %1. "
                                            "Check --db and that the database server is running."),
                 {detail});
}

Result<std::unique_ptr<HqDatabase>> HqDatabase::open(const QString &spec)
{
    const QString name = QStringLiteral("hq-%1").arg(g_counter.fetchAndAddOrdered(1));
    std::unique_ptr<HqDatabase> store;
    std::unique_ptr<QLockFile> opening;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        const QString path = spec.mid(7);
        if (path.isEmpty())
            return storeError(QStringLiteral("sqlite: needs a file path"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        // Switching a fresh file to WAL can answer "database is locked" at once to a second
        // process, without waiting: the processes that open one file take turns.
        if (path != QLatin1String(":memory:")) {
            opening = std::make_unique<QLockFile>(path + QStringLiteral(".opening"));
            if (!opening->tryLock(60000))
                return storeError(QStringLiteral("another process keeps %1.opening").arg(path));
        }
        store.reset(new HqDatabase(name, false));
        if (const Status s = store->openSqlite(path); !s)
            return s.error();
    } else if (spec.startsWith(QLatin1String("postgres://")) ||
               spec.startsWith(QLatin1String("postgresql://"))) {
        store.reset(new HqDatabase(name, true));
        if (const Status s = store->openPostgres(QUrl(spec)); !s)
            return s.error();
    } else {
        return storeError(QStringLiteral("--db must start with sqlite: or postgres://"));
    }
    if (const Status s = store->migrate(); !s)
        return s.error();
    return store;
}

Status HqDatabase::openSqlite(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return storeError(db.lastError().text());
    QSqlQuery q(db);
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return storeError(q.lastError().text());
    }
    return success();
}

Status HqDatabase::openPostgres(const QUrl &url)
{
    if (!url.isValid() || url.path().size() < 2)
        return storeError(QStringLiteral("expected postgres://user:password@host:port/dbname"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    if (!db.open())
        return storeError(db.lastError().text());
    return success();
}

HqDatabase::~HqDatabase()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool HqDatabase::begin()
{
    QSqlQuery q(connection());
    return q.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

bool HqDatabase::commit()
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("COMMIT"));
}

void HqDatabase::rollback()
{
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
}

// Several HQ processes may open one fresh store at once (a service and an operator's
// enroll-code): each migration step reads the version and applies the next migration
// inside one write transaction (SQLite: BEGIN IMMEDIATE), and on PostgreSQL the whole
// run holds an advisory lock, since its DDL would otherwise race between the reads.
Status HqDatabase::migrate()
{
    QSqlQuery lock(connection());
    if (m_postgres && !lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
        return storeError(lock.lastError().text());
    const Status applied = applyMigrations();
    if (m_postgres)
        lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    return applied;
}

int HqDatabase::readVersion()
{
    QSqlQuery q(connection());
    // hq_meta is created by the first migration; before it there is no version. Asked of
    // the catalogue, because a failed SELECT would abort a PostgreSQL transaction.
    const QString exists =
        m_postgres ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                    "table_schema = current_schema() AND table_name = 'hq_meta'")
                   : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                    "AND name = 'hq_meta'");
    if (!q.exec(exists) || !q.next() || q.value(0).toInt() == 0)
        return 0;
    q.finish();
    if (q.exec(QStringLiteral("SELECT value FROM hq_meta WHERE key = 'schema.version'")) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

Status HqDatabase::applyMigrations()
{
    const QList<Migration> migrations = hqMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    for (const Migration &m : migrations) {
        if (!begin())
            return storeError(QSqlQuery(connection()).lastError().text());
        m_version = readVersion();
        if (m_version > latest) {
            rollback();
            return Error(QStringLiteral("hq.too_new"),
                         QT_TRANSLATE_NOOP("Error",
                                           "The headquarters database has schema %1, newer "
                                           "than this halldesk-hq understands (%2). Nothing "
                                           "was changed. Install the newer halldesk-hq."),
                         {QString::number(m_version), QString::number(latest)});
        }
        if (m.version <= m_version) {
            rollback();
            continue;
        }
        const QString failure = apply(m);
        if (!failure.isEmpty()) {
            rollback();
            return storeError(
                QStringLiteral("migration %1 failed: %2").arg(m.version).arg(failure));
        }
        m_version = m.version;
    }
    return success();
}

// Runs one migration in the open transaction and commits it; the failure, or empty.
QString HqDatabase::apply(const Migration &m)
{
    QSqlQuery q(connection());
    for (const QString &statement : Migration::statements(m.sql)) {
        if (!q.exec(statement))
            return q.lastError().text();
    }
    q.prepare(QStringLiteral("INSERT INTO hq_meta(key, value) VALUES('schema.version', ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(m.version));
    if (!q.exec())
        return q.lastError().text();
    q.finish();
    return commit() ? QString() : QStringLiteral("commit failed");
}
