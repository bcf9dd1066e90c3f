// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/staff/role.h"
#include "core/staff/session.h"

#include <QDateTime>
#include <QList>

class Database;

struct StaffRecord
{
    QString staffNo;
    QString name;
    Role role = Role::Clerk;
    bool active = true;
    bool mustChangePassword = true;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime lastLoginAt;
};

// Staff accounts and signing in. Every sign-in, failure, lock and account change is an
// event. Password hashing is slow by design: call login and the password functions off
// the GUI thread, on a connection of that thread (Database::openAnother).
class StaffService
{
    friend class AdminAuth; // halldeskctl's administrator check is a sign-in check too

public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 5;

    explicit StaffService(Database &db) : m_db(db) {}

    Result<Session> login(const QString &staffNo, const QString &password, const QString &window);
    Status changeOwnPassword(const Session &session, const QString &oldPassword,
                             const QString &newPassword);
    // The one verdict on a new password: it differs from the current one (when that is
    // known) and meets the password policy. Refusals: password.unchanged, password.*.
    static Status checkNewPassword(const QString &current, const QString &password,
                                   const QString &staffNo);
    // The very first account of a new terminal: an administrator whose password was
    // chosen just now (no forced change). Refused once any staff member exists.
    Status addFirstAdministrator(const QString &staffNo, const QString &name,
                                 const QString &password);
    // The administrator's account functions.
    Status addStaff(const Session &session, const QString &staffNo, const QString &name, Role role,
                    const QString &initialPassword);
    Status resetPassword(const Session &session, const QString &staffNo,
                         const QString &newPassword);
    Status setActive(const Session &session, const QString &staffNo, bool active);
    // A supervisor's override at someone else's counter (void, refund, extension, waiver):
    // the approver types their own staff number and password. Checked like a sign-in
    // (failures count towards the lock and are logged) but nobody is signed in or out.
    // Returns the approver, whose staff number the approved action records. Refusals: the
    // sign-in ones, approval.self (the requester approving their own request),
    // approval.not_allowed (the approver's role lacks the permission),
    // approval.initial_password.
    Result<Session> authoriseApproval(const Session &requester, const QString &approverNo,
                                      const QString &password,
                                      Permission permission = Permission::Approve);
    // Signing out is recorded too, so the log shows who worked when.
    Status logout(const Session &session);

    Result<StaffRecord> find(const QString &staffNo) const;
    QList<StaffRecord> list() const;

private:
    // The checks of a sign-in (exists, active, not locked, password), with failures
    // recorded; writes nothing on success. checkedHash receives the stored hash that matched.
    Result<Session> checkCredentials(const QString &staffNo, const QString &password,
                                     const QString &window, QString *checkedHash = nullptr);
    Status recordFailure(const QString &staffNo, const QString &window, const QString &reason,
                         bool count);
    Database &m_db;
};
