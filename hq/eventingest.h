// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hq/hqanswer.h"

#include <QByteArray>
#include <QString>

class HqDatabase;

// POST /api/v1/events and GET /api/v1/events/head: the rules of DESIGN.md. A batch is
// checked whole before anything is written and stored in one transaction with the
// report projections, so HQ holds every event exactly once or not at all.
class EventIngest
{
public:
    static HqAnswer post(HqDatabase &db, const QString &authDeviceId, const QByteArray &body);
    static HqAnswer head(HqDatabase &db, const QString &deviceId);
};
