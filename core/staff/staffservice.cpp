// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/staffservice.h"

#include "core/staff/approvalrule.h"

#include "core/common/clock.h"
#include "core/staff/passwordhasher.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

Error wrongCredentials()
{
    // Never say which of the two was wrong.
    return Error(QStringLiteral("auth.wrong_credentials"),
                 QT_TRANSLATE_NOOP("Error", "The staff number or the password is wrong. Check "
                                            "both and try again; after 5 failures the account is "
                                            "locked for 5 minutes."));
}

Error unknownStaff(const QString &staffNo)
{
    return Error(QStringLiteral("staff.unknown"),
                 QT_TRANSLATE_NOOP("Error", "There is no staff member with number %1. Check the "
                                            "number."),
                 {staffNo});
}

StaffRecord readRecord(const QSqlQuery &q)
{
    StaffRecord r;
    r.staffNo = q.value(0).toString();
    r.name = q.value(1).toString();
    Roles::fromKey(q.value(2).toString(), &r.role);
    r.active = q.value(3).toBool();
    r.mustChangePassword = q.value(4).toBool();
    r.failedLogins = q.value(5).toInt();
    r.lockedUntil = Clock::parseStamp(q.value(6).toString());
    r.lastLoginAt = Clock::parseStamp(q.value(7).toString());
    return r;
}

const QString kRecordColumns = QStringLiteral(
    "staff_no, name, role, active, must_change_password, failed_logins, locked_until, "
    "last_login_at");

} // namespace

Result<StaffRecord> StaffService::find(const QString &staffNo) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM staff WHERE staff_no = ?").arg(kRecordColumns));
    q.addBindValue(staffNo);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next())
        return unknownStaff(staffNo);
    return readRecord(q);
}

QList<StaffRecord> StaffService::list() const
{
    QList<StaffRecord> result;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM staff ORDER BY staff_no").arg(kRecordColumns))) {
        while (q.next())
            result.append(readRecord(q));
    }
    return result;
}

Result<Session> StaffService::login(const QString &rawStaffNo, const QString &password,
                                    const QString &window)
{
    QString storedHash;
    const Result<Session> checked = checkCredentials(rawStaffNo, password, window, &storedHash);
    if (!checked)
        return checked;
    const Session &session = checked.value();
    // A hash made with fewer iterations than today's is replaced while the password is at
    // hand (hashed before the transaction: it is slow on purpose).
    const QString upgraded =
        PasswordHasher::needsRehash(storedHash) ? PasswordHasher::hash(password) : QString();
    WriteTransaction tx(m_db);
    QSqlQuery u = tx.prepare(QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = "
                                            "NULL, last_login_at = ? WHERE staff_no = ?"));
    u.addBindValue(Clock::nowStamp());
    u.addBindValue(session.staffNo);
    if (const Status s = tx.exec(u); !s)
        return s.error();
    if (!upgraded.isEmpty()) {
        // Only if nobody changed the password meanwhile.
        QSqlQuery h = tx.prepare(QStringLiteral(
            "UPDATE staff SET password_hash = ? WHERE staff_no = ? AND password_hash = ?"));
        h.addBindValue(upgraded);
        h.addBindValue(session.staffNo);
        h.addBindValue(storedHash);
        if (const Status s = tx.exec(h); !s)
            return s.error();
    }
    tx.touch(QStringLiteral("staff"));
    const Result<Event> event = tx.commit(
        QStringLiteral("staff.logged_in"), session.staffNo,
        {{QStringLiteral("staff_no"), session.staffNo}, {QStringLiteral("window"), window}});
    if (!event)
        return event.error();
    return session;
}

Result<Session> StaffService::authoriseApproval(const Session &requester,
                                                const QString &rawApproverNo,
                                                const QString &password, Permission permission)
{
    const QString approverNo = rawApproverNo.trimmed();
    if (const Status s = ApprovalRule::checkNotSelf(requester, approverNo); !s)
        return s.error();
    Result<Session> approver = checkCredentials(approverNo, password, requester.window);
    if (!approver)
        return approver;
    if (const Status s = ApprovalRule::check(requester, approver.value(), permission); !s)
        return s.error();
    if (approver.value().mustChangePassword)
        return Error(QStringLiteral("approval.initial_password"),
                     QT_TRANSLATE_NOOP("Error", "Staff member %1 still has the initial password "
                                                "and cannot approve until they have signed in "
                                                "and changed it."),
                     {approverNo});
    // A successful check clears earlier failures, as a sign-in would.
    WriteTransaction tx(m_db);
    QSqlQuery u = tx.prepare(QStringLiteral(
        "UPDATE staff SET failed_logins = 0 WHERE staff_no = ? AND failed_logins <> 0"));
    u.addBindValue(approverNo);
    if (const Status s = tx.exec(u); !s)
        return s.error();
    if (u.numRowsAffected() > 0) {
        tx.touch(QStringLiteral("staff"));
        if (const Status s = tx.commit(); !s)
            return s.error();
    }
    approver.value().window = requester.window;
    return approver;
}

Result<Session> StaffService::checkCredentials(const QString &rawStaffNo, const QString &password,
                                               const QString &window, QString *checkedHash)
{
    const QString staffNo = rawStaffNo.trimmed();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, role, active, must_change_password, locked_until, "
                             "password_hash FROM staff WHERE staff_no = ?"));
    q.addBindValue(staffNo);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next()) {
        // Spend the same time as a real check, so timing does not reveal valid numbers.
        PasswordHasher::verify(password,
                               PasswordHasher::hash(QString(), PasswordHasher::iterations()));
        const Status logged =
            recordFailure(staffNo, window, QStringLiteral("unknown_staff"), false);
        return logged ? wrongCredentials() : logged.error();
    }
    const QString name = q.value(0).toString();
    Role role = Role::Clerk;
    Roles::fromKey(q.value(1).toString(), &role);
    const bool active = q.value(2).toBool();
    const bool mustChange = q.value(3).toBool();
    const QDateTime lockedUntil = Clock::parseStamp(q.value(4).toString());
    const QString storedHash = q.value(5).toString();
    q.finish();

    if (!active) {
        const Status logged = recordFailure(staffNo, window, QStringLiteral("disabled"), false);
        if (!logged)
            return logged.error();
        return Error(QStringLiteral("auth.disabled"),
                     QT_TRANSLATE_NOOP("Error", "The account %1 is disabled. Ask your "
                                                "administrator to enable it."),
                     {staffNo});
    }
    if (lockedUntil.isValid() && lockedUntil > Clock::nowUtc()) {
        const Status logged = recordFailure(staffNo, window, QStringLiteral("locked"), false);
        if (!logged)
            return logged.error();
        return Error(QStringLiteral("auth.locked"),
                     QT_TRANSLATE_NOOP("Error", "The account %1 is locked after too many wrong "
                                                "passwords. Try again after %2, or ask a "
                                                "supervisor."),
                     {staffNo, lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))});
    }
    if (!PasswordHasher::verify(password, storedHash)) {
        const Status logged =
            recordFailure(staffNo, window, QStringLiteral("wrong_password"), true);
        return logged ? wrongCredentials() : logged.error();
    }
    if (checkedHash)
        *checkedHash = storedHash;
    Session session;
    session.staffNo = staffNo;
    session.name = name;
    session.role = role;
    session.window = window;
    session.mustChangePassword = mustChange;
    return session;
}

Status StaffService::recordFailure(const QString &staffNo, const QString &window,
                                   const QString &reason, bool count)
{
    WriteTransaction tx(m_db);
    bool locks = false;
    if (count) {
        QSqlQuery u = tx.prepare(
            QStringLiteral("UPDATE staff SET failed_logins = failed_logins + 1 WHERE staff_no = ? "
                           "RETURNING failed_logins"));
        u.addBindValue(staffNo);
        if (const Status s = tx.exec(u); !s)
            return s;
        locks = u.next() && u.value(0).toInt() >= MaxFailures;
        u.finish();
        tx.touch(QStringLiteral("staff"));
    }
    const QJsonObject data{{QStringLiteral("staff_no"), staffNo},
                           {QStringLiteral("window"), window},
                           {QStringLiteral("reason"), reason}};
    if (const Result<Event> e = tx.append(QStringLiteral("staff.login_failed"), staffNo, data); !e)
        return e.error();
    if (locks) {
        const QDateTime until = Clock::nowUtc().addSecs(LockMinutes * 60);
        QSqlQuery l = tx.prepare(QStringLiteral(
            "UPDATE staff SET failed_logins = 0, locked_until = ? WHERE staff_no = ?"));
        l.addBindValue(Clock::stamp(until));
        l.addBindValue(staffNo);
        if (const Status s = tx.exec(l); !s)
            return s;
        const QJsonObject lockData{{QStringLiteral("staff_no"), staffNo},
                                   {QStringLiteral("window"), window},
                                   {QStringLiteral("until"), Clock::stamp(until)}};
        if (const Result<Event> e = tx.append(QStringLiteral("staff.locked"), staffNo, lockData);
            !e)
            return e.error();
    }
    return tx.commit();
}

Status StaffService::checkNewPassword(const QString &current, const QString &password,
                                      const QString &staffNo)
{
    if (!current.isEmpty() && current == password) {
        return Error(QStringLiteral("password.unchanged"),
                     QT_TRANSLATE_NOOP("Error", "The new password must differ from the current "
                                                "one. Choose another one."));
    }
    return PasswordHasher::checkPolicy(password, staffNo);
}

Status StaffService::changeOwnPassword(const Session &session, const QString &oldPassword,
                                       const QString &newPassword)
{
    if (!session.isValid() || session.console)
        return session.require(Permission::ServeCustomers);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM staff WHERE staff_no = ?"));
    q.addBindValue(session.staffNo);
    if (!q.exec() || !q.next())
        return unknownStaff(session.staffNo);
    const QString stored = q.value(0).toString();
    q.finish();
    if (!PasswordHasher::verify(oldPassword, stored)) {
        return Error(QStringLiteral("password.old_wrong"),
                     QT_TRANSLATE_NOOP("Error", "The current password is wrong. Type it again."));
    }
    if (const Status checked = checkNewPassword(oldPassword, newPassword, session.staffNo);
        !checked)
        return checked;
    const QString hash = PasswordHasher::hash(newPassword);

    WriteTransaction tx(m_db);
    QSqlQuery u = tx.prepare(QStringLiteral("UPDATE staff SET password_hash = ?, "
                                            "must_change_password = 0, updated_at = ? WHERE "
                                            "staff_no = ?"));
    u.addBindValue(hash);
    u.addBindValue(Clock::nowStamp());
    u.addBindValue(session.staffNo);
    if (const Status s = tx.exec(u); !s)
        return s;
    tx.touch(QStringLiteral("staff"));
    const Result<Event> e = tx.commit(QStringLiteral("staff.password_changed"), session.staffNo,
                                      {{QStringLiteral("staff_no"), session.staffNo}});
    return e ? success() : Status(e.error());
}

Status StaffService::addStaff(const Session &session, const QString &rawStaffNo,
                              const QString &rawName, Role role, const QString &initialPassword)
{
    if (const Status allowed = session.require(Permission::ManageStaff); !allowed)
        return allowed;
    const QString staffNo = rawStaffNo.trimmed().toUpper();
    const QString name = rawName.trimmed();
    static const QRegularExpression staffNoRe(QStringLiteral("^[A-Z0-9]{3,12}$"));
    if (!staffNoRe.match(staffNo).hasMatch()) {
        return Error(QStringLiteral("staff.bad_number"),
                     QT_TRANSLATE_NOOP("Error", "A staff number is 3 to 12 letters or digits "
                                                "(for example 1001 or TZ0102). Correct it."));
    }
    if (name.isEmpty() || name.size() > 40) {
        return Error(QStringLiteral("staff.bad_name"),
                     QT_TRANSLATE_NOOP("Error", "Enter the staff member's name (at most 40 "
                                                "characters)."));
    }
    if (find(staffNo).ok()) {
        return Error(QStringLiteral("staff.exists"),
                     QT_TRANSLATE_NOOP("Error", "Staff number %1 is already taken. Choose "
                                                "another number."),
                     {staffNo});
    }
    if (const Status policy = PasswordHasher::checkPolicy(initialPassword, staffNo); !policy)
        return policy;
    const QString hash = PasswordHasher::hash(initialPassword);

    WriteTransaction tx(m_db);
    QSqlQuery q = tx.prepare(QStringLiteral(
        "INSERT INTO staff(staff_no, name, role, password_hash, must_change_password, "
        "created_at, updated_at) VALUES(?, ?, ?, ?, 1, ?, ?)"));
    const QString now = Clock::nowStamp();
    q.addBindValue(staffNo);
    q.addBindValue(name);
    q.addBindValue(Roles::key(role));
    q.addBindValue(hash);
    q.addBindValue(now);
    q.addBindValue(now);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("staff"));
    const Result<Event> e = tx.commit(QStringLiteral("staff.added"), session.staffNo,
                                      {{QStringLiteral("staff_no"), staffNo},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("role"), Roles::key(role)}});
    return e ? success() : Status(e.error());
}

Status StaffService::resetPassword(const Session &session, const QString &staffNo,
                                   const QString &newPassword)
{
    if (const Status allowed = session.require(Permission::ManageStaff); !allowed)
        return allowed;
    if (const Result<StaffRecord> r = find(staffNo); !r)
        return r.error();
    if (const Status policy = PasswordHasher::checkPolicy(newPassword, staffNo); !policy)
        return policy;
    const QString hash = PasswordHasher::hash(newPassword);

    WriteTransaction tx(m_db);
    QSqlQuery q = tx.prepare(QStringLiteral(
        "UPDATE staff SET password_hash = ?, must_change_password = 1, failed_logins = 0, "
        "locked_until = NULL, updated_at = ? WHERE staff_no = ?"));
    q.addBindValue(hash);
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(staffNo);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("staff"));
    const Result<Event> e = tx.commit(QStringLiteral("staff.password_reset"), session.staffNo,
                                      {{QStringLiteral("staff_no"), staffNo}});
    return e ? success() : Status(e.error());
}

Status StaffService::setActive(const Session &session, const QString &staffNo, bool active)
{
    if (const Status allowed = session.require(Permission::ManageStaff); !allowed)
        return allowed;
    const Result<StaffRecord> r = find(staffNo);
    if (!r)
        return r.error();
    if (!active && !session.console && session.staffNo == staffNo) {
        return Error(QStringLiteral("staff.disable_self"),
                     QT_TRANSLATE_NOOP("Error", "You cannot disable your own account. Ask "
                                                "another administrator."));
    }
    WriteTransaction tx(m_db);
    QSqlQuery q = tx.prepare(
        QStringLiteral("UPDATE staff SET active = ?, updated_at = ? WHERE staff_no = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(staffNo);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("staff"));
    const Result<Event> e =
        tx.commit(active ? QStringLiteral("staff.enabled") : QStringLiteral("staff.disabled"),
                  session.staffNo, {{QStringLiteral("staff_no"), staffNo}});
    return e ? success() : Status(e.error());
}

Status StaffService::addFirstAdministrator(const QString &staffNo, const QString &name,
                                           const QString &password)
{
    if (!list().isEmpty()) {
        return Error(QStringLiteral("staff.not_first"),
                     QT_TRANSLATE_NOOP("Error", "This terminal already has staff accounts. Sign "
                                                "in as an administrator to add more."));
    }
    if (const Status added = addStaff(Session::forConsole(), staffNo, name, Role::Admin, password);
        !added)
        return added;
    // Chosen by the administrator in person just now: not an initial password to replace.
    WriteTransaction tx(m_db);
    QSqlQuery q = tx.prepare(QStringLiteral(
        "UPDATE staff SET must_change_password = 0, updated_at = ? WHERE staff_no = ?"));
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(staffNo.trimmed().toUpper());
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("staff"));
    const Result<Event> e = tx.commit(QStringLiteral("staff.first_administrator"), QString(),
                                      {{QStringLiteral("staff_no"), staffNo.trimmed().toUpper()}});
    return e ? success() : Status(e.error());
}

Status StaffService::logout(const Session &session)
{
    if (!session.isValid() || session.console)
        return success();
    WriteTransaction tx(m_db);
    const Result<Event> e = tx.commit(QStringLiteral("staff.logged_out"), session.staffNo,
                                      {{QStringLiteral("staff_no"), session.staffNo},
                                       {QStringLiteral("window"), session.window}});
    return e ? success() : Status(e.error());
}
