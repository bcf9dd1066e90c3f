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
// Inside the caller's transaction: every value sealed with from (with a null from: every
// value still clear) sealed again with to, the customers' blind indexes recomputed. A value
// that from does not open is left as it is. Also the step of key rotation.
Status reseal(const QSqlDatabase &db, const DeviceKey &from, const DeviceKey &to);
// PRAGMA wal_checkpoint(TRUNCATE), VACUUM, and the checkpoint again.
Status compact(const QSqlDatabase &db);

} // namespace SealUpgrade
