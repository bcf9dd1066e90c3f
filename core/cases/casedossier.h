// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/caseservice.h"
#include "core/common/result.h"
#include "core/customers/customer.h"
#include "core/master/masterdata.h"

#include <QHash>
#include <QString>

class Database;

// Everything about one case that its screen and its printed notices show: the case, its
// catalogue item, the applicant, and the names behind the codes (window, branch, staff).
struct CaseDossier
{
    ServiceCase serviceCase;
    CatalogueItem item;
    Customer customer;
    QString windowName;
    QString branchName;
    QString branchCode;
    QHash<QString, QString> staffNames; // staff number → name, for those the case names

    // "2001 李敏", or the number alone when the name is unknown here.
    QString staffLabel(const QString &staffNo) const;

    static Result<CaseDossier> load(Database &db, const QString &caseNo);
};
