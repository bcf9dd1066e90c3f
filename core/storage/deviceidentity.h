// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>

class Database;

// Who this terminal is: its device id (numbers its events), a short tag used in case and
// receipt numbers, and its branch. Made once, at first start; enrolment with
// headquarters later replaces the branch and device id with the ones HQ assigns.
struct DeviceIdentity
{
    QString deviceId;
    QString deviceTag;
    QString branchCode;
    QString branchName;

    struct Setup
    {
        QString branchCode; // empty: keep, or "LOCAL" for a new database
        QString branchName;
        QString deviceTag; // empty: keep, or "D1"
    };

    // Reads the identity, creating what is missing in one transaction with a
    // device.initialized event; staffNo: who changes it (the event's staff).
    static Result<DeviceIdentity> ensure(Database &db, const Setup &setup,
                                         const QString &staffNo = QString());
    static DeviceIdentity load(const QSqlDatabase &db);
    bool isComplete() const { return !deviceId.isEmpty() && !branchCode.isEmpty(); }
};
