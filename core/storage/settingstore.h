// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>

class Database;
class WriteTransaction;

// Key/value settings of this device and branch kept in the database (device id, branch
// code, idle lock…), so they travel with the data and its backups.
class SettingStore
{
public:
    static QString get(const QSqlDatabase &db, const QString &key, const QString &fallback = {});
    static Status set(WriteTransaction &tx, const QString &key, const QString &value);
    // A secret setting (the headquarters token): stored sealed with the database's device
    // key, read opened. A value stored before sealing existed is read as it is; one that
    // does not open (another key, altered) reads as empty.
    static Status setSealed(WriteTransaction &tx, const QString &key, const QString &value);
    static QString getSealed(const Database &db, const QString &key);

    // Well-known keys.
    static QString deviceId() { return QStringLiteral("device.id"); }
    static QString deviceTag() { return QStringLiteral("device.tag"); }
    static QString branchCode() { return QStringLiteral("branch.code"); }
    static QString branchName() { return QStringLiteral("branch.name"); }
    static QString idleLockMinutes() { return QStringLiteral("ui.idle_lock_minutes"); }
    static QString syncToken() { return QStringLiteral("sync.token"); }
};
