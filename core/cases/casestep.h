// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casestate.h"
#include "core/common/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

class WriteTransaction;
struct Session;

// Where a case stands, read inside the transaction of the step that moves it.
struct CaseHead
{
    QString caseNo;
    CaseKind kind = CaseKind::Case;
    CaseStatus status = CaseStatus::Registered;
    QString itemCode;
    QStringList materialsReceived;
    QDate dueOn;
    bool extended = false;
    QString mode; // the handling mode, once accepted
};

// What every step of a case shares (CaseService, ComplaintService): who may act, the
// open business day, the move in the state machine, and writing the new status with the
// step's columns and its one event. Statements are prepared once per connection.
namespace CaseStep {

// Permission::ServeCustomers and a staff number (first-inquiry responsibility: every case
// and every step names a staff member); case.no_staff otherwise.
Status requireStaff(const Session &session);
// BusinessDay::requireOpen with the transaction's kept statement (the demo seeder runs
// millions of steps): day.closed once the day is closed.
Status requireOpenDay(WriteTransaction &tx, QDate day);
// An approval by a leader (DOMAIN rule 4): approver comes from
// StaffService::authoriseApproval (their own credentials) or is the signed-in supervisor
// themselves; a clerk cannot name themselves. refusal otherwise.
Status requireApprover(const Session &session, const Session &approver, const Error &refusal);
Error notFound(const QString &caseNo);
Result<CaseHead> read(WriteTransaction &tx, const QString &caseNo);

struct Begun
{
    CaseHead head;
    CaseStatus to = CaseStatus::Registered;
};
// The checks of a staff member's step, in order: staff, open business day (today), the
// case, the move. Nothing is written.
Result<Begun> begin(WriteTransaction &tx, const Session &session, const QString &caseNo,
                    CaseAction action);

using Columns = QList<QPair<QLatin1String, QVariant>>;
// Sets status (and updated_at) and the given columns of the case, and appends the
// action's event with data (case_no is added).
Status write(WriteTransaction &tx, const QString &caseNo, CaseStatus to, const Columns &columns,
             CaseAction action, const QString &staff, QJsonObject data);

// Text a person writes (a reason, a reply): trimmed, not empty, at most maxLength
// characters; otherwise the error given.
Result<QString> requiredText(const QString &raw, int maxLength, const Error &problem);

// A NULL for an empty string (Qt binds a null QString as NULL, an empty one as '').
QVariant nullable(const QString &s);

} // namespace CaseStep
