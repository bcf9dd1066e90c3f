// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/eventlog.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/devicekey.h"
#include "core/storage/sealing.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace {
const QString kColumns = QStringLiteral("seq, id, type, at, staff, data, prev, hash");

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.type = q.value(2).toString();
    e.at = q.value(3).toString();
    e.staff = q.value(4).toString();
    e.data = q.value(5).toString().toUtf8();
    e.prev = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

// The database's key, read from its file the first time sealed data needs it.
class LazyKey
{
public:
    explicit LazyKey(const QSqlDatabase &db) : m_db(db) {}
    Result<QByteArray> open(const QByteArray &data)
    {
        if (!Sealing::holdsSealed(data))
            return data;
        if (!m_key) {
            m_key = DeviceKey::forDatabase(m_db);
            if (!*m_key)
                return m_key->error();
        }
        return Sealing::openData(m_key->value(), data);
    }

private:
    QSqlDatabase m_db;
    std::optional<Result<DeviceKey>> m_key;
};
} // namespace

QString EventLog::headSql()
{
    return QStringLiteral("SELECT %1 FROM event_log ORDER BY seq DESC LIMIT 1").arg(kColumns);
}

Result<Event> EventLog::head(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(headSql());
    Result<Event> last = head(q);
    if (!last)
        return last;
    Event e = last.take();
    const Result<QByteArray> opened = LazyKey(db).open(e.data);
    if (!opened)
        return opened.error();
    e.data = opened.value();
    return e;
}

Result<Event> EventLog::head(QSqlQuery &q)
{
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    Event e;
    if (q.next()) {
        e = readEvent(q);
    } else {
        e.hash = Event::genesisHash();
    }
    q.finish(); // a kept statement must not stay active across COMMIT
    return e;
}

Event EventLog::next(const Event &last, const QString &type, const QString &staff,
                     const QJsonObject &data)
{
    Event e;
    e.seq = last.seq + 1;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.type = type;
    e.at = Clock::nowStamp();
    // Device events have no staff; the column wants an empty string, not NULL.
    e.staff = staff.isNull() ? QString(QLatin1String("")) : staff;
    e.data = Event::canonicalData(data);
    e.prev = last.hash;
    e.hash = e.expectedHash();
    return e;
}

QString EventLog::insertSql()
{
    return QStringLiteral("INSERT INTO event_log(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns);
}

Status EventLog::insert(QSqlQuery &q, const Event &e, const DeviceKey &key)
{
    q.addBindValue(e.seq);
    q.addBindValue(e.id);
    q.addBindValue(e.type);
    q.addBindValue(e.at);
    q.addBindValue(e.staff);
    q.addBindValue(QString::fromUtf8(Sealing::sealData(key, e.data)));
    q.addBindValue(e.prev);
    q.addBindValue(e.hash);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    return success();
}

Result<Event> EventLog::append(const QSqlDatabase &db, const QString &type, const QString &staff,
                               const QJsonObject &data)
{
    const Result<Event> last = head(db);
    if (!last)
        return last.error();
    const Event e = next(last.value(), type, staff, data);
    const Result<DeviceKey> key = DeviceKey::forDatabase(db);
    if (!key)
        return key.error();
    QSqlQuery q(db);
    q.prepare(insertSql());
    if (const Status s = insert(q, e, key.value()); !s)
        return s.error();
    return e;
}

Result<QList<Event>> EventLog::after(const QSqlDatabase &db, qint64 afterSeq, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM event_log WHERE seq > ? ORDER BY seq LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    QList<Event> events;
    LazyKey key(db);
    while (q.next()) {
        Event e = readEvent(q);
        const Result<QByteArray> opened = key.open(e.data);
        if (!opened)
            return opened.error();
        e.data = opened.value();
        events.append(e);
    }
    return events;
}

Result<qint64> EventLog::count(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM event_log")) || !q.next())
        return Database::errorFrom(q.lastError());
    return q.value(0).toLongLong();
}

Result<EventLog::Verification> EventLog::verify(const QSqlDatabase &db,
                                                const std::function<void(qint64)> &progress)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM event_log ORDER BY seq").arg(kColumns)))
        return Database::errorFrom(q.lastError());
    Verification v;
    LazyKey key(db);
    qint64 expectedSeq = 1;
    QString expectedPrev = Event::genesisHash();
    while (q.next()) {
        Event e = readEvent(q);
        const Result<QByteArray> opened = key.open(e.data);
        if (!opened)
            return opened.error();
        e.data = opened.value();
        ++v.checked;
        if (e.seq != expectedSeq) {
            v.firstBroken = expectedSeq;
            v.problem = e.seq > expectedSeq
                            ? QStringLiteral("event %1 is missing (next stored is %2)")
                                  .arg(expectedSeq)
                                  .arg(e.seq)
                            : QStringLiteral("events are out of order at %1").arg(e.seq);
            return v;
        }
        if (e.prev != expectedPrev) {
            v.firstBroken = e.seq;
            v.problem = QStringLiteral("event %1 does not link to the hash of event %2")
                            .arg(e.seq)
                            .arg(e.seq - 1);
            return v;
        }
        if (e.expectedHash() != e.hash) {
            v.firstBroken = e.seq;
            v.problem = QStringLiteral("event %1 was altered: its hash does not match its content")
                            .arg(e.seq);
            return v;
        }
        expectedPrev = e.hash;
        ++expectedSeq;
        if (progress && (v.checked % 50000) == 0)
            progress(v.checked);
    }
    v.headHash = expectedPrev;
    if (progress)
        progress(v.checked);
    return v;
}
