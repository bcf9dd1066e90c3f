// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/staff/session.h"

#include <QCoreApplication>

// Who may approve whom (voids, refunds, waivers, reprints beyond the limit): never the
// requester themselves; a staff member whose role has the permission approves anyone
// else's request; an administrator also approves a supervisor's request, so a supervisor
// alone on duty is not stuck with their own void. The one definition that the approval
// dialog (before the password), StaffService and the payment actions use.
class ApprovalRule
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalRule)
public:
    static bool mayApprove(const Session &requester, const Session &approver,
                           Permission permission = Permission::Approve);
    // approval.missing, approval.self, approval.not_allowed.
    static Status check(const Session &requester, const Session &approver,
                        Permission permission = Permission::Approve);
    // approval.self when approverNo is the requester's own staff number (checked before the
    // password, so the requester learns it without typing one).
    static Status checkNotSelf(const Session &requester, const QString &approverNo);
    // Who may approve the requester's request, said before anyone types a password.
    static QString whoMayApprove(const Session &requester,
                                 Permission permission = Permission::Approve);

private:
    static bool adminMayApprove(const Session &requester, Permission permission);
};
