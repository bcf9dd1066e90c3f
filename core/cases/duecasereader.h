// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/reports/report.h"

#include <QDate>
#include <QSqlDatabase>

// The overdue and due-soon lists of a daily report (电子监察 预警): cases accepted by the
// end of the day and still open at its end (running now, or completed after it), whose
// due date is before the day or within DueCases::DueSoonWorkingDays working days of it.
// Open cases come from the (status, due_on) index; cases completed after the day from the
// completions logged since (report_fact), so a past day's list is as it stood then.
class DueCaseReader
{
public:
    static Result<DueCases> read(const QSqlDatabase &db, QDate day);
};
