// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

class Database;

// Consistent copies of the branch database, taken while it is in use, and their return.
class Backup
{
public:
    // Writes a complete, self-contained copy (VACUUM INTO) to file, which must not exist.
    static Status write(Database &db, const QString &file);

    // Replaces the database at dbPath with the copy in file, after checking that the copy
    // opens, is not from a newer version and that its event chain is whole. The database
    // it replaces is kept beside it as halldesk.db.before-restore-<time>; returns that path.
    // The caller makes sure no HallDesk program has dbPath open (see InstanceLock).
    static Result<QString> restore(const QString &file, const QString &dbPath);
};
