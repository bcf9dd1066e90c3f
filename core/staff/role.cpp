// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/role.h"

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Partner:
        return QStringLiteral("partner");
    }
    return QString();
}

bool Roles::fromKey(const QString &key, Role *role)
{
    for (Role r : {Role::Clerk, Role::Supervisor, Role::Admin, Role::Partner}) {
        if (Roles::key(r) == key) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Admin:
        return tr("Administrator");
    case Role::Partner:
        return tr("Partner staff");
    }
    return QString();
}

bool Roles::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ServeCustomers:
        return role == Role::Clerk || role == Role::Supervisor || role == Role::Partner;
    case Permission::OpenAccount:
    case Permission::TakePayment:
        // Partner staff may sell but not operate core transactions (DOMAIN.md, roles).
        return role == Role::Clerk || role == Role::Supervisor;
    case Permission::Approve:
    case Permission::CloseDay:
    case Permission::ViewFullIdNumbers:
        return role == Role::Supervisor;
    case Permission::ViewReports:
        return role == Role::Supervisor || role == Role::Admin;
    case Permission::ManageStaff:
    case Permission::ManageDevice:
        return role == Role::Admin;
    }
    return false;
}
