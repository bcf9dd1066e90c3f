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
