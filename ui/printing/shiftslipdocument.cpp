// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/shiftslipdocument.h"

#include "core/common/clock.h"
#include "core/storage/deviceidentity.h"
#include "ui/printing/anchorline.h"

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
        .arg(PrintDocument::escaped(label), PrintDocument::escaped(value));
}
} // namespace

PrintDocument ShiftSlipDocument::build(const Shift &s, const DeviceIdentity &identity,
                                       const ChainAnchor &anchor)
{
    PrintDocument doc;
    doc.paper = PrintDocument::Paper::Roll80mm;
    doc.title = tr("Shift slip %1 %2").arg(s.window, s.businessDay.toString(Qt::ISODate));
    QString html = QStringLiteral("<p align=\"center\"><b>%1</b><br>%2</p>")
                       .arg(PrintDocument::escaped(identity.branchName),
                            PrintDocument::escaped(tr("Shift closing slip")));
    html += QStringLiteral("<table width=\"100%\">");
    html += row(tr("Window"), s.window);
    html += row(tr("Clerk"), s.staffNo);
    html += row(tr("Business day"), s.businessDay.toString(Qt::ISODate));
    html += row(tr("Float"), s.floatAmount.format());
    html += row(tr("Expected cash"), s.expectedCash.format());
    html += row(tr("Counted cash"), s.countedCash.format());
    html += row(tr("Variance"), s.variance.format());
    html += row(tr("Left in the drawer"), s.floatLeft.format());
    html += row(tr("Handed in"), (s.countedCash - s.floatLeft).format());
    html += row(tr("Closed by"), s.closedBy);
    html += row(
        tr("Closed at"),
        Clock::parseStamp(s.closedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    html += QStringLiteral("</table>");
    if (!s.note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(PrintDocument::escaped(s.note));
    html += QStringLiteral("<p>%1 ____________</p>").arg(PrintDocument::escaped(tr("Signed")));
    html += AnchorLine::html(anchor, identity.deviceId);
    doc.html = html;
    return doc;
}

ChainAnchor ShiftSlipDocument::anchor(const QSqlDatabase &db, const QString &shiftId)
{
    return ChainAnchor::ofEvent(db, QStringLiteral("shift.closed"), QStringLiteral("shift_id"),
                                shiftId);
}
