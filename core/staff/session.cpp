// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/session.h"

Status Session::require(Permission permission) const
{
    if (!isValid()) {
        return Error(QStringLiteral("auth.not_signed_in"),
                     QT_TRANSLATE_NOOP("Error", "Nobody is signed in. Sign in with your staff "
                                                "number first."));
    }
    if (can(permission))
        return success();
    return Error(QStringLiteral("auth.forbidden"),
                 QT_TRANSLATE_NOOP("Error", "Staff %1 (%2) may not do this. Ask a staff member "
                                            "with the right role, such as a supervisor."),
                 {staffNo, Roles::displayName(role)});
}
