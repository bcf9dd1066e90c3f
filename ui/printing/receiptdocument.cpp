// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/receiptdocument.h"

#include "core/cash/receiptcode.h"
#include "core/common/clock.h"
#include "core/storage/deviceidentity.h"
#include "ui/printing/qrcodeimage.h"

namespace {

QString e(const QString &text)
{
    return PrintDocument::escaped(text);
}

// One "label: value" line of the receipt's head. Numbers never break across lines; text
// (names, reasons) wraps.
QString field(const QString &label, const QString &value, bool wrap = false)
{
    return QStringLiteral("<tr><td class=\"l\">%1</td><td%2>%3</td></tr>")
        .arg(e(label), wrap ? QString() : QStringLiteral(" class=\"v\""), e(value));
}

} // namespace

QString ReceiptDocument::paperKey(PrintDocument::Paper paper)
{
    return paper == PrintDocument::Paper::Roll80mm ? QStringLiteral("roll") : QStringLiteral("a4");
}

PrintDocument ReceiptDocument::build(const Payment &p, const QList<PaymentAdjustment> &adjustments,
                                     const DeviceIdentity &identity, PrintDocument::Paper paper,
                                     int copy)
{
    const bool roll = paper == PrintDocument::Paper::Roll80mm;
    PrintDocument doc;
    doc.paper = paper;
    doc.title = tr("Receipt %1").arg(p.receiptNo);
    doc.footer = QStringLiteral("%1 · %2").arg(identity.branchName, p.receiptNo);

    const ReceiptCode code{p.receiptNo, p.amount, p.eventHash};
    const QImage qr = QrCodeImage::render(code.text(), roll ? 4 : 5);
    doc.images.insert(QStringLiteral("receipt-qr"), qr);

    QString html = styleBlock(roll);
    html += titleBlock(p, identity.branchName, copy);
    html += headBlock(p);
    html += linesBlock(p, roll);
    html += methodBlock(p, adjustments);
    html += verifyBlock(p, roll);
    html += QStringLiteral("</body></html>");
    doc.html = html;
    return doc;
}

// The document's head with the style sheet; the roll has smaller type.
QString ReceiptDocument::styleBlock(bool roll)
{
    return QStringLiteral(
               "<html><head><style>"
               "h1 { font-size: %1pt; text-align: center; margin: 0; }"
               "p.branch { text-align: center; margin: 0; }"
               "p.mark { text-align: center; font-size: %2pt; font-weight: bold; margin: 2px; }"
               "table { border-collapse: collapse; }"
               // A table takes no notice of the bottom margin of the title above it.
               "table.head { margin-top: 6px; }"
               "td { padding: 1px 3px; }"
               "td.l { color: #333; white-space: nowrap; }"
               "td.n { text-align: right; white-space: nowrap; }"
               "td.v { white-space: nowrap; }"
               "th { text-align: left; border-bottom: 1px solid #000; padding: 1px 3px; }"
               "th.n { text-align: right; }"
               "tr.total td { border-top: 1px solid #000; font-weight: bold; }"
               "p.small { font-size: %3pt; color: #333; }"
               "</style></head><body>")
        .arg(roll ? 12 : 18)
        .arg(roll ? 11 : 14)
        .arg(roll ? 7 : 8.5);
}

// The branch, the title, and the marks of a reprint or a voided payment.
QString ReceiptDocument::titleBlock(const Payment &p, const QString &branchName, int copy)
{
    QString html = QStringLiteral("<p class=\"branch\">%1</p>").arg(e(branchName));
    html += QStringLiteral("<h1>%1</h1>").arg(e(tr("Receipt")));
    if (copy > 0) {
        html +=
            QStringLiteral("<p class=\"mark\">%1</p>").arg(e(tr("REPRINT (copy %1)").arg(copy)));
    }
    if (p.status == PaymentStatus::Voided)
        html += QStringLiteral("<p class=\"mark\">%1</p>").arg(e(tr("VOIDED")));
    return html;
}

// Receipt no., date, window and staff, and who paid for what.
QString ReceiptDocument::headBlock(const Payment &p)
{
    QString html = QStringLiteral("<table class=\"head\" width=\"100%\">");
    html += field(tr("Receipt no."), p.receiptNo);
    html += field(tr("Date"), Clock::parseStamp(p.takenAt).toLocalTime().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    html += field(tr("Window / staff no."), QStringLiteral("%1 / %2").arg(p.window, p.staffNo));
    if (!p.payerName.isEmpty())
        html += field(tr("Paid by"), p.payerName, true);
    if (!p.caseNo.isEmpty())
        html += field(tr("Case no."), p.caseNo);
    if (!p.serviceNumber.isEmpty())
        html += field(tr("Service number"), p.serviceNumber);
    html += QStringLiteral("</table>");
    return html;
}

// The fee lines and the total; the rate only on A4, the roll is too narrow for it.
QString ReceiptDocument::linesBlock(const Payment &p, bool roll)
{
    QString html = QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th class=\"n\">%2</th>")
                       .arg(e(tr("Fee item")), e(tr("Qty")));
    if (!roll)
        html += QStringLiteral("<th class=\"n\">%1</th>").arg(e(tr("Rate")));
    html += QStringLiteral("<th class=\"n\">%1</th></tr>").arg(e(tr("Amount")));
    for (const PaymentLine &l : p.lines) {
        html += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td>")
                    .arg(e(l.feeName), QString::number(l.quantity));
        if (!roll) {
            html += QStringLiteral("<td class=\"n\">%1%2</td>")
                        .arg(e(l.unitPrice.format()),
                             l.unit.isEmpty() ? QString() : e(QStringLiteral("/") + l.unit));
        }
        html += QStringLiteral("<td class=\"n\">%1</td></tr>").arg(e(l.amount.format()));
    }
    html += QStringLiteral("<tr class=\"total\"><td colspan=\"%1\">%2</td><td class=\"n\">%3</td>"
                           "</tr></table>")
                .arg(roll ? 2 : 3)
                .arg(e(tr("Total")), e(p.amount.format()));
    return html;
}

// How it was paid, and any void or refund since.
QString ReceiptDocument::methodBlock(const Payment &p, const QList<PaymentAdjustment> &adjustments)
{
    QString html = QStringLiteral("<table width=\"100%\">");
    html += field(tr("Paid by method"), PaymentTerms::displayName(p.method));
    switch (p.method) {
    case PaymentMethod::Cash:
        html += field(tr("Handed over"), p.tendered.format());
        html += field(tr("Change"), p.change.format());
        break;
    case PaymentMethod::Card:
    case PaymentMethod::Qr:
        html += field(tr("Reference"), p.reference);
        break;
    case PaymentMethod::Waiver:
        html += field(tr("Waived because"), p.waiverReason, true);
        html += field(tr("Approved by"), p.approvedBy);
        break;
    }
    for (const PaymentAdjustment &a : adjustments) {
        const QString when =
            Clock::parseStamp(a.at).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (a.kind == QLatin1String("void"))
            html += field(tr("Voided"), tr("%1, approved by %2").arg(when, a.approvedBy), true);
        else
            html += field(tr("Refunded"),
                          tr("%1 on %2, approved by %3").arg(a.amount.format(), when, a.approvedBy),
                          true);
    }
    html += QStringLiteral("</table>");
    return html;
}

// The QR code to verify the receipt, its check code, and the note to keep it.
QString ReceiptDocument::verifyBlock(const Payment &p, bool roll)
{
    QString html = QStringLiteral("<p align=\"center\"><img src=\"receipt-qr\" width=\"%1\" "
                                  "height=\"%1\"></p>")
                       .arg(roll ? 110 : 120);
    html += QStringLiteral("<p class=\"small\" align=\"center\">%1<br>%2</p>")
                .arg(e(tr("Scan to verify: receipt number, amount and record check code.")),
                     e(tr("Check code %1").arg(p.eventHash.left(16))));
    html += QStringLiteral("<p class=\"small\" align=\"center\">%1</p>")
                .arg(e(tr("Keep this receipt as proof of payment.")));
    return html;
}
