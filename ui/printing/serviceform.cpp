// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/serviceform.h"

#include "core/common/clock.h"
#include "core/common/masking.h"
#include "core/customers/customerservice.h"
#include "core/customers/servicechangetext.h"
#include "core/customers/subscriptionservice.h"
#include "core/master/masterdata.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"

#include <QFileDialog>
#include <QMessageBox>

namespace {

QString esc(const QString &text)
{
    return PrintDocument::escaped(text);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"22%\" bgcolor=\"#f1f4f8\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

const char *const kTable = "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                           "style=\"border-color: #7a8699; border-style: solid;\">";

template <typename T> T valueOr(const Result<T> &result)
{
    return result ? result.value() : T();
}

QString idTypeName(const QString &idType)
{
    if (idType == Customer::passport())
        return ServiceForm::tr("Passport");
    if (idType == Customer::other())
        return ServiceForm::tr("Other document");
    return ServiceForm::tr("Resident ID card");
}

} // namespace

Result<PrintDocument> ServiceForm::document(Database &db, const Session &session,
                                            const QString &changeId)
{
    const Result<ServiceChangeRecord> record = SubscriptionService(db).record(changeId);
    if (!record)
        return record.error();
    return document(db, session, record.value());
}

PrintDocument ServiceForm::document(Database &db, const Session &session,
                                    const ServiceChangeRecord &r)
{
    SubscriptionService services(db);
    CustomerService customers(db);
    const Subscription service = valueOr(services.find(r.serviceId));
    const Customer holder = valueOr(customers.findById(r.customerId));
    const DeviceIdentity device = DeviceIdentity::load(db.connection());
    const Result<CatalogueItem> item = r.itemCode.isEmpty()
                                           ? Result<CatalogueItem>(Error())
                                           : MasterData::item(db.connection(), r.itemCode);

    QString html = headerBlock(device.branchName, r);
    html += holderBlock(tr("Customer"), session, holder, true);
    html += serviceBlock(service, item, r);
    html += changesBlock(r);
    if (r.change == ServiceChange::Transfer) {
        const Customer newHolder =
            valueOr(customers.findById(r.after.value(QLatin1String("customer_id")).toString()));
        html += holderBlock(tr("New holder"), session, newHolder, false);
    }
    if (r.contractConfirmed)
        html += contractBlock(services.underContract(r.customerId, r.businessDay));
    if (item)
        html += conditionsBlock(item.value());
    html += signatureBlock(r);

    PrintDocument doc;
    doc.title = tr("Service form %1").arg(r.formNo);
    doc.paper = PrintDocument::Paper::A4;
    doc.footer =
        tr("HallDesk - form %1 - one copy for the customer, one for the branch").arg(r.formNo);
    doc.html = html;
    return doc;
}

// The branch, the form's title and the line with form no., time, window and staff no.
QString ServiceForm::headerBlock(const QString &branchName, const ServiceChangeRecord &r)
{
    const QString changeName = ServiceState::changeName(r.change);
    const QString at =
        Clock::parseStamp(r.at).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 11pt;\">%1</p>")
                .arg(esc(branchName));
    html += QStringLiteral("<h2 align=\"center\">%1</h2>")
                .arg(esc(tr("Service form: %1").arg(changeName)));
    html +=
        QStringLiteral("<table width=\"100%\" cellpadding=\"2\"><tr><td>%1</td><td>%2</td>"
                       "<td>%3</td><td align=\"right\">%4</td></tr></table>")
            .arg(esc(tr("Form no. %1").arg(r.formNo)), esc(tr("Time %1").arg(at)),
                 esc(tr("Window %1").arg(r.windowCode)), esc(tr("Staff no. %1").arg(r.staffNo)));
    return html;
}

// The holder (or the new holder of a transfer): name, ID document and customer no., and
// the contact mobile when asked for and known.
QString ServiceForm::holderBlock(const QString &heading, const Session &session,
                                 const Customer &holder, bool withPhone)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(heading));
    html += QLatin1String(kTable);
    html += row(tr("Name"), holder.name);
    html += row(tr("ID document"),
                QStringLiteral("%1 %2").arg(idTypeName(holder.idType),
                                            Masking::idNumber(session, holder.idNumber)));
    html += row(tr("Customer no."), holder.customerNo);
    if (withPhone && !holder.phone.isEmpty())
        html += row(tr("Contact mobile"), Masking::phone(session, holder.phone));
    html += QStringLiteral("</table>");
    return html;
}

QString ServiceForm::serviceBlock(const Subscription &service, const Result<CatalogueItem> &item,
                                  const ServiceChangeRecord &r)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Service")));
    html += QLatin1String(kTable);
    html += row(tr("Service"), ServiceState::kindName(service.kind));
    html += row(tr("Number"), service.number);
    if (item)
        html += row(tr("Matter"), QStringLiteral("%1 %2").arg(item->code, item->name));
    html += row(tr("Identity checked by"), ServiceChangeText::identityName(r.identity));
    html += QStringLiteral("</table>");
    return html;
}

// What was opened, or each changed item before and after; then the reason.
QString ServiceForm::changesBlock(const ServiceChangeRecord &r)
{
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(esc(r.change == ServiceChange::Open ? tr("What was opened") : tr("What changes")));
    html += QLatin1String(kTable);
    const QList<ServiceChangeText::Line> lines = ServiceChangeText::lines(r);
    if (r.change == ServiceChange::Open) {
        for (const ServiceChangeText::Line &line : lines)
            html += row(line.field, line.after);
    } else {
        html += QStringLiteral("<tr><th bgcolor=\"#f1f4f8\" align=\"left\">%1</th><th "
                               "bgcolor=\"#f1f4f8\" align=\"left\">%2</th><th bgcolor=\"#f1f4f8\" "
                               "align=\"left\">%3</th></tr>")
                    .arg(esc(tr("Item")), esc(tr("Before")), esc(tr("After")));
        for (const ServiceChangeText::Line &line : lines) {
            html +=
                QStringLiteral("<tr><td width=\"22%\">%1</td><td>%2</td><td><b>%3</b></td></tr>")
                    .arg(esc(line.field), esc(line.before), esc(line.after));
        }
    }
    html += QStringLiteral("</table>");
    if (!r.reason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Reason / choice: %1").arg(r.reason)));
    return html;
}

// The contract the clerk told the customer about, until when it runs.
QString ServiceForm::contractBlock(const QList<Subscription> &contracts)
{
    const QString until =
        contracts.isEmpty() ? QString() : contracts.first().contractEnd.toString(Qt::ISODate);
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                          "cellpadding=\"8\"><tr><td bgcolor=\"#fff4d6\"><b>%1</b></td></tr>"
                          "</table>")
        .arg(esc(tr("The customer is under contract (until %1). The clerk has told "
                    "the customer what the contract says about this change; the "
                    "customer confirms and goes on.")
                     .arg(until)));
}

// The catalogue item's conditions, procedure and legal basis in small print.
QString ServiceForm::conditionsBlock(const CatalogueItem &item)
{
    if (item.conditions.isEmpty() && item.legalBasis.isEmpty())
        return QString();
    QString html = QStringLiteral("<p style=\"font-size: 9pt; color: #333333;\">");
    if (!item.conditions.isEmpty())
        html += esc(tr("Conditions: %1").arg(item.conditions)) + QStringLiteral("<br>");
    if (!item.procedure.isEmpty())
        html += esc(tr("Procedure: %1").arg(item.procedure)) + QStringLiteral("<br>");
    if (!item.legalBasis.isEmpty())
        html += esc(tr("Legal basis: %1").arg(item.legalBasis));
    html += QStringLiteral("</p>");
    return html;
}

// The customer's confirmation and the lines for the signatures and the stamp.
QString ServiceForm::signatureBlock(const ServiceChangeRecord &r)
{
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("I have read the above and confirm that it is what I asked for.")));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"10\">");
    const QString blank = QStringLiteral("________________");
    if (r.change == ServiceChange::Transfer) {
        html += QStringLiteral("<tr><td>%1 %2</td><td>%3 %2</td></tr>")
                    .arg(esc(tr("Present holder's signature:")), blank,
                         esc(tr("New holder's signature:")));
    } else {
        html += QStringLiteral("<tr><td>%1 %2</td><td>%3 %2</td></tr>")
                    .arg(esc(tr("Customer's signature:")), blank, esc(tr("Date:")));
    }
    html +=
        QStringLiteral("<tr><td>%1 %2</td><td>%3</td></tr>")
            .arg(esc(tr("Clerk (staff no. %1):").arg(r.staffNo)), blank, esc(tr("Branch stamp:")));
    html += QStringLiteral("</table>");
    return html;
}

void ServiceForm::preview(Database &db, const Session &session, const QString &changeId,
                          QWidget *parent)
{
    const Result<PrintDocument> doc = document(db, session, changeId);
    if (!doc) {
        QMessageBox::warning(parent, tr("Print"), doc.error().message());
        return;
    }
    doc->preview(parent);
}

bool ServiceForm::savePdf(Database &db, const Session &session, const QString &changeId,
                          QWidget *parent)
{
    const Result<PrintDocument> doc = document(db, session, changeId);
    if (!doc) {
        QMessageBox::warning(parent, tr("Save as PDF"), doc.error().message());
        return false;
    }
    const QString suggested = PrintDocument::suggestedPath(doc->title);
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!doc->savePdf(path, &error)) {
        QMessageBox::warning(parent, tr("Save as PDF"),
                             tr("The PDF could not be written: %1").arg(error));
        return false;
    }
    return true;
}
