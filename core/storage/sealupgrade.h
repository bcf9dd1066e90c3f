// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

class DeviceKey;

// The step of schema 11 that SQL cannot do: sealing what an older branch stored in clear
// (customers' ID numbers with their blind index and masked parts, the ID numbers in
// event_log and in case forms, the headquarters token) with the device key, in one
// transaction, on the first start after the upgrade. The events' hashes stay as they are:
// they are defined over the clear data. Then the WAL is emptied and the file rebuilt
// (VACUUM), so no page with a clear number survives in the database or its WAL.
namespace SealUpgrade {

QString pendingSetting();
bool pending(const QSqlDatabase &db);
Status run(const QSqlDatabase &db, const DeviceKey &key);
// Seals every value that is still clear, inside the caller's transaction (also used by
// key rotation, after opening everything with the old key).
Status sealClearValues(const QSqlDatabase &db, const DeviceKey &key);
// PRAGMA wal_checkpoint(TRUNCATE), VACUUM, and the checkpoint again.
Status compact(const QSqlDatabase &db);

} // namespace SealUpgrade
