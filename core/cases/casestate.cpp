// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/casestate.h"

namespace {

using K = CaseKind;
using S = CaseStatus;
using A = CaseAction;

QList<CaseState::Move> buildMoves()
{
    QList<CaseState::Move> moves = {
        // An application for a catalogue item.
        {K::Case, S::Registered, A::Accept, S::Accepted},
        {K::Case, S::Registered, A::RequestMaterials, S::MaterialsRequested},
        {K::Case, S::Registered, A::Refuse, S::Refused},
        // The notice lists everything at once (一次性告知), so there is no second notice:
        // what the applicant brings back is either enough, or the case is refused.
        {K::Case, S::MaterialsRequested, A::Accept, S::Accepted},
        {K::Case, S::MaterialsRequested, A::Refuse, S::Refused},
        // A negative result is still a completion (the applicant is told the result), not
        // a refusal to accept.
        {K::Case, S::Accepted, A::Forward, S::Forwarded},
        {K::Case, S::Accepted, A::Complete, S::Completed},
        {K::Case, S::Accepted, A::Extend, S::Accepted},
        // The decision of the higher level comes back through headquarters (case.decided);
        // when the paper answer arrives first, the case is completed without it.
        {K::Case, S::Forwarded, A::Decide, S::Decided},
        {K::Case, S::Forwarded, A::Complete, S::Completed},
        {K::Case, S::Forwarded, A::Extend, S::Forwarded},
        {K::Case, S::Decided, A::Complete, S::Completed},
        {K::Case, S::Decided, A::Extend, S::Decided},
        // A certificate sent home or picked up later (送达).
        {K::Case, S::Completed, A::Deliver, S::Delivered},
    };
    // Complaints and petitions: received (the time limit runs from then), approved by a
    // leader, assigned to a section (again, when the section hands it back), the result
    // reported, the reply given. One not taken up is refused with a written reason.
    for (K kind : {K::Complaint, K::Petition}) {
        moves.append({
            {kind, S::Registered, A::Approve, S::Approved},
            {kind, S::Registered, A::Refuse, S::Refused},
            {kind, S::Registered, A::Extend, S::Registered},
            {kind, S::Approved, A::Assign, S::Assigned},
            {kind, S::Approved, A::Extend, S::Approved},
            {kind, S::Assigned, A::ReportResult, S::Resolved},
            {kind, S::Assigned, A::Assign, S::Assigned},
            {kind, S::Assigned, A::Extend, S::Assigned},
            {kind, S::Resolved, A::Reply, S::Replied},
            {kind, S::Resolved, A::Extend, S::Resolved},
        });
    }
    return moves;
}

} // namespace

const QList<CaseState::Move> &CaseState::moves()
{
    static const QList<Move> table = buildMoves();
    return table;
}

QString CaseState::key(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Registered:
        return QStringLiteral("registered");
    case CaseStatus::MaterialsRequested:
        return QStringLiteral("materials_requested");
    case CaseStatus::Accepted:
        return QStringLiteral("accepted");
    case CaseStatus::Forwarded:
        return QStringLiteral("forwarded");
    case CaseStatus::Decided:
        return QStringLiteral("decided");
    case CaseStatus::Refused:
        return QStringLiteral("refused");
    case CaseStatus::Completed:
        return QStringLiteral("completed");
    case CaseStatus::Delivered:
        return QStringLiteral("delivered");
    case CaseStatus::Approved:
        return QStringLiteral("approved");
    case CaseStatus::Assigned:
        return QStringLiteral("assigned");
    case CaseStatus::Resolved:
        return QStringLiteral("resolved");
    case CaseStatus::Replied:
        return QStringLiteral("replied");
    }
    return QString();
}

bool CaseState::fromKey(const QString &key, CaseStatus *status)
{
    for (CaseStatus s : all()) {
        if (CaseState::key(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString CaseState::displayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Registered:
        return tr("Registered");
    case CaseStatus::MaterialsRequested:
        return tr("Materials requested");
    case CaseStatus::Accepted:
        return tr("Accepted");
    case CaseStatus::Forwarded:
        return tr("Forwarded");
    case CaseStatus::Decided:
        return tr("Decision received");
    case CaseStatus::Refused:
        return tr("Refused");
    case CaseStatus::Completed:
        return tr("Completed");
    case CaseStatus::Delivered:
        return tr("Delivered");
    case CaseStatus::Approved:
        return tr("Approved for handling");
    case CaseStatus::Assigned:
        return tr("Assigned to a section");
    case CaseStatus::Resolved:
        return tr("Result reported");
    case CaseStatus::Replied:
        return tr("Replied");
    }
    return QString();
}

QList<CaseStatus> CaseState::all()
{
    return {CaseStatus::Registered, CaseStatus::MaterialsRequested,
            CaseStatus::Accepted,   CaseStatus::Forwarded,
            CaseStatus::Decided,    CaseStatus::Refused,
            CaseStatus::Completed,  CaseStatus::Delivered,
            CaseStatus::Approved,   CaseStatus::Assigned,
            CaseStatus::Resolved,   CaseStatus::Replied};
}

QString CaseState::kindKey(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Case:
        return QStringLiteral("case");
    case CaseKind::Complaint:
        return QStringLiteral("complaint");
    case CaseKind::Petition:
        return QStringLiteral("petition");
    }
    return QString();
}

bool CaseState::kindFromKey(const QString &key, CaseKind *kind)
{
    for (CaseKind k : allKinds()) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString CaseState::kindName(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Case:
        return tr("Application");
    case CaseKind::Complaint:
        return tr("Complaint");
    case CaseKind::Petition:
        return tr("Petition");
    }
    return QString();
}

QList<CaseKind> CaseState::allKinds()
{
    return {CaseKind::Case, CaseKind::Complaint, CaseKind::Petition};
}

QString CaseState::actionKey(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
        return QStringLiteral("accept");
    case CaseAction::RequestMaterials:
        return QStringLiteral("request_materials");
    case CaseAction::Refuse:
        return QStringLiteral("refuse");
    case CaseAction::Forward:
        return QStringLiteral("forward");
    case CaseAction::Decide:
        return QStringLiteral("decide");
    case CaseAction::Complete:
        return QStringLiteral("complete");
    case CaseAction::Deliver:
        return QStringLiteral("deliver");
    case CaseAction::Extend:
        return QStringLiteral("extend");
    case CaseAction::Approve:
        return QStringLiteral("approve");
    case CaseAction::Assign:
        return QStringLiteral("assign");
    case CaseAction::ReportResult:
        return QStringLiteral("report_result");
    case CaseAction::Reply:
        return QStringLiteral("reply");
    }
    return QString();
}

QString CaseState::actionName(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
        return tr("Accept");
    case CaseAction::RequestMaterials:
        return tr("Request missing materials");
    case CaseAction::Refuse:
        return tr("Refuse");
    case CaseAction::Forward:
        return tr("Forward to a higher level");
    case CaseAction::Decide:
        return tr("Record the decision");
    case CaseAction::Complete:
        return tr("Complete");
    case CaseAction::Deliver:
        return tr("Deliver the result");
    case CaseAction::Extend:
        return tr("Extend the time limit");
    case CaseAction::Approve:
        return tr("Approve handling");
    case CaseAction::Assign:
        return tr("Assign to a section");
    case CaseAction::ReportResult:
        return tr("Record the result");
    case CaseAction::Reply:
        return tr("Reply");
    }
    return QString();
}

QString CaseState::eventType(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
        return QStringLiteral("case.accepted");
    case CaseAction::RequestMaterials:
        return QStringLiteral("case.materials_requested");
    case CaseAction::Refuse:
        return QStringLiteral("case.refused");
    case CaseAction::Forward:
        return QStringLiteral("case.forwarded");
    case CaseAction::Decide:
        return QStringLiteral("case.decided");
    case CaseAction::Complete:
        return QStringLiteral("case.completed");
    case CaseAction::Deliver:
        return QStringLiteral("case.delivered");
    case CaseAction::Extend:
        return QStringLiteral("case.extended");
    case CaseAction::Approve:
        return QStringLiteral("case.approved");
    case CaseAction::Assign:
        return QStringLiteral("case.assigned");
    case CaseAction::ReportResult:
        return QStringLiteral("case.result");
    case CaseAction::Reply:
        return QStringLiteral("case.replied");
    }
    return QString();
}

QList<CaseAction> CaseState::allActions()
{
    return {CaseAction::Accept,  CaseAction::RequestMaterials, CaseAction::Refuse,
            CaseAction::Forward, CaseAction::Decide,           CaseAction::Complete,
            CaseAction::Deliver, CaseAction::Extend,           CaseAction::Approve,
            CaseAction::Assign,  CaseAction::ReportResult,     CaseAction::Reply};
}

QList<CaseAction> CaseState::actions(CaseKind kind, CaseStatus from, bool extended)
{
    QList<CaseAction> list;
    for (const Move &m : moves()) {
        if (m.kind == kind && m.from == from && !(extended && m.action == CaseAction::Extend))
            list.append(m.action);
    }
    return list;
}

Result<CaseStatus> CaseState::next(CaseKind kind, CaseStatus from, CaseAction action)
{
    for (const Move &m : moves()) {
        if (m.kind == kind && m.from == from && m.action == action)
            return m.to;
    }
    return Error(QStringLiteral("case.illegal_transition"),
                 QT_TRANSLATE_NOOP("Error", "\"%2\" is not possible for a case that is \"%1\". "
                                            "Open the case again to see its current status."),
                 {displayName(from), actionName(action)});
}

QList<CaseStatus> CaseState::allowed(CaseStatus from, CaseKind kind)
{
    QList<CaseStatus> list;
    for (const Move &m : moves()) {
        if (m.kind == kind && m.from == from && m.to != from && !list.contains(m.to))
            list.append(m.to);
    }
    return list;
}

bool CaseState::canMove(CaseStatus from, CaseStatus to, CaseKind kind)
{
    return allowed(from, kind).contains(to);
}

Status CaseState::check(CaseStatus from, CaseStatus to, CaseKind kind)
{
    if (canMove(from, to, kind))
        return success();
    return Error(QStringLiteral("case.illegal_transition"),
                 QT_TRANSLATE_NOOP("Error", "A case that is \"%1\" cannot become \"%2\". Open the "
                                            "case again to see its current status."),
                 {displayName(from), displayName(to)});
}

bool CaseState::isFinal(CaseStatus status)
{
    for (const Move &m : moves()) {
        if (m.from == status)
            return false;
    }
    return true;
}

bool CaseState::isFinished(CaseStatus status)
{
    return status == CaseStatus::Refused || status == CaseStatus::Completed ||
           status == CaseStatus::Delivered || status == CaseStatus::Replied;
}

bool CaseState::isRunning(CaseKind kind, CaseStatus status)
{
    for (const Move &m : moves()) {
        if (m.kind == kind && m.from == status && m.action == CaseAction::Extend)
            return true;
    }
    return false;
}

QStringList CaseState::runningKeys()
{
    QStringList keys;
    for (const Move &m : moves()) {
        if (m.action == CaseAction::Extend && !keys.contains(key(m.from)))
            keys.append(key(m.from));
    }
    return keys;
}
