// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "hq/hqanswer.h"

#include <QJsonObject>

class HqDatabase;

// Master data (catalogue, fees, windows, staff, holidays) is authoritative at HQ. Each
// import is a new whole version; /master serves the latest to terminals that are behind.
class MasterStore
{
public:
    // Refuses a version that is not newer than the latest, or a body without its lists.
    static Result<qint64> import(HqDatabase &db, const QJsonObject &master);
    // The answer of GET /api/v1/master?since=V for a device of branch.
    static HqAnswer since(HqDatabase &db, qint64 since, const QString &branch);
};
