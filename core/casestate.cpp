#include "casestate.h"

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
    case CaseStatus::Refused:
        return QStringLiteral("refused");
    case CaseStatus::Completed:
        return QStringLiteral("completed");
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
    case CaseStatus::Refused:
        return tr("Refused");
    case CaseStatus::Completed:
        return tr("Completed");
    }
    return QString();
}

QList<CaseStatus> CaseState::all()
{
    return {CaseStatus::Registered, CaseStatus::MaterialsRequested,
            CaseStatus::Accepted,   CaseStatus::Forwarded,
            CaseStatus::Refused,    CaseStatus::Completed};
}

QList<CaseStatus> CaseState::allowed(CaseStatus from)
{
    switch (from) {
    case CaseStatus::Registered:
        return {CaseStatus::Accepted, CaseStatus::MaterialsRequested, CaseStatus::Refused};
    case CaseStatus::MaterialsRequested:
        // The notice lists everything at once (一次性告知), so there is no second notice:
        // what the applicant brings back is either enough, or the case is refused.
        return {CaseStatus::Accepted, CaseStatus::Refused};
    case CaseStatus::Accepted:
        // An extension or a rating keeps the status; a negative decision is still a
        // completion (the applicant is told the result), not a refusal to accept.
        return {CaseStatus::Completed, CaseStatus::Forwarded};
    case CaseStatus::Forwarded:
        // The higher level's decision comes back (case.decided) and is handed over.
        return {CaseStatus::Completed};
    case CaseStatus::Refused:
    case CaseStatus::Completed:
        return {};
    }
    return {};
}

bool CaseState::canMove(CaseStatus from, CaseStatus to)
{
    return allowed(from).contains(to);
}

Status CaseState::check(CaseStatus from, CaseStatus to)
{
    if (canMove(from, to))
        return success();
    return Error(QStringLiteral("case.illegal_transition"),
                 QT_TRANSLATE_NOOP("Error", "A case that is \"%1\" cannot become \"%2\". Open the "
                                            "case again to see its current status."),
                 {displayName(from), displayName(to)});
}

bool CaseState::isFinal(CaseStatus status)
{
    return allowed(status).isEmpty();
}

bool CaseState::isRunning(CaseStatus status)
{
    return status == CaseStatus::Accepted || status == CaseStatus::Forwarded;
}
