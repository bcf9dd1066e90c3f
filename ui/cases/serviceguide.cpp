// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/serviceguide.h"

#include "core/common/money.h"
#include "core/master/cataloguesearch.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "models/cataloguemodel.h"
#include "ui/printing/documenthtml.h"

using namespace DocumentHtml;

Result<ServiceGuide::Content> ServiceGuide::load(Database &db, const QString &itemCode)
{
    Content c;
    Result<CatalogueItem> item = MasterData::item(db.connection(), itemCode);
    if (!item)
        return item.error();
    c.item = item.take();
    const QList<FeeItem> fees = MasterData::fees(db.connection());
    for (const QString &code : std::as_const(c.item.feeCodes)) {
        for (const FeeItem &f : fees) {
            if (f.code == code)
                c.fees.append(f);
        }
    }
    const Result<QList<CatalogueEntry>> entry =
        CatalogueSearch::find(db.connection(), itemCode, 0, 50);
    if (entry) {
        for (const CatalogueEntry &e : entry.value()) {
            if (e.code == itemCode)
                c.windowName = e.windowName;
        }
    }
    c.branchName = DeviceIdentity::load(db.connection()).branchName;
    return c;
}

QString ServiceGuide::html(const Content &content)
{
    const CatalogueItem &i = content.item;
    QString html = heading(content.branchName, tr("Service guide"), QString());
    html += QStringLiteral("<h2 align=\"center\" style=\"font-size: 14pt;\">%1</h2>")
                .arg(PrintDocument::escaped(i.name));
    html += fields({
        {tr("Code"), i.code},
        {tr("Department"), i.department},
        {tr("Window"), content.windowName.isEmpty()
                           ? i.windowCode
                           : QStringLiteral("%1 %2").arg(i.windowCode, content.windowName)},
        {tr("Handling"), CatalogueModel::modeName(i.mode)},
        {tr("Time limit"), CatalogueModel::limitText(i.mode, i.limitDays)},
    });
    html += section(tr("1. Conditions"));
    html += paragraph(i.conditions.isEmpty() ? tr("None.") : i.conditions);
    html += section(tr("2. Materials to bring"));
    html +=
        i.materials.isEmpty() ? paragraph(tr("No materials are needed.")) : numbered(i.materials);
    html += section(tr("3. Steps"));
    QStringList steps;
    for (const QString &step : i.procedure.split(QStringLiteral("→"), Qt::SkipEmptyParts))
        steps.append(step.trimmed());
    html += steps.isEmpty() ? paragraph(tr("At the window, on the spot.")) : numbered(steps);
    html += section(tr("4. Fees"));
    if (content.fees.isEmpty()) {
        html += paragraph(tr("Free of charge."));
    } else {
        QList<QPair<QString, QString>> rows;
        for (const FeeItem &f : content.fees) {
            const QString rate =
                f.unit.isEmpty()
                    ? Money::fromFen(f.amountFen).format()
                    : tr("%1 per %2").arg(Money::fromFen(f.amountFen).format(), f.unit);
            rows.append({f.name, f.legalBasis.isEmpty()
                                     ? rate
                                     : tr("%1 (basis: %2)").arg(rate, f.legalBasis)});
        }
        html += fields(rows);
    }
    html += section(tr("5. Legal basis"));
    html += paragraph(i.legalBasis.isEmpty() ? tr("None.") : i.legalBasis);
    if (!i.fields.isEmpty()) {
        html += section(tr("6. What the window fills in with you"));
        QStringList inputs;
        for (const FormField &f : i.fields)
            inputs.append(f.required ? tr("%1 (required)").arg(f.label) : f.label);
        html += numbered(inputs);
    }
    html += section(i.fields.isEmpty() ? tr("6. Enquiries and complaints")
                                       : tr("7. Enquiries and complaints"));
    html += paragraph(i.complaintChannel.isEmpty() ? tr("At the window.") : i.complaintChannel);
    return html;
}

PrintDocument ServiceGuide::document(const Content &content, QDate printedOn)
{
    PrintDocument doc;
    doc.paper = PrintDocument::Paper::A4;
    doc.title = tr("Service guide: %1").arg(content.item.name);
    doc.footer = tr("%1 · service guide %2 · printed %3")
                     .arg(content.branchName, content.item.code, printedOn.toString(Qt::ISODate));
    doc.html = html(content);
    return doc;
}
