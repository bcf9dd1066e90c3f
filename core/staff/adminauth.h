// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/staff/session.h"

#include <QString>

class Database;

// Who may run the administrator's commands outside the counter app (halldeskctl: staff,
// restore, imports, seeding): a supervisor or an administrator, active, not locked, with
// a password of their own (not an initial one), checked exactly as a sign-in is, failures
// counted towards the lock and logged. Until a branch has its first supervisor or
// administrator there is nobody to ask, and those commands set it up unattended.
class AdminAuth
{
public:
    // The window the log names for a check made by halldeskctl.
    static QString consoleWindow() { return QStringLiteral("halldeskctl"); }
    // Supervisor or above.
    static bool isAdministrator(Role role);
    // Whether any supervisor or administrator exists (disabled ones too: a branch whose
    // administrators are all disabled is not a new branch).
    static Result<bool> hasAdministrator(Database &db);
    // The console session acting for that person: the console's rights, the person's staff
    // number in every event it writes. Refusals: the sign-in ones (auth.*),
    // auth.not_administrator, auth.initial_password.
    static Result<Session> authorise(Database &db, const QString &staffNo, const QString &password,
                                     const QString &window);
};
