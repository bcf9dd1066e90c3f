// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/eventingest.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "hq/chainanchors.h"
#include "hq/hqdatabase.h"
#include "hq/projection.h"
#include "hq/rowwriter.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace {
HqAnswer answer(int status, const QJsonObject &body)
{
    return HqAnswer{status, body};
}

HqAnswer storeFailure(HqDatabase &db, const QString &detail)
{
    db.rollback();
    qWarning("hq: store failure: %s", qPrintable(detail));
    return answer(503, Protocol::errorBody(QStringLiteral("unavailable")));
}

HqAnswer storeFailure(HqDatabase &db, const QSqlQuery &q)
{
    return storeFailure(db, q.lastError().text());
}

HqAnswer chainBroken(qint64 seq)
{
    QJsonObject body = Protocol::errorBody(QStringLiteral("chain_broken"));
    body.insert(QStringLiteral("seq"), seq);
    return answer(422, body);
}

HqAnswer seqConflict(qint64 seq)
{
    QJsonObject body = Protocol::errorBody(QStringLiteral("seq_conflict"));
    body.insert(QStringLiteral("seq"), seq);
    return answer(409, body);
}

} // namespace

namespace {

// The device's acknowledged head, locked for the batch (PostgreSQL: FOR UPDATE).
struct DeviceHead
{
    qint64 stored = 0;
    QString hash;
    QString branch;
};

// A batch being stored: each step either passes or gives the answer that refuses it.
// Every refusal after begin() rolls the transaction back.
class BatchStore
{
public:
    BatchStore(HqDatabase &db, const Protocol::EventBatch &batch) : m_db(db), m_batch(batch) {}

    std::optional<HqAnswer> lockDevice();
    std::optional<HqAnswer> skipDuplicates();
    std::optional<HqAnswer> checkChain();
    std::optional<HqAnswer> checkIdsUnused();
    std::optional<HqAnswer> storeWithProjection();
    std::optional<HqAnswer> checkAnchors();
    HqAnswer advanceHead();

private:
    const QList<Event> &events() const { return m_batch.events; }
    bool hasNew() const { return m_firstNew < events().size(); }
    HqAnswer refuse(const HqAnswer &a)
    {
        m_db.rollback();
        return a;
    }

    HqDatabase &m_db;
    const Protocol::EventBatch &m_batch;
    DeviceHead m_head;
    qsizetype m_firstNew = 0;
    int m_duplicates = 0;
    QList<ChainAlarm> m_alarms; // logged once the batch is committed
};

// The shape, size and sender of a batch, checked before the store is touched. Hashes wait
// until stored seqs are compared: a stored seq sent again with another id or hash is a
// seq_conflict whatever its hash says (DESIGN.md).
std::optional<HqAnswer> checkRequest(const QString &authDeviceId, const QByteArray &body,
                                     Protocol::EventBatch *batch)
{
    if (body.size() > Protocol::MaxBodyBytes)
        return answer(413, Protocol::errorBody(QStringLiteral("too_large")));
    QString problem;
    if (!Protocol::EventBatch::parse(body, batch, &problem))
        return answer(400, Protocol::badRequest(problem));
    if (batch->events.size() > Protocol::MaxBatchEvents)
        return answer(413, Protocol::errorBody(QStringLiteral("too_large")));
    if (batch->deviceId != authDeviceId)
        return answer(403, Protocol::errorBody(QStringLiteral("forbidden")));
    return std::nullopt;
}

std::optional<HqAnswer> BatchStore::lockDevice()
{
    if (!m_db.begin())
        return storeFailure(m_db, QSqlQuery(m_db.connection()));
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.isPostgres()
                  ? QStringLiteral("SELECT acked_through, head_hash, branch_code FROM device "
                                   "WHERE device_id = ? FOR UPDATE")
                  : QStringLiteral("SELECT acked_through, head_hash, branch_code FROM device "
                                   "WHERE device_id = ?"));
    q.addBindValue(m_batch.deviceId);
    if (!q.exec() || !q.next())
        return storeFailure(m_db, q);
    m_head = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return std::nullopt;
}

// Events HQ already has must be the very same ones: then they are harmless retries.
std::optional<HqAnswer> BatchStore::skipDuplicates()
{
    QSqlQuery existing(m_db.connection());
    existing.prepare(QStringLiteral("SELECT id, hash FROM event WHERE device_id = ? AND seq = ?"));
    for (; hasNew() && events()[m_firstNew].seq <= m_head.stored; ++m_firstNew) {
        const Event &e = events()[m_firstNew];
        existing.addBindValue(m_batch.deviceId);
        existing.addBindValue(e.seq);
        if (!existing.exec())
            return storeFailure(m_db, existing);
        if (!existing.next() || existing.value(0).toString() != e.id ||
            existing.value(1).toString() != e.hash)
            return refuse(seqConflict(e.seq));
        existing.finish();
        ++m_duplicates;
    }
    return std::nullopt;
}

// The new events continue the stored chain: no gap, each linked to the one before and
// hashed over its own content.
std::optional<HqAnswer> BatchStore::checkChain()
{
    if (!hasNew())
        return std::nullopt;
    const qint64 expected = m_head.stored + 1;
    if (events()[m_firstNew].seq != expected) {
        QJsonObject gap = Protocol::errorBody(QStringLiteral("gap"));
        gap.insert(QStringLiteral("expected"), expected);
        return refuse(answer(409, gap));
    }
    QString prev = m_head.hash;
    for (qsizetype i = m_firstNew; i < events().size(); ++i) {
        const Event &e = events()[i];
        if (e.prev != prev || e.expectedHash() != e.hash)
            return refuse(chainBroken(e.seq));
        prev = e.hash;
    }
    return std::nullopt;
}

// An id already stored (by any device) is a replay or a forgery, never new work. One
// look-up for the whole batch: a round trip per event would halve PostgreSQL's rate.
std::optional<HqAnswer> BatchStore::checkIdsUnused()
{
    if (!hasNew())
        return std::nullopt;
    QSqlQuery idTaken(m_db.connection());
    idTaken.prepare(QStringLiteral("SELECT id FROM event WHERE id IN (%1)")
                        .arg(Database::placeholders(events().size() - m_firstNew)));
    for (qsizetype i = m_firstNew; i < events().size(); ++i)
        idTaken.addBindValue(events()[i].id);
    if (!idTaken.exec())
        return storeFailure(m_db, idTaken);
    QSet<QString> taken;
    while (idTaken.next())
        taken.insert(idTaken.value(0).toString());
    for (qsizetype i = m_firstNew; i < events().size(); ++i) {
        if (taken.contains(events()[i].id))
            return refuse(seqConflict(events()[i].seq));
    }
    return std::nullopt;
}

// The new events and their report facts' figures, in the same transaction.
std::optional<HqAnswer> BatchStore::storeWithProjection()
{
    RowWriter insert(m_db.connection(),
                     QStringLiteral("INSERT INTO event(device_id, seq, id, type, at, staff, data, "
                                    "prev, hash, received_at) VALUES"),
                     10);
    Projection projection(m_db, m_head.branch);
    const QString now = Clock::nowStamp();
    for (qsizetype i = m_firstNew; i < events().size(); ++i) {
        const Event &e = events()[i];
        insert.add({m_batch.deviceId, e.seq, e.id, e.type, e.at, e.staff, QString::fromUtf8(e.data),
                    e.prev, e.hash, now});
        projection.apply(e);
    }
    if (!insert.flush())
        return storeFailure(m_db, insert.lastError());
    if (!projection.flush())
        return storeFailure(m_db, projection.lastError());
    return std::nullopt;
}

// The stored chain passes through every head the device reported and every printed
// anchor up to the new mark; one that does not raises an alarm, and the batch is stored
// all the same (DESIGN.md keeps the branch from being stuck; people follow the alarm up).
std::optional<HqAnswer> BatchStore::checkAnchors()
{
    const qint64 through = m_head.stored + (events().size() - m_firstNew);
    const Result<QList<ChainAlarm>> raised =
        ChainAnchors::checkStored(m_db, m_batch.deviceId, m_head.branch, through);
    if (!raised)
        return storeFailure(m_db, raised.error().english());
    m_alarms = raised.value();
    return std::nullopt;
}

HqAnswer BatchStore::advanceHead()
{
    const qint64 accepted = events().size() - m_firstNew;
    const qint64 ackedThrough = m_head.stored + accepted;
    QSqlQuery q(m_db.connection());
    if (accepted > 0) {
        q.prepare(QStringLiteral(
            "UPDATE device SET acked_through = ?, head_hash = ? WHERE device_id = ?"));
        q.addBindValue(ackedThrough);
        q.addBindValue(events().last().hash);
        q.addBindValue(m_batch.deviceId);
        if (!q.exec())
            return storeFailure(m_db, q);
    }
    if (!m_db.commit())
        return storeFailure(m_db, q);
    for (const ChainAlarm &alarm : m_alarms)
        ChainAnchors::logAlarm(alarm);
    return answer(200, QJsonObject{{QStringLiteral("acked_through"), ackedThrough},
                                   {QStringLiteral("accepted"), accepted},
                                   {QStringLiteral("duplicates"), m_duplicates}});
}

} // namespace

HqAnswer EventIngest::post(HqDatabase &db, const QString &authDeviceId, const QByteArray &body)
{
    Protocol::EventBatch batch;
    if (const std::optional<HqAnswer> refused = checkRequest(authDeviceId, body, &batch))
        return *refused;
    // The head the device reports is kept even when the batch is refused below.
    if (!batch.head.isNull()) {
        if (const Status s =
                ChainAnchors::recordReported(db, batch.deviceId, batch.head.seq, batch.head.hash);
            !s)
            return storeFailure(db, s.error().english());
    }
    BatchStore store(db, batch);
    for (auto step : {&BatchStore::lockDevice, &BatchStore::skipDuplicates, &BatchStore::checkChain,
                      &BatchStore::checkIdsUnused, &BatchStore::storeWithProjection,
                      &BatchStore::checkAnchors}) {
        if (const std::optional<HqAnswer> refused = (store.*step)())
            return *refused;
    }
    return store.advanceHead();
}

HqAnswer EventIngest::head(HqDatabase &db, const QString &deviceId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT acked_through, head_hash FROM device WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return answer(503, Protocol::errorBody(QStringLiteral("unavailable")));
    return answer(200, QJsonObject{{QStringLiteral("device_id"), deviceId},
                                   {QStringLiteral("acked_through"), q.value(0).toLongLong()},
                                   {QStringLiteral("hash"), q.value(1).toString()}});
}
