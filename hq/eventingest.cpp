// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/eventingest.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "hq/hqdatabase.h"
#include "hq/projection.h"
#include "sync/protocol.h"
#include "hq/rowwriter.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

HqAnswer EventIngest::post(HqDatabase &db, const QString &authDeviceId, const QByteArray &body)
{
    if (body.size() > Protocol::MaxBodyBytes)
        return answer(413, Protocol::errorBody(QStringLiteral("too_large")));
    Protocol::EventBatch batch;
    QString problem;
    if (!Protocol::EventBatch::parse(body, &batch, &problem))
        return answer(400, Protocol::badRequest(problem));
    if (batch.events.size() > Protocol::MaxBatchEvents)
        return answer(413, Protocol::errorBody(QStringLiteral("too_large")));
    if (batch.deviceId != authDeviceId)
        return answer(403, Protocol::errorBody(QStringLiteral("forbidden")));
    for (const Event &e : batch.events) {
        if (e.expectedHash() != e.hash)
            return chainBroken(e.seq);
    }

    if (!db.begin())
        return storeFailure(db, QSqlQuery(db.connection()));
    QSqlQuery q(db.connection());
    q.prepare(db.isPostgres() ? QStringLiteral("SELECT acked_through, head_hash, branch_code FROM "
                                               "device WHERE device_id = ? FOR UPDATE")
                              : QStringLiteral("SELECT acked_through, head_hash, branch_code FROM "
                                               "device WHERE device_id = ?"));
    q.addBindValue(batch.deviceId);
    if (!q.exec() || !q.next())
        return storeFailure(db, q);
    const qint64 stored = q.value(0).toLongLong();
    QString headHash = q.value(1).toString();
    const QString branch = q.value(2).toString();
    q.finish();

    // Events HQ already has must be the very same ones: then they are harmless retries.
    int duplicates = 0;
    QSqlQuery existing(db.connection());
    existing.prepare(QStringLiteral("SELECT id, hash FROM event WHERE device_id = ? AND seq = ?"));
    qsizetype firstNew = 0;
    for (; firstNew < batch.events.size() && batch.events[firstNew].seq <= stored; ++firstNew) {
        const Event &e = batch.events[firstNew];
        existing.addBindValue(batch.deviceId);
        existing.addBindValue(e.seq);
        if (!existing.exec())
            return storeFailure(db, existing);
        if (!existing.next() || existing.value(0).toString() != e.id ||
            existing.value(1).toString() != e.hash) {
            db.rollback();
            return seqConflict(e.seq);
        }
        existing.finish();
        ++duplicates;
    }

    const qint64 expected = stored + 1;
    if (firstNew < batch.events.size()) {
        if (batch.events[firstNew].seq != expected) {
            db.rollback();
            QJsonObject gap = Protocol::errorBody(QStringLiteral("gap"));
            gap.insert(QStringLiteral("expected"), expected);
            return answer(409, gap);
        }
        QString prev = headHash;
        for (qsizetype i = firstNew; i < batch.events.size(); ++i) {
            if (batch.events[i].prev != prev) {
                db.rollback();
                return chainBroken(batch.events[i].seq);
            }
            prev = batch.events[i].hash;
        }
    }

    // An id already stored (by any device) is a replay or a forgery, never new work. One
    // look-up for the whole batch: a round trip per event would halve PostgreSQL's rate.
    if (firstNew < batch.events.size()) {
        QSqlQuery idTaken(db.connection());
        idTaken.prepare(QStringLiteral("SELECT id FROM event WHERE id IN (%1)")
                            .arg(Database::placeholders(batch.events.size() - firstNew)));
        for (qsizetype i = firstNew; i < batch.events.size(); ++i)
            idTaken.addBindValue(batch.events[i].id);
        if (!idTaken.exec())
            return storeFailure(db, idTaken);
        QSet<QString> taken;
        while (idTaken.next())
            taken.insert(idTaken.value(0).toString());
        for (qsizetype i = firstNew; i < batch.events.size(); ++i) {
            if (taken.contains(batch.events[i].id)) {
                db.rollback();
                return seqConflict(batch.events[i].seq);
            }
        }
    }

    RowWriter insert(db.connection(),
                     QStringLiteral("INSERT INTO event(device_id, seq, id, type, at, staff, data, "
                                    "prev, hash, received_at) VALUES"),
                     10);
    Projection projection(db, branch);
    const QString now = Clock::nowStamp();
    for (qsizetype i = firstNew; i < batch.events.size(); ++i) {
        const Event &e = batch.events[i];
        insert.add({batch.deviceId, e.seq, e.id, e.type, e.at, e.staff, QString::fromUtf8(e.data),
                    e.prev, e.hash, now});
        projection.apply(e);
        headHash = e.hash;
    }
    if (!insert.flush())
        return storeFailure(db, insert.lastError());
    if (!projection.flush())
        return storeFailure(db, projection.lastError());
    const qint64 accepted = batch.events.size() - firstNew;
    const qint64 ackedThrough = stored + accepted;
    if (accepted > 0) {
        q.prepare(QStringLiteral(
            "UPDATE device SET acked_through = ?, head_hash = ? WHERE device_id = ?"));
        q.addBindValue(ackedThrough);
        q.addBindValue(headHash);
        q.addBindValue(batch.deviceId);
        if (!q.exec())
            return storeFailure(db, q);
    }
    if (!db.commit())
        return storeFailure(db, q);
    return answer(200, QJsonObject{{QStringLiteral("acked_through"), ackedThrough},
                                   {QStringLiteral("accepted"), accepted},
                                   {QStringLiteral("duplicates"), duplicates}});
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
