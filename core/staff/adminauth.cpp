// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/adminauth.h"

#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

Error notAdministrator(const QString &staffNo, Role role)
{
    return Error(QStringLiteral("auth.not_administrator"),
                 QT_TRANSLATE_NOOP("Error", "Staff member %1 (%2) is not a supervisor or an "
                                            "administrator and may not run this command. Ask a "
                                            "supervisor or an administrator to run it with their "
                                            "own staff number and password. Nothing was changed."),
                 {staffNo, Roles::key(role)});
}

Error initialPassword(const QString &staffNo)
{
    return Error(QStringLiteral("auth.initial_password"),
                 QT_TRANSLATE_NOOP("Error", "Staff member %1 still has the initial password. "
                                            "Sign in at the counter and choose a new password, "
                                            "then run the command again. Nothing was changed."),
                 {staffNo});
}

// A successful check clears earlier failures, as a sign-in does.
Status clearFailures(Database &db, const QString &staffNo)
{
    WriteTransaction tx(db);
    QSqlQuery u = tx.prepare(QStringLiteral(
        "UPDATE staff SET failed_logins = 0 WHERE staff_no = ? AND failed_logins <> 0"));
    u.addBindValue(staffNo);
    if (const Status s = tx.exec(u); !s)
        return s;
    if (u.numRowsAffected() == 0)
        return success();
    tx.touch(QStringLiteral("staff"));
    return tx.commit();
}

} // namespace

bool AdminAuth::isAdministrator(Role role)
{
    return role == Role::Supervisor || role == Role::Admin;
}

Result<bool> AdminAuth::hasAdministrator(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM staff WHERE role IN (?, ?))"));
    q.addBindValue(Roles::key(Role::Supervisor));
    q.addBindValue(Roles::key(Role::Admin));
    if (!q.exec() || !q.next())
        return Database::errorFrom(q.lastError());
    return q.value(0).toBool();
}

Result<Session> AdminAuth::authorise(Database &db, const QString &rawStaffNo,
                                     const QString &password, const QString &window)
{
    // Staff numbers are stored in capitals (StaffService::addStaff).
    const QString staffNo = rawStaffNo.trimmed().toUpper();
    StaffService staff(db);
    const Result<Session> person = staff.checkCredentials(staffNo, password, window);
    if (!person)
        return person;
    const char *refusal = !isAdministrator(person->role) ? "not_administrator"
                          : person->mustChangePassword   ? "initial_password"
                                                         : nullptr;
    if (refusal) {
        const Status logged =
            staff.recordFailure(staffNo, window, QString::fromLatin1(refusal), false);
        if (!logged)
            return logged.error();
        return isAdministrator(person->role) ? initialPassword(staffNo)
                                             : notAdministrator(staffNo, person->role);
    }
    if (const Status cleared = clearFailures(db, staffNo); !cleared)
        return cleared.error();
    Session console = Session::forConsole();
    console.staffNo = staffNo;
    console.name = person->name;
    return console;
}
