// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportprint.h"

#include "core/reports/reporttables.h"
#include "ui/reports/reportcharts.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QDir>
#include <QPrinter>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>
#include <memory>

namespace {

// Charts two by two across the A4 text width (657 pixels at 96 dpi), laid out larger and
// drawn at 0.8 of that size so their labels fit, then rendered 2.5 times as sharp.
const QSize kChartLayoutSize = ReportPrint::ChartLayoutSize;
const QSize kChartPaperSize(320, 224);
constexpr qreal kChartScale = 2.5;
// A heading with less room than this below it on its page starts the next page instead.
constexpr double kHeadingRoomMm = 30.0;

QString esc(const QString &text)
{
    return PrintDocument::escaped(text);
}

QString table(const ReportSection &s)
{
    // Short tables as wide as their content; wide ones (the month's days, the clerks) across
    // the page in a smaller type. Every cell's line has the same fixed height: words come in
    // the CJK font and digits in another, and cells of different heights would let a page
    // break split a row.
    const bool wide = s.columns.size() > 8;
    const QString width = s.columns.size() > 3 ? QStringLiteral(" width=\"100%\"") : QString();
    const QString cell =
        QStringLiteral("<p style=\"margin: 0; line-height: %1px;%2\">%3</p>").arg(wide ? 13 : 16);
    // Numbers, dates and document numbers stay on one line; only longer text wraps.
    const auto cellFor = [&cell](const QString &html, const QString &plain) {
        return cell.arg(plain.size() <= 24 ? QStringLiteral(" white-space: nowrap;") : QString(),
                        html);
    };
    QString html = QStringLiteral("<table%1 cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse: collapse; border-color: #9aa5b1; "
                                  "font-size: %2;\">")
                       .arg(width, wide ? QStringLiteral("7.5pt") : QStringLiteral("9pt"));
    html += QStringLiteral("<thead><tr>");
    for (const QString &column : s.columns) {
        html += QStringLiteral("<th bgcolor=\"#e4eaf2\" align=\"left\">%1</th>")
                    .arg(cellFor(esc(column), column));
    }
    html += QStringLiteral("</tr></thead>");
    for (int i = 0; i < s.rows.size(); ++i) {
        const bool total = s.lastRowIsTotal && i == s.rows.size() - 1;
        html += total ? QStringLiteral("<tr bgcolor=\"#f2f4f7\">") : QStringLiteral("<tr>");
        for (const ReportValue &v : s.rows.at(i)) {
            const QString text =
                total ? QStringLiteral("<b>%1</b>").arg(esc(v.display())) : esc(v.display());
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(v.alignsRight() ? QStringLiteral("right") : QStringLiteral("left"),
                             cellFor(text, v.display()));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

struct Parts
{
    QString top;             // title and heading lines
    QList<QString> headings; // each section's heading text, the charts' first
    QList<QString> bodies;   // what follows each heading
};

QString assemble(const Parts &parts, const QSet<int> &breaks)
{
    QString html = parts.top;
    for (int i = 0; i < parts.headings.size(); ++i) {
        html +=
            QStringLiteral("<h2 style=\"font-size: 12pt;%1\">%2</h2>")
                .arg(breaks.contains(i) ? QStringLiteral(" page-break-before: always;") : QString(),
                     esc(parts.headings.at(i)));
        html += parts.bodies.at(i);
    }
    return html;
}

// The first heading (not yet breaking) left stranded at the foot of a page, or -1.
int strandedHeading(const PrintDocument &doc, const QSet<int> &breaks)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    doc.setUp(printer);
    const std::unique_ptr<QTextDocument> layout(doc.layout(printer));
    const double page = layout->pageSize().height();
    const double room = kHeadingRoomMm / 25.4 * printer.resolution();
    int heading = -1;
    for (QTextBlock block = layout->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        ++heading;
        if (breaks.contains(heading))
            continue;
        const double top = layout->documentLayout()->blockBoundingRect(block).top();
        const double left = page - std::fmod(top, page);
        if (left < room)
            return heading;
    }
    return -1;
}

// The four charts two by two; a chart without data shows its title and why it is empty.
// The chart images go into doc.
QString chartsHtml(const Report &report, PrintDocument &doc)
{
    QString charts = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    const QList<ReportCharts::Chart> all = ReportCharts::all();
    for (int i = 0; i < all.size(); ++i) {
        if (i % 2 == 0)
            charts += QStringLiteral("<tr>");
        const std::unique_ptr<QChart> chart(ReportCharts::create(report, all.at(i)));
        charts += QStringLiteral("<td width=\"50%\" valign=\"top\">");
        if (chart) {
            const QString name = QStringLiteral("chart%1").arg(i);
            const QSize pixels = kChartPaperSize * kChartScale;
            doc.images.insert(
                name, ReportCharts::render(chart.get(), kChartLayoutSize,
                                           qreal(pixels.width()) / kChartLayoutSize.width()));
            charts += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                          .arg(name)
                          .arg(kChartPaperSize.width())
                          .arg(kChartPaperSize.height());
        } else {
            charts += QStringLiteral("<p style=\"font-size: 9.5pt;\"><b>%1</b></p>"
                                     "<p style=\"font-size: 9pt; color: #555;\">%2</p>")
                          .arg(esc(ReportCharts::title(report, all.at(i))),
                               esc(ReportCharts::noDataText(all.at(i))));
        }
        charts += QStringLiteral("</td>");
        if (i % 2 == 1)
            charts += QStringLiteral("</tr>");
    }
    charts += QStringLiteral("</table>");
    return charts;
}

// A section's table with its note, or its "nothing to show" sentence.
QString sectionBody(const ReportSection &s)
{
    if (s.isEmpty()) {
        return QStringLiteral("<p style=\"font-size: 9.5pt; color: #555;\">%1</p>")
            .arg(esc(s.emptyText));
    }
    QString body = table(s);
    if (!s.note.isEmpty()) {
        body +=
            QStringLiteral("<p style=\"font-size: 8.5pt; color: #555;\">%1</p>").arg(esc(s.note));
    }
    return body;
}

// Keep every heading with what follows it: lay out, move the first stranded heading to
// the next page, and again until none is left.
void layOutKeepingHeadings(PrintDocument &doc, const Parts &parts)
{
    QSet<int> breaks;
    for (;;) {
        doc.html = assemble(parts, breaks);
        const int stranded = strandedHeading(doc, breaks);
        if (stranded < 0)
            break;
        breaks.insert(stranded);
    }
}

} // namespace

PrintDocument ReportPrint::document(const Report &report)
{
    const QString title = ReportTables::title(report);
    const QString period = ReportTables::period(report);
    PrintDocument doc;
    doc.paper = PrintDocument::Paper::A4;
    doc.title = QStringLiteral("%1 %2").arg(title, period);
    doc.footer =
        tr("%1 · %2 %3 · generated %4 by %5")
            .arg(report.branchName.isEmpty() ? report.branchCode : report.branchName, title, period,
                 report.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 report.generatedBy);

    Parts parts;
    parts.top = topHtml(report, title);
    parts.headings.append(tr("Charts"));
    parts.bodies.append(chartsHtml(report, doc));
    for (const ReportSection &s : ReportTables::sections(report)) {
        parts.headings.append(s.title);
        parts.bodies.append(sectionBody(s));
    }
    layOutKeepingHeadings(doc, parts);
    return doc;
}

// The title, then the report's heading lines (branch, period, generated at and by…).
QString ReportPrint::topHtml(const Report &report, const QString &title)
{
    QString top =
        QStringLiteral("<h1 align=\"center\" style=\"font-size: 18pt;\">%1</h1>").arg(esc(title));
    top +=
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" style=\"font-size: 9.5pt;\">");
    for (const auto &[label, value] : ReportTables::heading(report)) {
        top += QStringLiteral("<tr><td style=\"color: #555;\">%1</td><td>%2</td></tr>")
                   .arg(esc(tr("%1:").arg(label)), esc(value));
    }
    top += QStringLiteral("</table>");
    return top;
}

Status ReportPrint::savePdf(const Report &report, const QString &path)
{
    QString problem;
    if (!document(report).savePdf(path, &problem)) {
        return Error(QStringLiteral("report.pdf_write_failed"),
                     QT_TRANSLATE_NOOP("Error", "The PDF file %1 could not be written (%2). "
                                                "Choose a folder you may write to, with free "
                                                "space."),
                     {QDir::toNativeSeparators(path), problem});
    }
    return success();
}
