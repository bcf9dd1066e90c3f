// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/instancelock.h"

#include "core/storage/privatefiles.h"

#include <QDir>
#include <QFileInfo>

Result<std::shared_ptr<QLockFile>> InstanceLock::acquire(const QString &dataDir)
{
    // The lock is the first thing in a new data folder: the folder is born owner-only.
    if (!QFileInfo::exists(dataDir))
        PrivateFiles::createFolder(dataDir);
    const QString path = QDir(dataDir).filePath(QStringLiteral("halldesk.lock"));
    auto lock = std::make_shared<QLockFile>(path);
    lock->setStaleLockTime(0); // only a dead process's lock is stale, never a slow one
    if (lock->tryLock(100)) {
        PrivateFiles::restrictFile(path);
        return lock;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    lock->getLockInfo(&pid, &host, &app);
    return Error(QStringLiteral("instance.busy"),
                 QT_TRANSLATE_NOOP("Error", "The data folder %1 is in use by another HallDesk "
                                            "program (%2, process %3). Close it first, then try "
                                            "again."),
                 {QDir::toNativeSeparators(dataDir), app, QString::number(pid)});
}
