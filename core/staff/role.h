// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// What a staff member is allowed to do is decided by role, in core (see Permissions).
enum class Role { Clerk, Supervisor, Admin, Partner };

enum class Permission {
    ServeCustomers,    // register customers and cases, modify services
    OpenAccount,       // open a new service or account (not partner staff)
    TakePayment,       // take, void or refund money (not partner staff)
    Approve,           // approve extensions, voids, refunds, waivers, reprints
    CloseDay,          // close shifts of others and the business day
    ViewReports,       // print daily and monthly reports
    ViewFullIdNumbers, // see unmasked ID numbers
    ManageStaff,       // add staff, reset passwords, disable accounts
    ManageDevice,      // enrol the device, change its settings
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QString key(Role role);                       // "clerk", stored in the database
    static bool fromKey(const QString &key, Role *role); // false for an unknown key
    static QString displayName(Role role);               // translated
    static bool allows(Role role, Permission permission);
};
