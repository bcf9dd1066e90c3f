// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/cashsheetdocument.h"

#include "core/cash/payment.h"
#include "core/common/clock.h"
#include "core/storage/deviceidentity.h"
#include "ui/printing/anchorline.h"

namespace {

QString e(const QString &text)
{
    return PrintDocument::escaped(text);
}

QString cell(const QString &text, bool number = false)
{
    return number ? QStringLiteral("<td align=\"right\">%1</td>").arg(e(text))
                  : QStringLiteral("<td>%1</td>").arg(e(text));
}

QString head(const QStringList &columns, int firstText = 1)
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < columns.size(); ++i) {
        html += i < firstText ? QStringLiteral("<th align=\"left\">%1</th>").arg(e(columns.at(i)))
                              : QStringLiteral("<th align=\"right\">%1</th>").arg(e(columns.at(i)));
    }
    return html + QStringLiteral("</tr>");
}

QString tallyRow(const QString &name, const MoneyTally &t)
{
    return QStringLiteral("<tr>") + cell(name) + cell(QString::number(t.payments), true) +
           cell(t.taken.format(), true) + cell(t.voided.format(), true) +
           cell(t.refunded.format(), true) + cell(t.net().format(), true) + QStringLiteral("</tr>");
}

} // namespace

PrintDocument CashSheetDocument::build(const DayTotals &t, const DeviceIdentity &identity,
                                       const QString &closedBy, const QString &closedAt,
                                       const ChainAnchor &anchor)
{
    PrintDocument doc;
    doc.paper = PrintDocument::Paper::A4;
    doc.title = title(t.day);
    doc.footer = QStringLiteral("%1 · %2").arg(identity.branchName, doc.title);

    QString html = titleBlock(t, identity, closedBy, closedAt);
    html += byMethodBlock(t);
    html += byClerkBlock(t);
    html += byFeeBlock(t);
    html += shiftsBlock(t);
    html += anchorBlock(anchor, identity);
    html += QStringLiteral("<p class=\"sign\">%1 ____________ &nbsp;&nbsp; %2 ____________ "
                           "&nbsp;&nbsp; %3 ____________</p>")
                .arg(e(tr("Handed over by")), e(tr("Received by")), e(tr("Checked by")));
    html += QStringLiteral("</body></html>");
    doc.html = html;
    return doc;
}

QString CashSheetDocument::title(QDate day)
{
    return tr("Cash sheet %1").arg(day.toString(Qt::ISODate));
}

// The style sheet, the title, the branch and day with who closed it, and the day's figures.
QString CashSheetDocument::titleBlock(const DayTotals &t, const DeviceIdentity &identity,
                                      const QString &closedBy, const QString &closedAt)
{
    QString html = QStringLiteral(
        "<html><head><style>h1 { font-size: 17pt; margin: 0; } h2 { font-size: 12pt; margin-top: "
        "14px; } table { border-collapse: collapse; } th, td { border: 1px solid #777; padding: "
        "3px 6px; } th { background: #eee; } p.sign { margin-top: 28px; }</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(e(tr("Daily cash sheet")));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(e(tr("%1 (branch %2)").arg(identity.branchName, identity.branchCode)),
                     e(tr("Business day %1").arg(t.day.toString(Qt::ISODate))),
                     e(closedBy.isEmpty()
                           ? tr("Not closed yet: preview")
                           : tr("Closed by staff no. %1 at %2")
                                 .arg(closedBy, Clock::parseStamp(closedAt).toLocalTime().toString(
                                                    QStringLiteral("yyyy-MM-dd HH:mm")))));

    html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4 &nbsp; <b>%5</b> %6</p>")
                .arg(e(tr("Collected")), e(t.collected().format()), e(tr("Waived")),
                     e(t.waived().format()), e(tr("Cash variance")), e(t.variance.format()));
    return html;
}

// The columns of a tally table, the first naming what is tallied.
QStringList CashSheetDocument::tallyColumns(const QString &first)
{
    return {first, tr("Payments"), tr("Taken"), tr("Voided"), tr("Refunded"), tr("Net")};
}

QString CashSheetDocument::byMethodBlock(const DayTotals &t)
{
    QString html = QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(e(tr("By method")));
    html += head(tallyColumns(tr("Method")));
    for (PaymentMethod m : PaymentTerms::methods()) {
        const QString key = PaymentTerms::key(m);
        if (t.byMethod.contains(key))
            html += tallyRow(PaymentTerms::displayName(m), t.byMethod.value(key));
    }
    html += tallyRow(tr("All"), t.all) + QStringLiteral("</table>");
    return html;
}

QString CashSheetDocument::byClerkBlock(const DayTotals &t)
{
    QString html = QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(e(tr("By clerk")));
    html += head(tallyColumns(tr("Staff no.")));
    for (auto it = t.byClerk.cbegin(); it != t.byClerk.cend(); ++it)
        html += tallyRow(it.key(), it.value());
    html += QStringLiteral("</table>");
    return html;
}

QString CashSheetDocument::byFeeBlock(const DayTotals &t)
{
    QString html = QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(e(tr("By fee item")));
    html +=
        head({tr("Fee item"), tr("Code"), tr("Quantity"), tr("Amount"), tr("Of which waived")}, 2);
    for (auto it = t.byFee.cbegin(); it != t.byFee.cend(); ++it) {
        html += QStringLiteral("<tr>") + cell(it.value().name) + cell(it.key()) +
                cell(QString::number(it.value().quantity), true) +
                cell(it.value().amount.format(), true) + cell(it.value().waived.format(), true) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

// Each shift's drawer (an open shift has no count yet), and the day's total.
QString CashSheetDocument::shiftsBlock(const DayTotals &t)
{
    QString html =
        QStringLiteral("<h2>%1</h2><table width=\"100%\">").arg(e(tr("Shifts and drawers")));
    html += head({tr("Staff no."), tr("Window"), tr("Float"), tr("Expected"), tr("Counted"),
                  tr("Variance"), tr("Note")},
                 2);
    for (const Shift &s : t.shifts) {
        html += QStringLiteral("<tr>") + cell(s.staffNo) + cell(s.window) +
                cell(s.floatAmount.format(), true) +
                cell(s.open ? tr("open") : s.expectedCash.format(), true) +
                cell(s.open ? QString() : s.countedCash.format(), true) +
                cell(s.open ? QString() : s.variance.format(), true) + cell(s.note) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td>").arg(e(tr("All")));
    html += cell(t.floats.format(), true) + cell(t.expectedCash.format(), true) +
            cell(t.countedCash.format(), true) + cell(t.variance.format(), true) +
            QStringLiteral("<td></td></tr></table>");
    return html;
}

ChainAnchor CashSheetDocument::anchor(const QSqlDatabase &db, QDate day)
{
    const ChainAnchor closing =
        ChainAnchor::ofEvent(db, QStringLiteral("day.closed"), QStringLiteral("business_day"),
                             day.toString(Qt::ISODate));
    return closing.isNull() ? ChainAnchor::current(db) : closing;
}

// Headquarters types this line in to check the uploads that follow (halldesk-hq anchor).
QString CashSheetDocument::anchorBlock(const ChainAnchor &anchor, const DeviceIdentity &identity)
{
    return AnchorLine::html(anchor, identity.deviceId);
}
