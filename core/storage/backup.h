// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

class Database;

// Consistent copies of the branch database, taken while it is in use, and their return.
// A backup is sealed with the device key (see SealedFile): without the key it yields no ID
// number and no token, and a backup changed in any byte is refused.
class Backup
{
public:
    struct RestoreOptions
    {
        // The device key's file, for a PC whose key folder lacks it (a new PC): what
        // halldesk-hq device-key prints, or the old PC's key file. Saved in the key folder
        // when the restore succeeds, so the restored database opens.
        QString keyFile;
        // Accept a plain copy made by a HallDesk version that did not seal backups. Nothing
        // can tell whether such a copy was changed, so the person has to ask for it.
        bool allowUnencrypted = false;
    };

    struct Restored
    {
        QString kept;     // the database it replaced, kept aside; empty when there was none
        QString savedKey; // the key file saved into the key folder; empty when none was
        bool wasSealed = true;
    };

    // Writes a complete, self-contained copy (VACUUM INTO), sealed with the database's
    // device key (made now if the database has none yet), to file, which must not exist.
    // The plain copy lives owner-only in the data folder only while it is sealed.
    static Status write(Database &db, const QString &file);

    // Replaces the database at dbPath with the backup in file, after checking that it is
    // sealed with the right key and unchanged, opens, is not from a newer version and that
    // its event chain is whole. The database it replaces is kept beside it as
    // halldesk.db.before-restore-<time>. A refusal changes nothing.
    // The caller makes sure no HallDesk program has dbPath open (see InstanceLock).
    static Result<Restored> restore(const QString &file, const QString &dbPath,
                                    const RestoreOptions &options);
    static Result<Restored> restore(const QString &file, const QString &dbPath)
    {
        return restore(file, dbPath, RestoreOptions());
    }

    // What to tell the person after restoring a plain backup (a notice, not a refusal).
    static Error unencryptedNotice();
};
