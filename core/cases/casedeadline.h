// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casestate.h"
#include "core/common/result.h"
#include "core/common/workingcalendar.h"

#include <QCoreApplication>
#include <QDate>

class QSqlDatabase;

// How a case stands against its time limit, for the warnings of electronic supervision
// (电子监察: 预警 → yellow card → red card). A running case is due soon when its due date
// is at most DueSoonWorkingDays working days away (today included), and overdue from the
// day after its due date. Finished cases and cases without a due date have no due state.
enum class DueState {
    None,    // not running, or no due date yet
    OnTrack, // running, due later than the warning window
    DueSoon, // yellow: due today or within the next DueSoonWorkingDays working days
    Overdue, // red: the due date has passed
};

class CaseDeadline
{
    Q_DECLARE_TR_FUNCTIONS(CaseDeadline)
public:
    static constexpr int DueSoonWorkingDays = 2;

    // mode: the case's handling mode (ServiceCase::mode); see hasWarningWindow().
    static DueState classify(CaseKind kind, CaseStatus status, QDate dueOn, QDate today,
                             const WorkingCalendar &calendar, const QString &mode = QString());
    // An on-the-spot case (即办件, mode "immediate") is due the day it is accepted and is
    // finished there and then: it is never due soon (only overdue when left past that day)
    // and never extended. Every other case warns and may be extended once.
    static bool hasWarningWindow(const QString &mode);
    static bool mayExtend(const QString &mode) { return hasWarningWindow(mode); }
    // mayExtend() as a refusal: case.no_extension.
    static Status checkExtendable(const QString &caseNo, const QString &mode);
    // hasWarningWindow() as an SQL condition on service_case's mode column (prefix: the
    // table's alias with its dot, or empty), for the lists and counts read in SQL.
    static QString warningWindowSql(const QString &prefix = QString());
    // The last due date that counts as due soon on today.
    static QDate dueSoonUntil(QDate today, const WorkingCalendar &calendar);
    static QString displayName(DueState state); // translated: "Due soon", "Overdue"…

    struct Counts
    {
        qint64 dueSoon = 0;
        qint64 overdue = 0;
    };
    // The running cases of every kind that are due soon and overdue on today (indexed by
    // status and due date).
    static Result<Counts> count(const QSqlDatabase &db, QDate today,
                                const WorkingCalendar &calendar);
};
