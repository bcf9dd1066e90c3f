// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a matter is: an application for a catalogue item (办件), a complaint (投诉) or a
// petition (信访). Complaints and petitions follow their own reception flow
// (register → approve → assign → result → reply) with their own time limits.
enum class CaseKind { Case, Complaint, Petition };

// Where a case stands. Statuses change only by the moves of CaseState::moves().
enum class CaseStatus {
    Registered,         // taken down at the window, not yet accepted (登记)
    MaterialsRequested, // one-time notice of missing materials given (补正告知)
    Accepted,           // accepted, time limit running (受理)
    Forwarded,          // sent to the township or county for a decision (上报)
    Decided,            // the higher level's decision has come back (批复)
    Refused,            // not accepted, written reason given (不予受理); final
    Completed,          // result handed over or ready (办结)
    Delivered,          // result delivered to the applicant (送达); final
    Approved,           // complaint/petition: a leader approved handling it (批办)
    Assigned,           // complaint/petition: handed to a section (交办)
    Resolved,           // complaint/petition: the section reported its result (办理结果)
    Replied,            // complaint/petition: the reply was given (答复); final
};

// What is done to a case. Each action is one move of the table and one event.
enum class CaseAction {
    Accept,           // case.accepted
    RequestMaterials, // case.materials_requested
    Refuse,           // case.refused
    Forward,          // case.forwarded
    Decide,           // case.decided (from headquarters)
    Complete,         // case.completed
    Deliver,          // case.delivered
    Extend,           // case.extended (the status stays)
    Approve,          // case.approved
    Assign,           // case.assigned
    ReportResult,     // case.result
    Reply,            // case.replied
};

// The state machine of cases, complaints and petitions: a table of moves
// (kind, from, action) → to. Services check every action against it; the case detail
// offers exactly the actions it lists.
class CaseState
{
    Q_DECLARE_TR_FUNCTIONS(CaseState)
public:
    struct Move
    {
        CaseKind kind;
        CaseStatus from;
        CaseAction action;
        CaseStatus to;
    };
    // The whole table.
    static const QList<Move> &moves();

    static QString key(CaseStatus status); // "materials_requested", stored in service_case
    static bool fromKey(const QString &key, CaseStatus *status); // false for an unknown key
    static QString displayName(CaseStatus status);               // translated
    static QList<CaseStatus> all();

    static QString kindKey(CaseKind kind); // "case", "complaint", "petition"
    static bool kindFromKey(const QString &key, CaseKind *kind);
    static QString kindName(CaseKind kind); // translated
    static QList<CaseKind> allKinds();

    static QString actionKey(CaseAction action);  // "request_materials"
    static QString actionName(CaseAction action); // translated, for buttons
    static QString eventType(CaseAction action);  // "case.materials_requested"
    static QList<CaseAction> allActions();

    // The actions possible from a status, in the order of the table. Extend is left out
    // once the case has been extended (one extension per case).
    static QList<CaseAction> actions(CaseKind kind, CaseStatus from, bool extended = false);
    // The status after action, or case.illegal_transition naming the status and action.
    static Result<CaseStatus> next(CaseKind kind, CaseStatus from, CaseAction action);

    // The statuses a case of kind may move to from from (moves that keep it are left out).
    static QList<CaseStatus> allowed(CaseStatus from, CaseKind kind = CaseKind::Case);
    static bool canMove(CaseStatus from, CaseStatus to, CaseKind kind = CaseKind::Case);
    // success(), or case.illegal_transition naming both statuses.
    static Status check(CaseStatus from, CaseStatus to, CaseKind kind = CaseKind::Case);

    // No move at all leads on, for any kind.
    static bool isFinal(CaseStatus status);
    // The applicant has their answer: refused, completed, delivered, replied.
    static bool isFinished(CaseStatus status);
    // The time limit runs (counts towards overdue warnings and may be extended once).
    static bool isRunning(CaseKind kind, CaseStatus status);
    static bool isRunning(CaseStatus status) { return isRunning(CaseKind::Case, status); }
    // The statuses in which some kind's time limit runs, for queries over all kinds
    // (rows without a due date are not running whatever their status).
    static QStringList runningKeys();
    // May be rated by the applicant (签字评价): once they have their answer.
    static bool canRate(CaseStatus status) { return isFinished(status); }
};
