// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/servicestate.h"

namespace {

// The rule book. Suspending, resuming and changing the plan may be proved with the
// service password (the catalogue's materials: "身份证原件或服务密码"); a transfer, a new
// SIM, long distance, cancellation and a new password need the ID card. A transfer hands
// the line to a new real-name holder, like an opening: partner staff may not do it.
const QList<ServiceChangeRule> &rules()
{
    using K = ServiceKind;
    using S = ServiceStatus;
    using C = ServiceChange;
    const QList<K> all = {K::Mobile, K::Fixed, K::Broadband};
    static const QList<ServiceChangeRule> table = {
        {C::Open, {}, S::Active, all, false, Permission::OpenAccount},
        {C::Plan, {S::Active}, std::nullopt, all, true, Permission::ServeCustomers},
        {C::Suspend, {S::Active}, S::Suspended, all, true, Permission::ServeCustomers},
        {C::Resume, {S::Suspended}, S::Active, all, true, Permission::ServeCustomers},
        {C::Transfer, {S::Active}, std::nullopt, all, false, Permission::OpenAccount},
        // A lost card is usually suspended first, then replaced: both statuses.
        {C::Sim,
         {S::Active, S::Suspended},
         std::nullopt,
         {K::Mobile},
         false,
         Permission::ServeCustomers},
        {C::LongDistance,
         {S::Active},
         std::nullopt,
         {K::Mobile, K::Fixed},
         false,
         Permission::ServeCustomers},
        {C::Cancel,
         {S::Active, S::Suspended},
         S::Cancelled,
         all,
         false,
         Permission::ServeCustomers},
        {C::Password,
         {S::Active, S::Suspended},
         std::nullopt,
         all,
         false,
         Permission::ServeCustomers},
    };
    return table;
}

} // namespace

QString ServiceState::kindKey(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Mobile:
        return QStringLiteral("mobile");
    case ServiceKind::Fixed:
        return QStringLiteral("fixed");
    case ServiceKind::Broadband:
        return QStringLiteral("broadband");
    }
    return QString();
}

bool ServiceState::kindFromKey(const QString &key, ServiceKind *kind)
{
    for (ServiceKind k : kinds()) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ServiceState::kindName(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Mobile:
        return tr("Mobile line");
    case ServiceKind::Fixed:
        return tr("Fixed line");
    case ServiceKind::Broadband:
        return tr("Broadband");
    }
    return QString();
}

QList<ServiceKind> ServiceState::kinds()
{
    return {ServiceKind::Mobile, ServiceKind::Fixed, ServiceKind::Broadband};
}

QString ServiceState::statusKey(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::Active:
        return QStringLiteral("active");
    case ServiceStatus::Suspended:
        return QStringLiteral("suspended");
    case ServiceStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool ServiceState::statusFromKey(const QString &key, ServiceStatus *status)
{
    for (ServiceStatus s : statuses()) {
        if (statusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString ServiceState::statusName(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::Active:
        return tr("In service");
    case ServiceStatus::Suspended:
        return tr("Suspended");
    case ServiceStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QList<ServiceStatus> ServiceState::statuses()
{
    return {ServiceStatus::Active, ServiceStatus::Suspended, ServiceStatus::Cancelled};
}

QString ServiceState::changeKey(ServiceChange change)
{
    switch (change) {
    case ServiceChange::Open:
        return QStringLiteral("open");
    case ServiceChange::Plan:
        return QStringLiteral("plan");
    case ServiceChange::Suspend:
        return QStringLiteral("suspend");
    case ServiceChange::Resume:
        return QStringLiteral("resume");
    case ServiceChange::Transfer:
        return QStringLiteral("transfer");
    case ServiceChange::Sim:
        return QStringLiteral("sim");
    case ServiceChange::LongDistance:
        return QStringLiteral("long_distance");
    case ServiceChange::Cancel:
        return QStringLiteral("cancel");
    case ServiceChange::Password:
        return QStringLiteral("password");
    }
    return QString();
}

bool ServiceState::changeFromKey(const QString &key, ServiceChange *change)
{
    for (const ServiceChangeRule &r : rules()) {
        if (changeKey(r.change) == key) {
            *change = r.change;
            return true;
        }
    }
    return false;
}

QString ServiceState::changeName(ServiceChange change)
{
    switch (change) {
    case ServiceChange::Open:
        return tr("Open a service");
    case ServiceChange::Plan:
        return tr("Change plan");
    case ServiceChange::Suspend:
        return tr("Suspend");
    case ServiceChange::Resume:
        return tr("Resume");
    case ServiceChange::Transfer:
        return tr("Transfer to a new owner");
    case ServiceChange::Sim:
        return tr("Replace SIM card");
    case ServiceChange::LongDistance:
        return tr("Long distance on/off");
    case ServiceChange::Cancel:
        return tr("Cancel the service");
    case ServiceChange::Password:
        return tr("Change service password");
    }
    return QString();
}

QStringList ServiceState::changeKeys()
{
    QStringList keys;
    for (const ServiceChangeRule &r : rules())
        keys.append(changeKey(r.change));
    return keys;
}

QList<ServiceChange> ServiceState::modifications()
{
    QList<ServiceChange> changes;
    for (const ServiceChangeRule &r : rules()) {
        if (r.change != ServiceChange::Open)
            changes.append(r.change);
    }
    return changes;
}

const ServiceChangeRule &ServiceState::rule(ServiceChange change)
{
    for (const ServiceChangeRule &r : rules()) {
        if (r.change == change)
            return r;
    }
    Q_UNREACHABLE();
    return rules().first();
}

bool ServiceState::isAllowed(ServiceChange change, ServiceKind kind, ServiceStatus from)
{
    const ServiceChangeRule &r = rule(change);
    return r.kinds.contains(kind) && r.from.contains(from);
}

Result<ServiceStatus> ServiceState::apply(ServiceChange change, ServiceKind kind,
                                          ServiceStatus from)
{
    const ServiceChangeRule &r = rule(change);
    if (!r.kinds.contains(kind)) {
        return Error(QStringLiteral("service.not_for_kind"),
                     QT_TRANSLATE_NOOP("Error", "\"%1\" does not apply to this kind of "
                                                "service (%2). Choose a change the service "
                                                "offers."),
                     {changeName(change), kindName(kind)});
    }
    if (!r.from.contains(from)) {
        return Error(QStringLiteral("service.illegal_change"),
                     QT_TRANSLATE_NOOP("Error", "\"%1\" is not possible while the service is "
                                                "\"%2\". Check the service's status."),
                     {changeName(change), statusName(from)});
    }
    return r.to.value_or(from);
}
