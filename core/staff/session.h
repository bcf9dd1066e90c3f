// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/staff/role.h"

#include <QString>

// Who is signed in at this terminal and at which window. Core services take the session
// and check its permissions themselves; hiding a button is never the only guard.
struct Session
{
    QString staffNo;
    QString name;
    Role role = Role::Clerk;
    QString window;
    bool mustChangePassword = false; // the initial password is still in use
    bool console = false;            // halldeskctl run by whoever owns the data folder

    // The operator of halldeskctl: an administrator without a staff number.
    static Session forConsole()
    {
        Session s;
        s.role = Role::Admin;
        s.console = true;
        return s;
    }
    bool isValid() const { return console || !staffNo.isEmpty(); }
    bool can(Permission permission) const { return isValid() && Roles::allows(role, permission); }
    // success() if allowed, else an Error naming what the role may not do.
    Status require(Permission permission) const;
};
