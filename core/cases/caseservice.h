// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casestate.h"
#include "core/common/result.h"
#include "core/common/workingcalendar.h"
#include "core/storage/event.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Database;
class WriteTransaction;
struct Session;

// What the clerk takes down when a person asks for a catalogue item, or complains or
// petitions about one.
struct NewCase
{
    QString itemCode;
    QString customerId;
    CaseKind kind = CaseKind::Case;
    QString channel = QStringLiteral("visit"); // visit, phone, letter
    QString windowCode;            // empty: the session's window, else the item's window
    QStringList materialsReceived; // names as in the item's materials list (applications)
    QJsonObject formData;          // the item's form fields by key (applications)
    QString subject;               // what the complaint or petition says (required for them)
};

// A case as stored in service_case.
struct ServiceCase
{
    QString caseNo;
    CaseKind kind = CaseKind::Case;
    QString itemCode;
    QString customerId;
    QString channel;
    QString firstResponder; // staff number of the first responder (首问负责)
    QString windowCode;
    CaseStatus status = CaseStatus::Registered;
    QString mode; // copied from the item on acceptance (applications)
    QDate acceptedOn;
    QDate dueOn;
    int limitDays = 0;
    QDate completedOn;
    std::optional<bool> onTime; // set on completion or reply
    QStringList materialsReceived;
    QJsonObject formData;
    QStringList missing;
    QString refusalReason;
    QString subject;
    QString forwardedTo;
    QDate forwardedOn;
    QString decision; // approved, rejected, returned (from headquarters)
    QString decisionNote;
    QString decidedAt;
    QDate deliveredOn;
    QString deliveryMethod;
    bool extended = false;
    QDate originalDueOn;
    int extensionDays = 0;
    QString extensionReason;
    QString extensionApprovedBy;
    QString approvedBy;
    QString assignedTo;
    QString result;
    QString reply;
    QString replyMethod;
    QDate repliedOn;
    QDate businessDay; // the day it was registered
    QString createdAt;
    QString updatedAt;
};

// What acceptance promised the applicant (printed on the acceptance notice).
struct CaseAcceptance
{
    QString mode;
    QDate acceptedOn;
    QDate dueOn;
    int limitDays = 0;
};

// What an extension gave (printed on the extension notice).
struct CaseExtension
{
    int days = 0;
    QDate previousDueOn;
    QDate dueOn;
    QString approvedBy;
};

// Cases (办件) at the window: register (applications, complaints and petitions), accept,
// request missing materials, refuse, forward to a higher level and record its decision,
// extend once, complete, deliver. Complaints and petitions go on with ComplaintService.
// Each public action is one transaction with one event and a move of CaseState; the
// WriteTransaction& overloads do the same inside the caller's transaction without
// committing it (the demo seeder writes millions). Prepared statements and the working-day
// calendar are kept by the instance (the calendar is reloaded when the holiday table
// changes), so keep one instance for a batch. Every staff action needs
// Permission::ServeCustomers, a staff number (the first responder and each handler are
// recorded) and an open business day (day.closed otherwise).
class CaseService
{
public:
    static constexpr int MaxReasonLength = 500;
    static constexpr int MaxSubjectLength = 1000;
    static constexpr int MaxAddresseeLength = 100;
    static constexpr int MaxExtensionDays = 30;
    // Working days from registration to the reply (the product's decision: complaints as
    // the 15 days of a fix after a bad rating; petitions about the 60 calendar days of the
    // petition regulations, 信访工作条例 art. 32).
    static constexpr int ComplaintLimitDays = 15;
    static constexpr int PetitionLimitDays = 40;

    explicit CaseService(Database &db);
    ~CaseService();
    CaseService(const CaseService &) = delete;
    CaseService &operator=(const CaseService &) = delete;

    // Refusals: case.no_staff, case.unknown_item, case.inactive_item, case.unknown_customer,
    // case.bad_channel, case.unknown_window, case.missing_field, case.bad_field,
    // case.subject_required (complaints and petitions). Form values are stored normalised
    // (ID numbers upper-case 18 characters, mobiles 11 digits). A complaint or petition
    // starts its time limit at once (due_on set); an application starts on acceptance.
    // A refusal writes nothing, also in the tx overloads. Every action below may also be
    // refused with case.not_found, case.no_staff, day.closed, case.illegal_transition or
    // auth.* (permission).
    Result<QString> registerCase(const Session &session, const NewCase &newCase);
    Result<QString> registerCase(WriteTransaction &tx, const Session &session,
                                 const NewCase &newCase);

    // Accepts the case: the due date is limit_days working days after today (today for an
    // immediate item). materialsNowReceived are added to those received at registration
    // (what the applicant brought after a one-time notice). Refusals:
    // case.materials_missing (listing them).
    Result<CaseAcceptance> accept(const Session &session, const QString &caseNo,
                                  const QStringList &materialsNowReceived = {});
    Result<CaseAcceptance> accept(WriteTransaction &tx, const Session &session,
                                  const QString &caseNo,
                                  const QStringList &materialsNowReceived = {});

    // The one-time notice (一次性告知): everything missing in one list. Refusals:
    // case.nothing_missing.
    Status requestMaterials(const Session &session, const QString &caseNo,
                            const QStringList &missing);
    Status requestMaterials(WriteTransaction &tx, const Session &session, const QString &caseNo,
                            const QStringList &missing);

    // Not accepted, with the written reason the applicant is given. Refusals:
    // case.reason_required.
    Status refuse(const Session &session, const QString &caseNo, const QString &reason);
    Status refuse(WriteTransaction &tx, const Session &session, const QString &caseNo,
                  const QString &reason);

    // Sent to the higher level named by to (上报), with the agency letter. Refusals:
    // case.addressee_required.
    Status forward(const Session &session, const QString &caseNo, const QString &to);
    Status forward(WriteTransaction &tx, const Session &session, const QString &caseNo,
                   const QString &to);

    // A decision of headquarters on a forwarded case, as the sync client fetched it. The
    // case.decided event is always recorded (it is headquarters' fact, and the terminal
    // that forwarded the case may be another one of the branch); the case moves to
    // Decided when it is here and forwarded. Returns whether it moved.
    Result<bool> recordDecision(WriteTransaction &tx, const QString &caseNo, const QString &status,
                                const QString &note, const QString &decidedAt);

    // One extension per case while its time limit runs, approved by a supervisor (the
    // approver from StaffService::authoriseApproval, or the signed-in supervisor
    // themselves): the due date moves days working days on. Refusals:
    // case.already_extended, case.bad_extension_days, case.reason_required,
    // case.approval_required, case.no_extension (an on-the-spot case, CaseDeadline).
    Result<CaseExtension> extend(const Session &session, const QString &caseNo, int days,
                                 const QString &reason, const Session &approver);
    Result<CaseExtension> extend(WriteTransaction &tx, const Session &session,
                                 const QString &caseNo, int days, const QString &reason,
                                 const Session &approver);

    // The result is handed over today; on time when today is not after the due date.
    Result<bool> complete(const Session &session, const QString &caseNo);
    Result<bool> complete(WriteTransaction &tx, const Session &session, const QString &caseNo);

    // The result reaches the applicant (送达) by deliveryMethods(). Refusals:
    // case.bad_delivery_method.
    Status deliver(const Session &session, const QString &caseNo, const QString &method);
    Status deliver(WriteTransaction &tx, const Session &session, const QString &caseNo,
                   const QString &method);
    static QStringList deliveryMethods(); // counter, post, home

    Result<ServiceCase> find(const QString &caseNo) const;
    // Every event that names the case (its steps, payments for it), oldest first.
    Result<QList<Event>> history(const QString &caseNo) const;

    // The calendar used for due dates (cached; reloaded when the holiday table changes).
    const WorkingCalendar &calendar();

private:
    struct Statements;
    struct Cache;
    struct Draft;
    Statements &statements();
    Cache &cache();

    // registerCase: validate, number, write the row, append case.registered.
    Result<Draft> validateCase(WriteTransaction &tx, const Session &session, const NewCase &newCase,
                               QDate today);
    Status checkWhere(const Session &session, const NewCase &newCase, Draft &d);
    Status checkContent(const NewCase &newCase, QDate today, Draft &d);
    Status requireCustomer(WriteTransaction &tx, const QString &customerId);
    Result<QString> nextCaseNo(WriteTransaction &tx, QDate today);
    Status insertCase(WriteTransaction &tx, const Session &session, const Draft &d,
                      const QString &caseNo, QDate today);
    static Status appendRegistered(WriteTransaction &tx, const Session &session, const Draft &d,
                                   const QString &caseNo, QDate today);

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<Cache> m_cache;
};
