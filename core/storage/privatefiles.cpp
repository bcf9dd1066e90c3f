// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

bool openToOthers(const QString &path)
{
    return (QFile::permissions(path) & kOthers) != 0;
}

} // namespace

bool PrivateFiles::createFolder(const QString &dir)
{
    return QDir().mkpath(dir) && QFile::setPermissions(dir, kOwnerFolder);
}

bool PrivateFiles::createPrivate(const QString &path)
{
    QFile file(path);
    // NewOnly: never truncates a file that appeared meanwhile; the mode is set at creation.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile))
        return false;
    file.close();
    return restrictFile(path);
}

bool PrivateFiles::restrictFile(const QString &path)
{
    if (!openToOthers(path))
        return true;
    return QFile::setPermissions(path, QFile::permissions(path) & ~kOthers);
}

QStringList PrivateFiles::restrictFolder(const QString &dir)
{
    QStringList widened;
    const QFileInfo folder(dir);
    if (!folder.isDir() || !folder.isWritable())
        return widened;
    if (openToOthers(dir)) {
        widened.append(QDir::toNativeSeparators(folder.absoluteFilePath()));
        QFile::setPermissions(dir, kOwnerFolder);
    }
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &file : files) {
        if (file.isSymLink() || !openToOthers(file.filePath()))
            continue;
        widened.append(QDir::toNativeSeparators(file.absoluteFilePath()));
        restrictFile(file.filePath());
    }
    return widened;
}

Error PrivateFiles::openedWarning(const QStringList &paths)
{
    return Error(QStringLiteral("data.was_shared"),
                 QT_TRANSLATE_NOOP("Error", "Other users of this computer could read the data "
                                            "folder (%1). HallDesk has now made it readable by "
                                            "this account only. If someone may have copied it, "
                                            "tell your IT contact."),
                 {paths.join(QStringLiteral(", "))});
}
