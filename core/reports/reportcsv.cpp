// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportcsv.h"

#include "core/reports/reporttables.h"

#include <QDir>
#include <QSaveFile>

namespace {
QString line(const QStringList &texts)
{
    QStringList escaped;
    escaped.reserve(texts.size());
    for (const QString &t : texts)
        escaped.append(ReportCsv::field(t));
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
} // namespace

QString ReportCsv::field(const QString &text)
{
    QString value = text;
    // A cell starting like a formula would run in the spreadsheet (CSV injection).
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value != value.trimmed();
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray ReportCsv::bytes(const Report &report)
{
    QString text;
    text += line({ReportTables::title(report)});
    for (const auto &[label, value] : ReportTables::heading(report))
        text += line({label, value});
    for (const ReportSection &s : ReportTables::sections(report)) {
        text += QStringLiteral("\r\n");
        text += line({s.title});
        if (s.isEmpty()) {
            text += line({s.emptyText});
            continue;
        }
        text += line(s.columns);
        for (const ReportRow &row : s.rows) {
            QStringList fields;
            // Numbers as they are (a negative variance is no formula); text escaped.
            for (const ReportValue &v : row)
                fields.append(v.isNumber() ? v.csv() : field(v.csv()));
            text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        if (!s.note.isEmpty())
            text += line({s.note});
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status ReportCsv::write(const Report &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes(report)) < 0 || !file.commit()) {
        return Error(QStringLiteral("report.csv_write_failed"),
                     QT_TRANSLATE_NOOP("Error", "The CSV file %1 could not be written (%2). "
                                                "Choose a folder you may write to, with free "
                                                "space."),
                     {QDir::toNativeSeparators(path), file.errorString()});
    }
    return success();
}
