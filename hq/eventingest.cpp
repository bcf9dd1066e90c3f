#include "eventingest.h"

#include "clock.h"
#include "hqdatabase.h"
#include "projection.h"
#include "protocol.h"

#include <QJsonArray>
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

    QSqlQuery idTaken(db.connection());
    idTaken.prepare(QStringLiteral("SELECT 1 FROM event WHERE id = ?"));
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO event(device_id, seq, id, type, at, staff, data, "
                                  "prev, hash, received_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Projection projection(db, branch);
    const QString now = Clock::nowStamp();
    for (qsizetype i = firstNew; i < batch.events.size(); ++i) {
        const Event &e = batch.events[i];
        // An id already stored (by any device) is a replay or a forgery, never new work.
        idTaken.addBindValue(e.id);
        if (!idTaken.exec())
            return storeFailure(db, idTaken);
        if (idTaken.next()) {
            db.rollback();
            return seqConflict(e.seq);
        }
        idTaken.finish();
        insert.addBindValue(batch.deviceId);
        insert.addBindValue(e.seq);
        insert.addBindValue(e.id);
        insert.addBindValue(e.type);
        insert.addBindValue(e.at);
        insert.addBindValue(e.staff);
        insert.addBindValue(QString::fromUtf8(e.data));
        insert.addBindValue(e.prev);
        insert.addBindValue(e.hash);
        insert.addBindValue(now);
        if (!insert.exec())
            return storeFailure(db, insert);
        if (!projection.apply(e))
            return storeFailure(db, projection.lastError());
        headHash = e.hash;
    }
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
