// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where a branch's data lives: a folder holding halldesk.db (and its -wal/-shm files).
class DataLocation
{
public:
    // The platform's application data folder, e.g. ~/.local/share/halldesk.
    static QString defaultDir();
    static QString databasePath(const QString &dataDir);
    static QString databaseFileName() { return QStringLiteral("halldesk.db"); }
};
