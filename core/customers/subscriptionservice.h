// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/customers/subscription.h"
#include "core/master/masterdata.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Database;
class WriteTransaction;
struct Customer;
struct Session;

// The services customers hold, telecom style: open one, then change its plan, suspend and
// resume it, transfer it to a new owner, replace its SIM card, switch long distance on or
// off, change its password or cancel it. Each action is one transaction that checks the
// state machine (ServiceState), the holder's identity and the contract, writes the
// service and a subscription_change row with the values before and after, and appends
// one event (service.opened, service.changed). Plans and choices come from the active
// catalogue item of each change (CatalogueItem::serviceChange).
//
// Passwords are hashed with PasswordHasher: slow on purpose, so call from a background
// thread (BackgroundTask). The one-shot calls hash new passwords before the transaction
// begins, so the write lock is not held while hashing.
class SubscriptionService
{
public:
    static constexpr int PasswordLength = 6;
    // The catalogue's opening condition: "同一证件在本企业办理的移动电话卡不超过5张".
    static constexpr int MaxMobileLinesPerHolder = 5;
    // …and "年满16周岁的机主本人".
    static constexpr int MinimumHolderAge = 16;
    static constexpr int MaxContractYears = 5;
    static constexpr int MaxReasonLength = 200;

    explicit SubscriptionService(Database &db) : m_db(db) {}

    // Needs Permission::OpenAccount (partner staff are refused). Refusals: auth.*,
    // day.closed, service.unknown_customer, service.no_catalogue_item (the catalogue has no
    // active item for opening), service.bad_plan, service.bad_number,
    // service.number_taken, service.bad_sim, service.bad_contract,
    // service.holder_too_young, service.too_many_lines. A refusal writes nothing.
    Result<ServiceOutcome> open(const Session &session, const NewSubscription &service);
    Result<ServiceOutcome> open(WriteTransaction &tx, const Session &session,
                                const NewSubscription &service);

    // Refusals: auth.*, day.closed, service.not_found, service.not_for_kind,
    // service.illegal_change, service.no_catalogue_item, service.identity_required,
    // service.identity_mismatch, service.id_required (the change needs the ID card, not
    // the password), service.initial_password, service.wrong_password,
    // service.under_contract (not confirmed), and per change: service.bad_plan,
    // service.no_change, service.new_owner_unknown, service.same_owner, service.bad_sim,
    // service.bad_reason, service.password_*, service.holder_too_young,
    // service.too_many_lines. A refusal writes nothing.
    Result<ServiceOutcome> change(const Session &session, const QString &serviceId,
                                  const ServiceChangeRequest &request);
    Result<ServiceOutcome> change(WriteTransaction &tx, const Session &session,
                                  const QString &serviceId, const ServiceChangeRequest &request);

    Result<Subscription> find(const QString &serviceId) const;
    // The live (not cancelled) service with this number (service.not_found when none).
    Result<Subscription> findLive(const QString &number) const;
    // A customer's services, live ones first, newest first; limit and offset page.
    QList<Subscription> ofCustomer(const QString &customerId, int limit = 100,
                                   int offset = 0) const;
    // The customer's live services whose contract runs on day (DOMAIN rule 9).
    QList<Subscription> underContract(const QString &customerId, QDate day) const;
    Result<ServiceChangeRecord> record(const QString &changeId) const;
    // A service's openings and changes, newest first.
    QList<ServiceChangeRecord> history(const QString &serviceId, int limit = 100,
                                       int offset = 0) const;

    // The active catalogue item for a change (service.no_catalogue_item when none).
    static Result<CatalogueItem> itemFor(const QSqlDatabase &db, ServiceChange change);
    // The options of the item's choice field key ("plan", "reason", "refund"); empty when
    // the item has no such field (then anything may be typed).
    static QStringList choices(const CatalogueItem &item, const QString &fieldKey);
    // The plans a service may be opened with (change Open) or changed to (change Plan).
    static QStringList plans(const QSqlDatabase &db, ServiceChange change);
    // The choice field a change's reason is picked from ("reason" for Sim, "refund" for
    // Cancel), empty for the others.
    static QString reasonField(ServiceChange change);

    // The canonical number for a kind of service, or service.bad_number saying what it
    // must look like.
    static Result<QString> normaliseNumber(ServiceKind kind, const QString &number);
    // A SIM card's ICCID: 19 or 20 digits beginning 8986 (service.bad_sim).
    static Result<QString> normaliseIccid(const QString &iccid);
    // The rules a holder's own service password meets: 6 digits, not one digit repeated,
    // not a run (123456, 654321), not part of the ID number, not the number's last six.
    static Status checkPassword(const QString &password, const QString &idNumber,
                                const QString &serviceNumber);
    // A random 6-digit password that meets checkPassword.
    static QString makeInitialPassword(const QString &idNumber, const QString &serviceNumber);

private:
    struct Secrets;
    struct ChangeDraft;
    static Result<QString> planFrom(const CatalogueItem &item, const QString &typed);
    Result<Subscription> checkOpening(const NewSubscription &service, QDate today) const;
    Result<ServiceOutcome> openWith(WriteTransaction &tx, const Session &session,
                                    const NewSubscription &service, const Secrets &secrets);
    Result<ServiceOutcome> changeWith(WriteTransaction &tx, const Session &session,
                                      const QString &serviceId, const ServiceChangeRequest &request,
                                      const Secrets &secrets);
    Status checkIdentity(const Subscription &service, const Customer &holder,
                         const IdentityProof &proof, ServiceChange change) const;
    Status checkHolder(const Customer &holder, ServiceKind kind) const;
    Result<ServiceChangeRecord> writeRecord(WriteTransaction &tx, const Session &session,
                                            ServiceChangeRecord record);
    Status writeService(WriteTransaction &tx, const Subscription &service,
                        const QString &passwordHash);
    Result<ServiceChangeRecord> writeRecordAndEvent(WriteTransaction &tx, const Session &session,
                                                    const ServiceChangeRecord &record,
                                                    const QString &eventType, QJsonObject data,
                                                    QDate today);

    Database &m_db;
};
