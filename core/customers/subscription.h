// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/servicestate.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

// A service a customer holds (table subscription): a mobile or fixed line or a broadband
// account, with its plan, status, contract and options.
struct Subscription
{
    QString serviceId; // UUID
    QString customerId;
    QString itemCode; // the catalogue item it was opened under
    ServiceKind kind = ServiceKind::Mobile;
    QString number;
    QString plan;
    ServiceStatus status = ServiceStatus::Active;
    QDate contractEnd;   // the last day of the contract (协议期); invalid: none
    QJsonObject options; // long_distance (bool), sim_iccid (mobile lines)
    bool passwordInitial = true;
    QDate openedOn;
    QString openedBy;
    QDate cancelledOn;
    QString createdAt; // UTC stamps
    QString updatedAt;

    bool longDistance() const { return options.value(QLatin1String("long_distance")).toBool(); }
    QString simIccid() const { return options.value(QLatin1String("sim_iccid")).toString(); }
    bool isUnderContract(QDate day) const { return contractEnd.isValid() && contractEnd >= day; }
    bool isLive() const { return status != ServiceStatus::Cancelled; }
};

// What the clerk fills in to open a service for a registered customer.
struct NewSubscription
{
    QString customerId;
    ServiceKind kind = ServiceKind::Mobile;
    QString number; // mobile: 11 digits; fixed: area code and number; broadband: account
    QString plan;   // one of the plans the catalogue's opening item lists
    QDate contractEnd;
    QString simIccid; // mobile lines: the card handed over
    bool longDistance = false;
    // For batch writers (the demo): a hash made once with PasswordHasher, for every
    // service of the batch. Empty: a random initial password is made and hashed (slow).
    QString initialPasswordHash;
};

// How the holder proves who they are (DOMAIN rule 7): the ID card, or the service
// password the holder set themselves; the initial password never counts.
struct IdentityProof
{
    enum class Kind { IdNumber, ServicePassword };
    Kind kind = Kind::IdNumber;
    QString value;

    static IdentityProof idNumber(const QString &number) { return {Kind::IdNumber, number}; }
    static IdentityProof password(const QString &password)
    {
        return {Kind::ServicePassword, password};
    }
    QString key() const
    {
        return kind == Kind::IdNumber ? QStringLiteral("id_number")
                                      : QStringLiteral("service_password");
    }
};

// A change the clerk makes to an open service; only the fields of that change are read.
struct ServiceChangeRequest
{
    ServiceChange change = ServiceChange::Plan;
    IdentityProof proof;
    // The holder was told of the contract still running and goes on (DOMAIN rule 9).
    bool contractConfirmed = false;
    QString plan;             // Plan
    QString newOwnerIdNumber; // Transfer: the new holder, a registered customer
    QString simIccid;         // Sim: the new card
    // Sim: why (the catalogue item's reasons); Cancel: how a balance is refunded; Suspend:
    // an optional note.
    QString reason;
    bool longDistance = false; // LongDistance: on or off
    QString newPassword;       // Password: the holder's own, 6 digits
};

// One opening or change as recorded (table subscription_change), with the values before
// and after: the history of a service and what its signed form prints.
struct ServiceChangeRecord
{
    QString changeId;
    QString formNo; // "YW<branch>-<yyyyMMdd>-<device>-<seq>", printed on the form
    QString serviceId;
    QString customerId; // the holder at the time (for a transfer: the one handing over)
    ServiceChange change = ServiceChange::Open;
    QString itemCode;
    QJsonObject before;
    QJsonObject after;
    QString reason;
    QString identity; // IdentityProof::key()
    bool contractConfirmed = false;
    QString staffNo;
    QString windowCode;
    QDate businessDay;
    QString at; // UTC stamp
};

// What an opening or a change leaves behind.
struct ServiceOutcome
{
    Subscription service; // as it is now
    ServiceChangeRecord record;
    // Opening and transfer: the new holder's initial password, to be told once (never
    // stored, printed or logged); empty when a batch hash was given.
    QString initialPassword;
};
