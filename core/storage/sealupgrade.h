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
// Inside the caller's transaction: every value, opened with from where it is sealed and
// taken as it is where it is clear, sealed with to, the customers' blind indexes and masked
// parts recomputed. A value that from does not open is left as it is. The upgrade runs it
// with the database's key as both, key rotation with the old key and the new.
Status reseal(const QSqlDatabase &db, const DeviceKey &from, const DeviceKey &to);
// PRAGMA wal_checkpoint(TRUNCATE), VACUUM, and the checkpoint again.
Status compact(const QSqlDatabase &db);

} // namespace SealUpgrade
