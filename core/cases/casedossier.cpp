// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/casedossier.h"

#include "core/customers/customerservice.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"

#include <QSqlQuery>
#include <QVariant>

QString CaseDossier::staffLabel(const QString &staffNo) const
{
    const QString name = staffNames.value(staffNo);
    return name.isEmpty() ? staffNo : QStringLiteral("%1 %2").arg(staffNo, name);
}

Result<CaseDossier> CaseDossier::load(Database &db, const QString &caseNo)
{
    CaseDossier d;
    Result<ServiceCase> found = CaseService(db).find(caseNo);
    if (!found)
        return found.error();
    d.serviceCase = found.take();
    const ServiceCase &c = d.serviceCase;
    Result<CatalogueItem> item = MasterData::item(db.connection(), c.itemCode);
    if (!item)
        return item.error();
    d.item = item.take();
    Result<Customer> customer = CustomerService(db).findById(c.customerId);
    if (!customer)
        return customer.error();
    d.customer = customer.take();
    const DeviceIdentity identity = DeviceIdentity::load(db.connection());
    d.branchName = identity.branchName;
    d.branchCode = identity.branchCode;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM service_window WHERE code = ?"));
    q.addBindValue(c.windowCode);
    if (q.exec() && q.next())
        d.windowName = q.value(0).toString();
    StaffService staff(db);
    for (const QString &no : {c.firstResponder, c.extensionApprovedBy, c.approvedBy}) {
        if (no.isEmpty() || d.staffNames.contains(no))
            continue;
        const Result<StaffRecord> r = staff.find(no);
        d.staffNames.insert(no, r ? r->name : QString());
    }
    return d;
}
