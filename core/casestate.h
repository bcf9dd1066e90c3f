#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where a case (办件) stands. Statuses change only along CaseState::allowed(); the
// events that happen without changing status (an extension, a rating, a reprint) have
// their own guards below, so later features fit without new statuses.
enum class CaseStatus {
    Registered,         // taken down at the window, not yet accepted (登记)
    MaterialsRequested, // one-time notice of missing materials given (补正告知)
    Accepted,           // accepted, time limit running (受理)
    Forwarded,          // sent to the township or county for a decision (上报)
    Refused,            // not accepted, written reason given (不予受理); final
    Completed,          // result handed over (办结); final
};

class CaseState
{
    Q_DECLARE_TR_FUNCTIONS(CaseState)
public:
    static QString key(CaseStatus status); // "materials_requested", stored in service_case
    static bool fromKey(const QString &key, CaseStatus *status); // false for an unknown key
    static QString displayName(CaseStatus status);               // translated
    static QList<CaseStatus> all();

    // The statuses a case may move to from from.
    static QList<CaseStatus> allowed(CaseStatus from);
    static bool canMove(CaseStatus from, CaseStatus to);
    // success(), or case.illegal_transition naming both statuses.
    static Status check(CaseStatus from, CaseStatus to);

    static bool isFinal(CaseStatus status);
    // The time limit runs (counts towards overdue warnings and may be extended once).
    static bool isRunning(CaseStatus status);
    // May be rated by the applicant (签字评价): once it is finished.
    static bool canRate(CaseStatus status) { return isFinal(status); }
};
