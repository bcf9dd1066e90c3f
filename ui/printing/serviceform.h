// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/customers/subscription.h"
#include "core/staff/session.h"
#include "ui/printing/printdocument.h"

#include <QCoreApplication>

struct CatalogueItem;
struct Customer;
class Database;
class QWidget;

// The form the customer signs for an opening or a change of a service (业务受理单, DOMAIN
// rule 8): who, which service, what was before and after, how identity was checked, the
// contract warning when one was confirmed, the catalogue item's conditions and legal
// basis, and lines for the signatures. A4, through PrintDocument; printed again from the
// recorded change at any time. ID numbers and mobiles as the session may see them.
class ServiceForm
{
    Q_DECLARE_TR_FUNCTIONS(ServiceForm)
public:
    static Result<PrintDocument> document(Database &db, const Session &session,
                                          const QString &changeId);
    static PrintDocument document(Database &db, const Session &session,
                                  const ServiceChangeRecord &record);

    // Shows the preview, from which the clerk prints.
    static void preview(Database &db, const Session &session, const QString &changeId,
                        QWidget *parent);
    // Asks for a file name and writes the PDF; false when cancelled or not written.
    static bool savePdf(Database &db, const Session &session, const QString &changeId,
                        QWidget *parent);

private:
    // The form's blocks, top to bottom.
    static QString headerBlock(const QString &branchName, const ServiceChangeRecord &r);
    static QString holderBlock(const QString &heading, const Session &session,
                               const Customer &holder, bool withPhone);
    static QString serviceBlock(const Subscription &service, const Result<CatalogueItem> &item,
                                const ServiceChangeRecord &r);
    static QString changesBlock(const ServiceChangeRecord &r);
    static QString contractBlock(const QList<Subscription> &contracts);
    static QString conditionsBlock(const CatalogueItem &item);
    static QString signatureBlock(const ServiceChangeRecord &r);
};
