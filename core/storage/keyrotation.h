// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/devicekey.h"

class Database;

// Replaces a database's device key (halldeskctl key rotate): a new key file, everything
// sealed opened with the old key and sealed again with the new one in one transaction
// (blind indexes recomputed), the new key id recorded, then the WAL truncated and the file
// vacuumed. The old key file stays: backups made before the rotation need it. The
// Database must be opened again to use the new key.
namespace KeyRotation {

Result<DeviceKey> rotate(Database &db, const QString &staffNo);

} // namespace KeyRotation
