// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/hqdatabase.h"

#include "core/storage/migration.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {
QAtomicInt g_counter;

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
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        const QString path = spec.mid(7);
        if (path.isEmpty())
            return storeError(QStringLiteral("sqlite: needs a file path"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        store.reset(new HqDatabase(name, false));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
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
        q.finish();
    } else if (spec.startsWith(QLatin1String("postgres://")) ||
               spec.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(spec);
        if (!url.isValid() || url.path().size() < 2)
            return storeError(QStringLiteral("expected postgres://user:password@host:port/dbname"));
        store.reset(new HqDatabase(name, true));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        if (!db.open())
            return storeError(db.lastError().text());
    } else {
        return storeError(QStringLiteral("--db must start with sqlite: or postgres://"));
    }
    if (const Status s = store->migrate(); !s)
        return s.error();
    return store;
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

Status HqDatabase::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // hq_meta is created by the first migration; before it there is no version.
    if (db.tables().contains(QStringLiteral("hq_meta"))) {
        if (q.exec(QStringLiteral("SELECT value FROM hq_meta WHERE key = 'schema.version'")) &&
            q.next())
            m_version = q.value(0).toInt();
        q.finish();
    }
    const QList<Migration> migrations = hqMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (m_version > latest) {
        return Error(QStringLiteral("hq.too_new"),
                     QT_TRANSLATE_NOOP("Error", "The headquarters database has schema %1, newer "
                                                "than this halldesk-hq understands (%2). Nothing "
                                                "was changed. Install the newer halldesk-hq."),
                     {QString::number(m_version), QString::number(latest)});
    }
    for (const Migration &m : migrations) {
        if (m.version <= m_version)
            continue;
        if (!begin())
            return storeError(q.lastError().text());
        QString failure;
        for (const QString &statement : Migration::statements(m.sql)) {
            if (!q.exec(statement)) {
                failure = q.lastError().text();
                break;
            }
        }
        if (failure.isEmpty()) {
            q.prepare(QStringLiteral("INSERT INTO hq_meta(key, value) VALUES('schema.version', ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(QString::number(m.version));
            if (!q.exec())
                failure = q.lastError().text();
        }
        q.finish();
        if (failure.isEmpty() && !commit())
            failure = QStringLiteral("commit failed");
        if (!failure.isEmpty()) {
            rollback();
            return storeError(
                QStringLiteral("migration %1 failed: %2").arg(m.version).arg(failure));
        }
        m_version = m.version;
    }
    return success();
}
