// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/casedocuments.h"

#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"
#include "models/cataloguemodel.h"
#include "ui/printing/documenthtml.h"

using namespace DocumentHtml;

namespace {

struct Context
{
    const CaseDossier &d;
    const ServiceCase &c;
    const Session &by;
    QDate on;
};

} // namespace

QList<CaseDocuments::Kind> CaseDocuments::available(const ServiceCase &c)
{
    QList<Kind> kinds;
    if (c.kind == CaseKind::Case && c.acceptedOn.isValid())
        kinds.append(Kind::AcceptanceReceipt);
    if (c.status == CaseStatus::MaterialsRequested && !c.missing.isEmpty())
        kinds.append(Kind::OneTimeNotice);
    if (c.status == CaseStatus::Refused)
        kinds.append(Kind::RefusalNotice);
    if (!c.forwardedTo.isEmpty())
        kinds.append(Kind::AgencyLetter);
    if (c.extended)
        kinds.append(Kind::ExtensionNotice);
    return kinds;
}

QString CaseDocuments::title(Kind kind)
{
    switch (kind) {
    case Kind::AcceptanceReceipt:
        return tr("Acceptance receipt");
    case Kind::OneTimeNotice:
        return tr("One-time notice of missing materials");
    case Kind::RefusalNotice:
        return tr("Notice of refusal");
    case Kind::AgencyLetter:
        return tr("Letter of agency");
    case Kind::ExtensionNotice:
        return tr("Notice of extension");
    }
    return QString();
}

std::optional<CaseDocuments::Kind> CaseDocuments::producedBy(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
        return Kind::AcceptanceReceipt;
    case CaseAction::RequestMaterials:
        return Kind::OneTimeNotice;
    case CaseAction::Refuse:
        return Kind::RefusalNotice;
    case CaseAction::Forward:
        return Kind::AgencyLetter;
    case CaseAction::Extend:
        return Kind::ExtensionNotice;
    default:
        return std::nullopt;
    }
}

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(CaseDocuments::tr("d MMMM yyyy")) : QString();
}

QString idText(const Context &x)
{
    return x.by.can(Permission::ViewFullIdNumbers) ? x.d.customer.idNumber
                                                   : x.d.customer.maskedIdNumber();
}

QString phoneText(const Context &x)
{
    return x.by.can(Permission::ViewFullIdNumbers) ? x.d.customer.phone
                                                   : x.d.customer.maskedPhone();
}

QString windowText(const Context &x)
{
    return x.d.windowName.isEmpty() ? x.c.windowCode
                                    : QStringLiteral("%1 %2").arg(x.c.windowCode, x.d.windowName);
}

QString itemText(const Context &x)
{
    return QStringLiteral("%1（%2）").arg(x.d.item.name, x.d.item.code);
}

QString complaintLine(const Context &x)
{
    return x.d.item.complaintChannel.isEmpty()
               ? QString()
               : paragraph(CaseDocuments::tr("Enquiries and complaints: %1")
                               .arg(x.d.item.complaintChannel));
}

QString receipt(const Context &x)
{
    const ServiceCase &c = x.c;
    QString html = fields({
        {CaseDocuments::tr("Applicant"), x.d.customer.name},
        {CaseDocuments::tr("ID number"), idText(x)},
        {CaseDocuments::tr("Phone"), phoneText(x)},
        {CaseDocuments::tr("Matter"), itemText(x)},
        {CaseDocuments::tr("Department"), x.d.item.department},
        {CaseDocuments::tr("Window"), windowText(x)},
        {CaseDocuments::tr("Handling"), CatalogueModel::modeName(c.mode)},
        {CaseDocuments::tr("Accepted on"), dateText(c.acceptedOn)},
        {CaseDocuments::tr("Time limit"), CatalogueModel::limitText(c.mode, c.limitDays)},
        {CaseDocuments::tr("To be completed by"), dateText(c.dueOn)},
        {CaseDocuments::tr("Materials received"), c.materialsReceived.join(QStringLiteral("；"))},
    });
    html += paragraph(CaseDocuments::tr("Your application has been accepted. The result will be "
                                        "ready by %1 at the latest. Keep this receipt and quote "
                                        "the case number %2 when you ask about progress or "
                                        "collect the result at window %3.")
                          .arg(dateText(c.dueOn), c.caseNo, windowText(x)));
    html += complaintLine(x);
    html += signatures(CaseDocuments::tr("Accepted by (staff no. %1)").arg(c.firstResponder),
                       CaseDocuments::tr("Applicant's signature"), dateText(x.on));
    return html;
}

QString oneTimeNotice(const Context &x)
{
    const ServiceCase &c = x.c;
    QString html = richParagraph(
        CaseDocuments::tr("%1: your application for %2 (case no. %3) cannot be accepted yet "
                          "because materials are missing. Under the one-time notification "
                          "rule, everything you still need to bring is listed here at once:")
            .arg(bold(x.d.customer.name), bold(itemText(x)), c.caseNo.toHtmlEscaped()));
    html += numbered(c.missing);
    html += paragraph(CaseDocuments::tr("Bring all of the above to window %1. The application "
                                        "is accepted once they are complete; nothing beyond "
                                        "this list will be asked of you.")
                          .arg(windowText(x)));
    if (!x.d.item.legalBasis.isEmpty())
        html += paragraph(CaseDocuments::tr("Legal basis: %1").arg(x.d.item.legalBasis));
    html += complaintLine(x);
    html += signatures(CaseDocuments::tr("Notified by (staff no. %1)").arg(x.by.staffNo),
                       CaseDocuments::tr("Received by the applicant"), dateText(x.on));
    return html;
}

QString refusalNotice(const Context &x)
{
    const ServiceCase &c = x.c;
    QString html = richParagraph(
        CaseDocuments::tr("%1: your application for %2 (case no. %3), registered on %4, is not "
                          "accepted, for this reason:")
            .arg(bold(x.d.customer.name), bold(itemText(x)), c.caseNo.toHtmlEscaped(),
                 dateText(c.businessDay).toHtmlEscaped()));
    html += richParagraph(bold(c.refusalReason));
    if (!x.d.item.complaintChannel.isEmpty()) {
        html += paragraph(CaseDocuments::tr("If you disagree with this decision, you may raise "
                                            "it through: %1")
                              .arg(x.d.item.complaintChannel));
    }
    html += signatures(CaseDocuments::tr("Issued by (staff no. %1)").arg(x.by.staffNo),
                       CaseDocuments::tr("Received by the applicant"), dateText(x.on));
    return html;
}

QString agencyLetter(const Context &x)
{
    const ServiceCase &c = x.c;
    QString html = fields({
        {CaseDocuments::tr("Principal (applicant)"), x.d.customer.name},
        {CaseDocuments::tr("ID number"), idText(x)},
        {CaseDocuments::tr("Phone"), phoneText(x)},
        {CaseDocuments::tr("Address"), x.d.customer.address},
        {CaseDocuments::tr("Agent"), CaseDocuments::tr("%1, handled by %2")
                                         .arg(x.d.branchName, x.d.staffLabel(c.firstResponder))},
        {CaseDocuments::tr("Matter"), itemText(x)},
        {CaseDocuments::tr("Submitted to"), c.forwardedTo},
        {CaseDocuments::tr("Materials handed over"),
         c.materialsReceived.join(QStringLiteral("；"))},
    });
    html += paragraph(CaseDocuments::tr("The principal authorises the agent to apply on their "
                                        "behalf to %1 for %2, to hand over the materials listed "
                                        "above and to receive the decision. The authority runs "
                                        "from %3 until the matter is concluded. Paper originals "
                                        "follow separately.")
                          .arg(c.forwardedTo, itemText(x), dateText(c.forwardedOn)));
    html += signatures(CaseDocuments::tr("Principal's signature"),
                       CaseDocuments::tr("Agent's seal and signature"), dateText(x.on));
    return html;
}

QString extensionNotice(const Context &x)
{
    const ServiceCase &c = x.c;
    QString html = richParagraph(
        CaseDocuments::tr("%1: your application for %2 (case no. %3), accepted on %4, was to be "
                          "completed by %5.")
            .arg(bold(x.d.customer.name), bold(itemText(x)), c.caseNo.toHtmlEscaped(),
                 dateText(c.acceptedOn).toHtmlEscaped(),
                 dateText(c.originalDueOn).toHtmlEscaped()));
    html += paragraph(CaseDocuments::tr("Reason for the extension: %1").arg(c.extensionReason));
    html += richParagraph(
        CaseDocuments::tr("With the approval of %1, the time limit is extended by %n working "
                          "day(s); the matter will now be completed by %2.",
                          nullptr, c.extensionDays)
            .arg(x.d.staffLabel(c.extensionApprovedBy).toHtmlEscaped(), bold(dateText(c.dueOn))));
    html += paragraph(CaseDocuments::tr("This is the only extension of this matter. We apologise "
                                        "for the delay."));
    html += complaintLine(x);
    html += signatures(CaseDocuments::tr("Notified by (staff no. %1)").arg(x.by.staffNo),
                       CaseDocuments::tr("Received by the applicant"), dateText(x.on));
    return html;
}

} // namespace

PrintDocument CaseDocuments::document(Kind kind, const CaseDossier &dossier,
                                      const Session &printedBy, QDate printedOn)
{
    const Context x{dossier, dossier.serviceCase, printedBy, printedOn};
    PrintDocument doc;
    doc.paper = PrintDocument::Paper::A4;
    doc.title = QStringLiteral("%1 %2").arg(title(kind), x.c.caseNo);
    doc.footer = tr("%1 · printed %2 · staff no. %3")
                     .arg(dossier.branchName, printedOn.toString(Qt::ISODate), printedBy.staffNo);
    QString body;
    switch (kind) {
    case Kind::AcceptanceReceipt:
        body = receipt(x);
        break;
    case Kind::OneTimeNotice:
        body = oneTimeNotice(x);
        break;
    case Kind::RefusalNotice:
        body = refusalNotice(x);
        break;
    case Kind::AgencyLetter:
        body = agencyLetter(x);
        break;
    case Kind::ExtensionNotice:
        body = extensionNotice(x);
        break;
    }
    doc.html = heading(dossier.branchName, title(kind), tr("Case no. %1").arg(x.c.caseNo)) + body;
    return doc;
}
