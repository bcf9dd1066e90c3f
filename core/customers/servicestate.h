// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/staff/role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a customer holds (DOMAIN.md, telecom-style services).
enum class ServiceKind {
    Mobile,    // a mobile line: 11-digit number, a SIM card (移动电话)
    Fixed,     // a fixed line: area code and number (固定电话)
    Broadband, // a broadband account (宽带)
};

// Where a service stands. It moves only by a ServiceChange, along the rules below.
enum class ServiceStatus {
    Active,    // in service
    Suspended, // suspended at the holder's request, number kept (报停保号)
    Cancelled, // cancelled (销号/拆机); final, the number may be given out again
};

// What a clerk does to a service at the counter; each is a service.changed event (open:
// service.opened).
enum class ServiceChange {
    Open,         // 开户/新装
    Plan,         // 套餐变更
    Suspend,      // 停机
    Resume,       // 复机
    Transfer,     // 过户, to a new owner identified by ID
    Sim,          // 补换卡
    LongDistance, // 开/停长途
    Cancel,       // 销号/拆机
    Password,     // 服务密码修改 (with ID only)
};

// When a change may be made, to what status it leads, and how the holder must prove who
// they are. The table in servicestate.cpp is the rule book; the counter, the import and
// the tests all read it.
struct ServiceChangeRule
{
    ServiceChange change = ServiceChange::Plan;
    QList<ServiceStatus> from;       // the statuses it may be made in
    std::optional<ServiceStatus> to; // the status after it; none: unchanged
    QList<ServiceKind> kinds;        // the kinds of service it applies to
    bool passwordProves = false;     // a (non-initial) service password may prove identity
    Permission permission = Permission::ServeCustomers;
};

class ServiceState
{
    Q_DECLARE_TR_FUNCTIONS(ServiceState)
public:
    // Stored keys: "mobile", "active", "long_distance"…
    static QString kindKey(ServiceKind kind);
    static bool kindFromKey(const QString &key, ServiceKind *kind);
    static QString kindName(ServiceKind kind); // translated
    static QList<ServiceKind> kinds();

    static QString statusKey(ServiceStatus status);
    static bool statusFromKey(const QString &key, ServiceStatus *status);
    static QString statusName(ServiceStatus status); // translated
    static QList<ServiceStatus> statuses();

    static QString changeKey(ServiceChange change);
    static bool changeFromKey(const QString &key, ServiceChange *change);
    static QString changeName(ServiceChange change); // translated
    static QStringList changeKeys();                 // every change, Open included
    // The changes of a service already open, in the order the counter offers them.
    static QList<ServiceChange> modifications();

    static const ServiceChangeRule &rule(ServiceChange change);
    // Whether change may be made to a service of this kind in this status.
    static bool isAllowed(ServiceChange change, ServiceKind kind, ServiceStatus from);
    // The status after change, or service.not_for_kind / service.illegal_change naming the
    // change and the status. Open is never a move of an existing service.
    static Result<ServiceStatus> apply(ServiceChange change, ServiceKind kind, ServiceStatus from);
};
