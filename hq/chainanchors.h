// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class HqDatabase;

// A stored event that does not pass through a point HQ was told about earlier: the
// device's unsynced tail was rewritten (or cut and written again) before it was uploaded.
struct ChainAlarm
{
    QString deviceId;
    QString branchCode;
    qint64 seq = 0;
    QString source;   // "reported" (the device's head at an upload) or "printed"
    QString expected; // the anchor's hash (a printed anchor: its first 16 hex digits)
    QString found;    // the stored event's hash
    QString raisedAt;

    QJsonObject toJson() const;
};

// The heads devices report and the anchors operators type in from printouts, and the
// check that each is on the chain HQ stores. The batch is stored either way: a branch
// must not be stuck, and the alarm is for people to follow up.
class ChainAnchors
{
public:
    // Records a head the device reported with an upload (its own statement: kept even
    // when the batch is refused).
    static Status recordReported(HqDatabase &db, const QString &deviceId, qint64 seq,
                                 const QString &hash);
    // Records a printed anchor (hash: at least 16 hex digits) and checks it at once when
    // HQ already holds that seq. Refusals: anchor.unknown_device, anchor.bad_hash.
    static Result<QList<ChainAlarm>> recordPrinted(HqDatabase &db, const QString &deviceId,
                                                   qint64 seq, const QString &hash);
    // Inside the caller's transaction: checks every unchecked anchor of the device at or
    // below through against the stored events, stores an alarm for each that fails and
    // marks them checked. The caller logs the alarms after its commit (logAlarm).
    static Result<QList<ChainAlarm>> checkStored(HqDatabase &db, const QString &deviceId,
                                                 const QString &branchCode, qint64 through);
    // Whether HQ's stored event at seq starts with hash; nullopt when HQ does not hold it.
    static std::optional<bool> passesThrough(HqDatabase &db, const QString &deviceId, qint64 seq,
                                             const QString &hash);
    // Every alarm, oldest first.
    static Result<QList<ChainAlarm>> alarms(HqDatabase &db);
    // One JSON line on stderr per alarm.
    static void logAlarm(const ChainAlarm &alarm);

    // halldesk-hq anchor DEVICE_ID SEQ HASH16 | alarms: an exit code.
    static int runCommand(HqDatabase &db, const QStringList &args);
};
