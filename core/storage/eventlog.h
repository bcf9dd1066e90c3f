// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/event.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

// Appends to and reads the device's hash-chained event log.
class DeviceKey;

// ID numbers in an event's data are stored sealed with the device key (Sealing); the hash
// covers the clear data (DESIGN.md), which is what verify() checks, what after() gives
// and what headquarters receives.
class EventLog
{
public:
    // Appends the next event; the caller holds the write transaction.
    static Result<Event> append(const QSqlDatabase &db, const QString &type, const QString &staff,
                                const QJsonObject &data);
    // The event that follows last (seq, id, time, link and hash filled in).
    static Event next(const Event &last, const QString &type, const QString &staff,
                      const QJsonObject &data);
    // Stores e with a query prepared from insertSql() (kept by callers that append many),
    // its data sealed with key.
    static QString insertSql();
    static Status insert(QSqlQuery &prepared, const Event &e, const DeviceKey &key);
    // The last event (its data opened), or an Event with seq 0 and the genesis hash when
    // the log is empty.
    static Result<Event> head(const QSqlDatabase &db);
    // The same with a statement prepared from headSql() (kept by the write path), its data
    // as stored: the chain needs only its seq and hash.
    static QString headSql();
    static Result<Event> head(QSqlQuery &prepared);
    // Events with seq > afterSeq in order, at most limit of them, their data opened.
    static Result<QList<Event>> after(const QSqlDatabase &db, qint64 afterSeq, int limit);
    static Result<qint64> count(const QSqlDatabase &db);

    struct Verification
    {
        qint64 checked = 0;     // events read
        qint64 firstBroken = 0; // 0 when the chain is whole
        QString problem;        // what is wrong at firstBroken (English, for admins)
        QString headHash;
        bool intact() const { return firstBroken == 0; }
    };
    // Recomputes every hash and link from seq 1, over the opened data (the database's own
    // key, DeviceKey::forDatabase). progress(checked) is called now and then.
    static Result<Verification> verify(const QSqlDatabase &db,
                                       const std::function<void(qint64)> &progress = {});
};
