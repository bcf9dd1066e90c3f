// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "hq/hqanswer.h"

class HqDatabase;

// Decisions taken at headquarters on cases a branch forwarded (上报件), sent back to the
// branch that registered the case through /api/v1/cases/updates.
class CaseDecisions
{
public:
    static QStringList statuses()
    {
        return {QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("returned")};
    }
    static Result<qint64> decide(HqDatabase &db, const QString &caseNo, const QString &status,
                                 const QString &note);
    static HqAnswer updates(HqDatabase &db, const QString &branch, qint64 since);
};
