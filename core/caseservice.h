#pragma once

#include "casestate.h"
#include "result.h"
#include "workingcalendar.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Database;
class WriteTransaction;
struct Session;

// What the clerk takes down when a person asks for a catalogue item.
struct NewCase
{
    QString itemCode;
    QString customerId;
    QString channel = QStringLiteral("visit"); // visit, phone, letter
    QString windowCode;            // empty: the session's window, else the item's window
    QStringList materialsReceived; // names as in the item's materials list
    QJsonObject formData;          // the item's form fields by key
};

// A case as stored in service_case.
struct ServiceCase
{
    QString caseNo;
    QString itemCode;
    QString customerId;
    QString channel;
    QString firstResponder; // staff number of the first responder (首问负责)
    QString windowCode;
    CaseStatus status = CaseStatus::Registered;
    QString mode; // copied from the item on acceptance
    QDate acceptedOn;
    QDate dueOn;
    int limitDays = 0;
    QDate completedOn;
    std::optional<bool> onTime; // set on completion
    QStringList materialsReceived;
    QJsonObject formData;
    QStringList missing;
    QString refusalReason;
    QString forwardedTo;
    bool extended = false;
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

// Cases (办件) at the window: register, accept or request missing materials or refuse,
// complete. Each public action is one transaction with one event; the WriteTransaction&
// overloads do the same inside the caller's transaction without committing it (the
// demo seeder writes millions). Prepared statements and the working-day calendar are
// kept by the instance (the calendar is reloaded when the holiday table changes), so
// keep one instance for a batch. Every action needs Permission::ServeCustomers and a
// staff number (the first responder and each handler are recorded).
class CaseService
{
public:
    static constexpr int MaxReasonLength = 500;

    explicit CaseService(Database &db);
    ~CaseService();
    CaseService(const CaseService &) = delete;
    CaseService &operator=(const CaseService &) = delete;

    // Refusals: case.no_staff, case.unknown_item, case.inactive_item, case.unknown_customer,
    // case.bad_channel, case.unknown_window, case.missing_field, case.bad_field. Form values
    // are stored normalised (ID numbers upper-case 18 characters, mobiles 11 digits).
    // A refusal writes nothing, also in the tx overloads. Every action below may also be
    // refused with case.not_found, case.no_staff or auth.* (permission).
    Result<QString> registerCase(const Session &session, const NewCase &newCase);
    Result<QString> registerCase(WriteTransaction &tx, const Session &session,
                                 const NewCase &newCase);

    // Accepts the case: the due date is limit_days working days after today (today for an
    // immediate item). materialsNowReceived are added to those received at registration
    // (what the applicant brought after a one-time notice). Refusals: case.not_found,
    // case.illegal_transition, case.materials_missing (listing them).
    Result<CaseAcceptance> accept(const Session &session, const QString &caseNo,
                                  const QStringList &materialsNowReceived = {});
    Result<CaseAcceptance> accept(WriteTransaction &tx, const Session &session,
                                  const QString &caseNo,
                                  const QStringList &materialsNowReceived = {});

    // The one-time notice (一次性告知): everything missing in one list. Refusals:
    // case.nothing_missing, case.illegal_transition.
    Status requestMaterials(const Session &session, const QString &caseNo,
                            const QStringList &missing);
    Status requestMaterials(WriteTransaction &tx, const Session &session, const QString &caseNo,
                            const QStringList &missing);

    // Not accepted, with the written reason the applicant is given. Refusals:
    // case.reason_required, case.illegal_transition.
    Status refuse(const Session &session, const QString &caseNo, const QString &reason);
    Status refuse(WriteTransaction &tx, const Session &session, const QString &caseNo,
                  const QString &reason);

    // The result is handed over today; on time when today is not after the due date.
    Result<bool> complete(const Session &session, const QString &caseNo);
    Result<bool> complete(WriteTransaction &tx, const Session &session, const QString &caseNo);

    Result<ServiceCase> find(const QString &caseNo) const;

    // The calendar used for due dates (cached; reloaded when the holiday table changes).
    const WorkingCalendar &calendar();

private:
    struct Statements;
    struct Cache;
    Statements &statements();
    Cache &cache();

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<Cache> m_cache;
};
