// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/keyrotation.h"

#include "core/storage/database.h"
#include "core/storage/eventlog.h"
#include "core/storage/sealupgrade.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    return success();
}

} // namespace

Result<DeviceKey> KeyRotation::rotate(Database &db, const QString &staffNo)
{
    const DeviceKey old = db.deviceKey();
    if (old.isNull()) {
        return Error(QStringLiteral("key.none"),
                     QT_TRANSLATE_NOOP("Error", "This database has no device key to replace. "
                                                "Open it once with HallDesk first."));
    }
    const DeviceKey fresh = DeviceKey::generate(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (const Status saved = fresh.save(); !saved)
        return saved.error();
    const QSqlDatabase c = db.connection();
    Status done = exec(c, QStringLiteral("BEGIN IMMEDIATE"));
    if (done)
        done = SealUpgrade::reseal(c, old, fresh);
    if (done)
        done = exec(c, QStringLiteral("UPDATE setting SET value = ? WHERE key = ?"),
                    {fresh.id(), DeviceKey::keyIdSetting()});
    if (done) {
        // The audit trail says who replaced the key and which backups need which key file.
        const Result<Event> e = EventLog::append(
            c, QStringLiteral("device.key_rotated"), staffNo,
            {{QStringLiteral("old_key_id"), old.id()}, {QStringLiteral("new_key_id"), fresh.id()}});
        if (!e)
            done = e.error();
    }
    if (done)
        done = exec(c, QStringLiteral("COMMIT"));
    if (!done) {
        exec(c, QStringLiteral("ROLLBACK"));
        QFile::remove(DeviceKey::fileFor(fresh.id())); // nothing was sealed with it
        return done.error();
    }
    if (const Status compacted = SealUpgrade::compact(c); !compacted)
        return compacted.error();
    return fresh;
}
