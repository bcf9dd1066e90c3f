// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/approvalrule.h"

bool ApprovalRule::adminMayApprove(const Session &requester, Permission permission)
{
    return permission == Permission::Approve && !requester.console &&
           requester.role == Role::Supervisor;
}

bool ApprovalRule::mayApprove(const Session &requester, const Session &approver,
                              Permission permission)
{
    if (!approver.isValid() || approver.console)
        return false;
    if (!requester.console && approver.staffNo == requester.staffNo)
        return false;
    return approver.can(permission) ||
           (approver.role == Role::Admin && adminMayApprove(requester, permission));
}

Status ApprovalRule::checkNotSelf(const Session &requester, const QString &approverNo)
{
    if (requester.console || approverNo.trimmed() != requester.staffNo)
        return success();
    if (adminMayApprove(requester, Permission::Approve)) {
        return Error(QStringLiteral("approval.self"),
                     QT_TRANSLATE_NOOP("Error", "You cannot approve your own request. Ask "
                                                "another supervisor or an administrator to "
                                                "enter their staff number and password."));
    }
    return Error(QStringLiteral("approval.self"),
                 QT_TRANSLATE_NOOP("Error", "You cannot approve your own request. Ask "
                                            "another supervisor to enter their staff number "
                                            "and password."));
}

Status ApprovalRule::check(const Session &requester, const Session &approver, Permission permission)
{
    if (!approver.isValid()) {
        return Error(QStringLiteral("approval.missing"),
                     QT_TRANSLATE_NOOP("Error", "This needs a supervisor's approval. Ask a "
                                                "supervisor to enter their staff number and "
                                                "password."));
    }
    if (const Status s = checkNotSelf(requester, approver.staffNo); !s)
        return s;
    if (mayApprove(requester, approver, permission))
        return success();
    if (adminMayApprove(requester, permission)) {
        return Error(QStringLiteral("approval.not_allowed"),
                     QT_TRANSLATE_NOOP("Error", "Staff member %1 (%2) may not approve this. Ask "
                                                "another supervisor or an administrator to "
                                                "enter their staff number and password."),
                     {approver.staffNo, Roles::displayName(approver.role)});
    }
    return Error(QStringLiteral("approval.not_allowed"),
                 QT_TRANSLATE_NOOP("Error", "Staff member %1 (%2) may not approve this. Ask a "
                                            "supervisor to enter their staff number and "
                                            "password."),
                 {approver.staffNo, Roles::displayName(approver.role)});
}

QString ApprovalRule::whoMayApprove(const Session &requester, Permission permission)
{
    if (adminMayApprove(requester, permission)) {
        return tr("Another supervisor or an administrator approves this with their own staff "
                  "number and password; you cannot approve your own request.");
    }
    return tr("A supervisor approves this with their own staff number and password.");
}
