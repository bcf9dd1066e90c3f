// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/datalocation.h"

#include <QDir>
#include <QStandardPaths>

QString DataLocation::defaultDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("halldesk"));
}

QString DataLocation::databasePath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(databaseFileName());
}
