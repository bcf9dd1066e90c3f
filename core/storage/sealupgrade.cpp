// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sealupgrade.h"

#include "core/storage/database.h"
#include "core/storage/devicekey.h"
#include "core/storage/fieldseal.h"
#include "core/storage/sealing.h"
#include "core/storage/settingstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

Status run(QSqlQuery &q)
{
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    return success();
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Database::errorFrom(q.lastError());
    return success();
}

// A stored value opened with from (a null key: clear values only); empty when it stays
// sealed (altered, or sealed with another key): such a value is left as it is.
QString plainOf(const DeviceKey &from, const QString &stored)
{
    const QString plain = Sealing::openText(from, stored);
    return FieldSeal::isSealed(plain) ? QString() : plain;
}

Status sealCustomers(const QSqlDatabase &db, const DeviceKey &from, const DeviceKey &key)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT customer_id, id_number FROM customer")))
        return Database::errorFrom(read.lastError());
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE customer SET id_number = ?, id_blind = ?, id_region = ?, "
                                 "id_last_four = ? WHERE customer_id = ?"));
    while (read.next()) {
        const QString plain = plainOf(from, read.value(1).toString());
        if (plain.isEmpty())
            continue;
        const Sealing::IdColumns c = Sealing::idColumns(key, plain);
        for (const QString &v : {c.sealed, c.blind, c.region, c.lastFour, read.value(0).toString()})
            write.addBindValue(v);
        if (const Status s = run(write); !s)
            return s;
    }
    return success();
}

// Seals the JSON of one column row by row (the rows whose text changes only).
Status sealJsonColumn(const QSqlDatabase &db, const DeviceKey &from, const DeviceKey &key,
                      const QString &table, const QString &column, const QString &rowKey)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1, %2 FROM %3").arg(rowKey, column, table)))
        return Database::errorFrom(read.lastError());
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, column, rowKey));
    while (read.next()) {
        const QByteArray stored = read.value(1).toString().toUtf8();
        const QByteArray sealed = Sealing::sealData(key, Sealing::openData(from, stored));
        if (sealed == stored)
            continue;
        write.addBindValue(QString::fromUtf8(sealed));
        write.addBindValue(read.value(0));
        if (const Status s = run(write); !s)
            return s;
    }
    return success();
}

// Events are immutable by trigger: lifted for this one update of their stored form and
// put back in the same transaction. Their hashes do not change (they cover the clear data).
Status sealEvents(const QSqlDatabase &db, const DeviceKey &from, const DeviceKey &key)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                               "tbl_name = 'event_log'")))
        return Database::errorFrom(q.lastError());
    QStringList names, definitions;
    while (q.next()) {
        names.append(q.value(0).toString());
        definitions.append(q.value(1).toString());
    }
    q.finish();
    for (const QString &name : names) {
        if (const Status s = exec(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !s)
            return s;
    }
    if (const Status s = sealJsonColumn(db, from, key, QStringLiteral("event_log"),
                                        QStringLiteral("data"), QStringLiteral("seq"));
        !s)
        return s;
    for (const QString &definition : definitions) {
        if (const Status s = exec(db, definition); !s)
            return s;
    }
    return success();
}

Status sealSetting(const QSqlDatabase &db, const DeviceKey &from, const DeviceKey &key,
                   const QString &name)
{
    const QString plain = plainOf(from, SettingStore::get(db, name));
    if (plain.isEmpty())
        return success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE setting SET value = ? WHERE key = ?"));
    q.addBindValue(FieldSeal::seal(key, plain));
    q.addBindValue(name);
    return run(q);
}

} // namespace

QString SealUpgrade::pendingSetting()
{
    return QStringLiteral("storage.seal_pending");
}

bool SealUpgrade::pending(const QSqlDatabase &db)
{
    return !SettingStore::get(db, pendingSetting()).isEmpty();
}

Status SealUpgrade::reseal(const QSqlDatabase &db, const DeviceKey &from, const DeviceKey &key)
{
    if (const Status s = sealCustomers(db, from, key); !s)
        return s;
    if (const Status s = sealJsonColumn(db, from, key, QStringLiteral("service_case"),
                                        QStringLiteral("form_data"), QStringLiteral("case_no"));
        !s)
        return s;
    if (const Status s = sealEvents(db, from, key); !s)
        return s;
    return sealSetting(db, from, key, SettingStore::syncToken());
}

Status SealUpgrade::run(const QSqlDatabase &db, const DeviceKey &key)
{
    if (const Status s = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    // Opened with the key too: a database taken back to an older schema and upgraded
    // again has sealed rows without their blind index, which this recomputes.
    Status done = reseal(db, key, key);
    if (done)
        done =
            exec(db, QStringLiteral("DELETE FROM setting WHERE key = '%1'").arg(pendingSetting()));
    if (done)
        done = exec(db, QStringLiteral("COMMIT"));
    if (!done) {
        exec(db, QStringLiteral("ROLLBACK"));
        return done;
    }
    return compact(db);
}

Status SealUpgrade::compact(const QSqlDatabase &db)
{
    // The old clear pages live on in the WAL until it is checkpointed and truncated, and in
    // free pages until VACUUM rewrites the file.
    for (const char *sql :
         {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        if (const Status s = exec(db, QString::fromLatin1(sql)); !s)
            return s;
    }
    return success();
}
