// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/workingcalendar.h"

#include <QSqlDatabase>

// The official working-day calendar as headquarters published it (table holiday, filled
// by MasterData::apply). Loading reads a few hundred rows: callers that need it often
// keep the result and reload when Database::changed names "holiday".
class HolidayCalendar
{
public:
    static WorkingCalendar load(const QSqlDatabase &db);
    static QString table() { return QStringLiteral("holiday"); }
};
