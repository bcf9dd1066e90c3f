// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/settingstore.h"

#include "core/storage/database.h"
#include "core/storage/devicekey.h"
#include "core/storage/fieldseal.h"
#include "core/storage/writetransaction.h"

#include <QSqlQuery>
#include <QVariant>

QString SettingStore::get(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    return (q.exec() && q.next()) ? q.value(0).toString() : fallback;
}

Status SettingStore::set(WriteTransaction &tx, const QString &key, const QString &value)
{
    QSqlQuery q =
        tx.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES(?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QString(QLatin1String("")) : value); // NULL is not a value
    tx.touch(QStringLiteral("setting"));
    return tx.exec(q);
}

Status SettingStore::setSealed(WriteTransaction &tx, const QString &key, const QString &value)
{
    const DeviceKey &deviceKey = tx.database().deviceKey();
    if (value.isEmpty() || deviceKey.isNull())
        return set(tx, key, value);
    return set(tx, key, FieldSeal::seal(deviceKey, value));
}

QString SettingStore::getSealed(const Database &db, const QString &key)
{
    const QString stored = get(db.connection(), key);
    if (!FieldSeal::isSealed(stored))
        return stored;
    if (db.deviceKey().isNull())
        return QString();
    const Result<QString> plain = FieldSeal::open(db.deviceKey(), stored);
    return plain ? plain.value() : QString();
}
