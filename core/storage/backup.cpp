// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backup.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/eventlog.h"
#include "core/storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}
} // namespace

Status Backup::write(Database &db, const QString &file)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        return Error(QStringLiteral("backup.exists"),
                     QT_TRANSLATE_NOOP("Error", "The backup file %1 already exists. Choose a new "
                                                "file name; an old backup is never overwritten."),
                     {QDir::toNativeSeparators(target)});
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return Error(QStringLiteral("backup.folder"),
                     QT_TRANSLATE_NOOP("Error", "The folder for the backup %1 could not be "
                                                "created. Choose another place."),
                     {QDir::toNativeSeparators(target)});
    }
    // Written under a temporary name first so a half-written backup never looks complete.
    const QString partial = target + QStringLiteral(".partial");
    removeWithSidecars(partial);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        const Error e = Database::errorFrom(q.lastError());
        removeWithSidecars(partial);
        return e;
    }
    // The copy holds what the database holds: owner-only before it gets its name.
    PrivateFiles::restrictFile(partial);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error(QStringLiteral("backup.rename"),
                     QT_TRANSLATE_NOOP("Error", "The backup could not be saved as %1. Check that "
                                                "the folder is writable and try again."),
                     {QDir::toNativeSeparators(target)});
    }
    return success();
}

Result<QString> Backup::restore(const QString &file, const QString &dbPath)
{
    if (!QFileInfo::exists(file)) {
        return Error(QStringLiteral("restore.missing"),
                     QT_TRANSLATE_NOOP("Error", "There is no backup file %1. Check the name."),
                     {QDir::toNativeSeparators(file)});
    }
    // Check a copy, never the backup itself: opening migrates an older copy.
    const QString staging = dbPath + QStringLiteral(".restoring");
    removeWithSidecars(staging);
    if (!QFile::copy(file, staging)) {
        return Error(QStringLiteral("restore.copy"),
                     QT_TRANSLATE_NOOP("Error", "The backup could not be copied into the data "
                                                "folder. Check free disk space and permissions, "
                                                "then try again. Nothing was changed."));
    }
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner);
    {
        Database::Options options;
        options.create = false;
        Result<std::unique_ptr<Database>> candidate = Database::open(staging, options);
        if (!candidate) {
            removeWithSidecars(staging);
            return candidate.error();
        }
        const Result<EventLog::Verification> chain =
            EventLog::verify(candidate.value()->connection());
        if (!chain || !chain->intact()) {
            removeWithSidecars(staging);
            return Error(QStringLiteral("restore.chain_broken"),
                         QT_TRANSLATE_NOOP("Error", "The backup's event log is broken at event "
                                                    "%1, so it cannot be trusted. Use another "
                                                    "backup. Nothing was changed."),
                         {chain ? QString::number(chain->firstBroken) : QStringLiteral("?")});
        }
        QSqlQuery(candidate.value()->connection())
            .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    QString kept;
    if (QFileInfo::exists(dbPath)) {
        {
            // Fold the current WAL into the file so the kept copy is complete on its own.
            Database::Options options;
            options.create = false;
            Result<std::unique_ptr<Database>> current = Database::open(dbPath, options);
            if (current)
                QSqlQuery(current.value()->connection())
                    .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        kept = dbPath + QStringLiteral(".before-restore-") +
               Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(dbPath, kept)) {
            removeWithSidecars(staging);
            return Error(QStringLiteral("restore.rename"),
                         QT_TRANSLATE_NOOP("Error", "The current database could not be moved "
                                                    "aside. Close every HallDesk window and try "
                                                    "again. Nothing was changed."));
        }
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
    }
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    if (!QFile::rename(staging, dbPath)) {
        if (!kept.isEmpty())
            QFile::rename(kept, dbPath);
        return Error(QStringLiteral("restore.rename"),
                     QT_TRANSLATE_NOOP("Error", "The current database could not be moved aside. "
                                                "Close every HallDesk window and try again. "
                                                "Nothing was changed."));
    }
    return kept;
}
