// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/chainanchors.h"

#include "core/common/clock.h"
#include "hq/hqdatabase.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>
#include <QVariant>

namespace {
enum { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

Error storeError(const QSqlQuery &q)
{
    return HqDatabase::storeError(q.lastError().text());
}

Status insertAnchor(HqDatabase &db, const QString &deviceId, qint64 seq, const QString &hash,
                    const QString &source)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO chain_anchor(device_id, seq, hash, source, recorded_at) "
                             "VALUES(?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(deviceId);
    q.addBindValue(seq);
    q.addBindValue(hash.toLower());
    q.addBindValue(source);
    q.addBindValue(Clock::nowStamp());
    if (!q.exec())
        return storeError(q);
    return success();
}

Status storeAlarm(HqDatabase &db, const ChainAlarm &a)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO chain_alarm(alarm_id, device_id, branch_code, seq, "
                             "source, expected, found, raised_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(a.deviceId),
          QVariant(a.branchCode), QVariant(a.seq), QVariant(a.source), QVariant(a.expected),
          QVariant(a.found), QVariant(a.raisedAt)})
        q.addBindValue(v);
    if (!q.exec())
        return storeError(q);
    return success();
}

// The device's branch, or an empty string when HQ does not know the device.
Result<QString> branchOf(HqDatabase &db, const QString &deviceId, qint64 *acked)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT branch_code, acked_through FROM device WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return storeError(q);
    if (!q.next())
        return QString();
    *acked = q.value(1).toLongLong();
    return q.value(0).toString();
}
} // namespace

QJsonObject ChainAlarm::toJson() const
{
    return {{QStringLiteral("device_id"), deviceId},
            {QStringLiteral("branch"), branchCode},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("source"), source},
            {QStringLiteral("expected"), expected},
            {QStringLiteral("found"), found},
            {QStringLiteral("raised_at"), raisedAt}};
}

Status ChainAnchors::recordReported(HqDatabase &db, const QString &deviceId, qint64 seq,
                                    const QString &hash)
{
    return insertAnchor(db, deviceId, seq, hash, QStringLiteral("reported"));
}

Result<QList<ChainAlarm>> ChainAnchors::checkStored(HqDatabase &db, const QString &deviceId,
                                                    const QString &branchCode, qint64 through)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT a.seq, a.hash, a.source, e.hash FROM chain_anchor a "
                             "JOIN event e ON e.device_id = a.device_id AND e.seq = a.seq "
                             "WHERE a.device_id = ? AND a.checked_at IS NULL AND a.seq <= ? "
                             "ORDER BY a.seq"));
    q.addBindValue(deviceId);
    q.addBindValue(through);
    if (!q.exec())
        return storeError(q);
    QList<ChainAlarm> raised;
    const QString now = Clock::nowStamp();
    while (q.next()) {
        const QString expected = q.value(1).toString();
        const QString found = q.value(3).toString();
        if (!found.startsWith(expected))
            raised.append({deviceId, branchCode, q.value(0).toLongLong(), q.value(2).toString(),
                           expected, found, now});
    }
    q.finish();
    for (const ChainAlarm &a : raised) {
        if (const Status s = storeAlarm(db, a); !s)
            return s.error();
    }
    QSqlQuery done(db.connection());
    done.prepare(QStringLiteral("UPDATE chain_anchor SET checked_at = ? WHERE device_id = ? AND "
                                "checked_at IS NULL AND seq <= ?"));
    done.addBindValue(now);
    done.addBindValue(deviceId);
    done.addBindValue(through);
    if (!done.exec())
        return storeError(done);
    return raised;
}

Result<QList<ChainAlarm>> ChainAnchors::recordPrinted(HqDatabase &db, const QString &deviceId,
                                                      qint64 seq, const QString &hash)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{16,64}$"));
    if (seq < 1 || !hex.match(hash).hasMatch())
        return Error(QStringLiteral("anchor.bad_hash"),
                     QT_TRANSLATE_NOOP("Error", "An anchor is a seq of 1 or more and at least "
                                                "the first 16 hex digits of its hash, as the "
                                                "printout shows them."));
    if (!db.begin())
        return HqDatabase::storeError(QStringLiteral("BEGIN failed"));
    qint64 acked = 0;
    const Result<QString> branch = branchOf(db, deviceId, &acked);
    Result<QList<ChainAlarm>> raised = QList<ChainAlarm>();
    if (!branch) {
        raised = branch.error();
    } else if (branch->isEmpty()) {
        raised = Error(QStringLiteral("anchor.unknown_device"),
                       QT_TRANSLATE_NOOP("Error", "Headquarters knows no device %1. Copy the "
                                                  "device id as the printout shows it, under "
                                                  "the chain head."),
                       {deviceId});
    } else if (const Status s = insertAnchor(db, deviceId, seq, hash, QStringLiteral("printed"));
               !s) {
        raised = s.error();
    } else {
        raised = checkStored(db, deviceId, branch.value(), acked);
    }
    if (!raised) {
        db.rollback();
        return raised;
    }
    if (!db.commit()) {
        db.rollback();
        return HqDatabase::storeError(QStringLiteral("COMMIT failed"));
    }
    return raised;
}

std::optional<bool> ChainAnchors::passesThrough(HqDatabase &db, const QString &deviceId, qint64 seq,
                                                const QString &hash)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM event WHERE device_id = ? AND seq = ?"));
    q.addBindValue(deviceId);
    q.addBindValue(seq);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString().startsWith(hash.toLower());
}

Result<QList<ChainAlarm>> ChainAnchors::alarms(HqDatabase &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT device_id, branch_code, seq, source, expected, found, "
                               "raised_at FROM chain_alarm ORDER BY raised_at, device_id, seq")))
        return storeError(q);
    QList<ChainAlarm> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString()});
    return list;
}

void ChainAnchors::logAlarm(const ChainAlarm &alarm)
{
    QJsonObject line = alarm.toJson();
    line.insert(QStringLiteral("event"), QStringLiteral("chain_alarm"));
    static QTextStream err(stderr);
    err << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

int ChainAnchors::runCommand(HqDatabase &db, const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.first() == QLatin1String("alarms")) {
        const Result<QList<ChainAlarm>> list = alarms(db);
        if (!list) {
            err << list.error().english() << Qt::endl;
            return ExitFailure;
        }
        for (const ChainAlarm &a : list.value())
            out << a.raisedAt << "  branch " << a.branchCode << "  device " << a.deviceId
                << "  seq " << a.seq << "  " << a.source << " " << a.expected << "  stored "
                << a.found << Qt::endl;
        if (list->isEmpty())
            out << "no chain alarms" << Qt::endl;
        return ExitOk;
    }
    bool seqOk = false;
    const qint64 seq = args.value(2).toLongLong(&seqOk);
    if (args.size() != 4 || !seqOk) {
        err << "halldesk-hq: anchor needs DEVICE_ID SEQ HASH16" << Qt::endl;
        return ExitUsage;
    }
    const Result<QList<ChainAlarm>> raised = recordPrinted(db, args[1], seq, args[3]);
    if (!raised) {
        err << raised.error().english() << Qt::endl;
        return ExitFailure;
    }
    for (const ChainAlarm &a : raised.value())
        logAlarm(a);
    out << (raised->isEmpty() ? "anchor recorded"
                              : "ALARM: the stored chain does not pass "
                                "through this anchor")
        << Qt::endl;
    return raised->isEmpty() ? ExitOk : ExitFailure;
}
