// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/documenthtml.h"

#include "ui/printing/printdocument.h"

namespace DocumentHtml {

QString heading(const QString &branch, const QString &title, const QString &reference)
{
    QString html = QStringLiteral("<p align=\"center\" style=\"font-size: 11pt; color: #333;\">"
                                  "%1</p>")
                       .arg(PrintDocument::escaped(branch));
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size: 20pt; margin-top: 4px; "
                           "margin-bottom: 6px;\">%1</h1>")
                .arg(PrintDocument::escaped(title));
    if (!reference.isEmpty()) {
        html += QStringLiteral("<p align=\"right\" style=\"font-size: 10pt;\">%1</p>")
                    .arg(PrintDocument::escaped(reference));
    }
    return html;
}

QString fields(const QList<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"6\" style=\"border-collapse: collapse; "
                                  "border-color: #444;\">");
    for (const auto &row : rows) {
        html += QStringLiteral("<tr><td width=\"24%\" style=\"background-color: #f2f2f2;\">%1</td>"
                               "<td>%2</td></tr>")
                    .arg(PrintDocument::escaped(row.first),
                         row.second.isEmpty() ? QStringLiteral("—")
                                              : PrintDocument::escaped(row.second));
    }
    return html + QStringLiteral("</table>");
}

QString paragraph(const QString &text)
{
    return richParagraph(PrintDocument::escaped(text));
}

QString richParagraph(const QString &html)
{
    return QStringLiteral("<p style=\"line-height: 150%; margin-top: 8px;\">%1</p>").arg(html);
}

QString numbered(const QStringList &items)
{
    QString html = QStringLiteral("<ol style=\"margin-top: 4px;\">");
    for (const QString &item : items)
        html += QStringLiteral("<li style=\"line-height: 150%;\">%1</li>")
                    .arg(PrintDocument::escaped(item));
    return html + QStringLiteral("</ol>");
}

QString section(const QString &title)
{
    return QStringLiteral("<h3 style=\"font-size: 12pt; margin-top: 14px; margin-bottom: 4px;\">"
                          "%1</h3>")
        .arg(PrintDocument::escaped(title));
}

QString signatures(const QString &left, const QString &right, const QString &date)
{
    return QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"margin-top: 28px;\">"
                          "<tr><td width=\"50%\">%1 ____________________</td>"
                          "<td width=\"50%\">%2 ____________________</td></tr>"
                          "<tr><td></td><td>%3</td></tr></table>")
        .arg(PrintDocument::escaped(left), PrintDocument::escaped(right),
             PrintDocument::escaped(date));
}

QString bold(const QString &text)
{
    return QStringLiteral("<b>%1</b>").arg(PrintDocument::escaped(text));
}

} // namespace DocumentHtml
