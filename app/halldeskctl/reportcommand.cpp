// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "core/common/clock.h"
#include "core/reports/reportcsv.h"
#include "core/reports/reportengine.h"
#include "core/reports/reporttables.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "ui/reports/reportprint.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include <cstring>

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const Error &error)
{
    err() << error.bilingual() << Qt::endl;
    return 1;
}

// The report as tab-separated text: each section's title, header and rows.
void printText(const Report &report)
{
    out() << ReportTables::title(report) << '\n';
    for (const auto &[label, value] : ReportTables::heading(report))
        out() << label << '\t' << value << '\n';
    for (const ReportSection &s : ReportTables::sections(report)) {
        out() << "\n" << s.title << '\n';
        if (s.isEmpty()) {
            out() << s.emptyText << '\n';
            continue;
        }
        out() << s.columns.join(QLatin1Char('\t')) << '\n';
        for (const ReportRow &row : s.rows) {
            QStringList cells;
            for (const ReportValue &v : row)
                cells.append(v.display());
            out() << cells.join(QLatin1Char('\t')) << '\n';
        }
        if (!s.note.isEmpty())
            out() << s.note << '\n';
    }
    out().flush();
}
} // namespace

QString ReportCommand::usage()
{
    return QStringLiteral(
        "  report daily|monthly [--date D] [--pdf FILE] [--csv FILE]\n"
        "                          the daily (D = YYYY-MM-DD, default today) or monthly\n"
        "                          (D = YYYY-MM, default this month) business report as PDF\n"
        "                          and/or CSV (UTF-8 with BOM); as text without either\n");
}

bool ReportCommand::needsGui(int argc, char **argv)
{
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "report") == 0)
            report = true;
        else if (report &&
                 (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0))
            return true;
    }
    return false;
}

std::optional<ReportCommand::Request> ReportCommand::parse(const QStringList &args,
                                                           QString *problem)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("date"), QStringLiteral("day or month"), QStringLiteral("D")});
    p.addOption({QStringLiteral("pdf"), QStringLiteral("PDF file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("csv"), QStringLiteral("CSV file"), QStringLiteral("FILE")});
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("halldeskctl"));
    if (!p.parse(withProgram)) {
        *problem = p.errorText();
        return std::nullopt;
    }
    const QStringList pos = p.positionalArguments();
    Request r;
    if (pos.size() != 1 ||
        (pos.first() != QLatin1String("daily") && pos.first() != QLatin1String("monthly"))) {
        *problem = QStringLiteral("report needs daily or monthly");
        return std::nullopt;
    }
    r.kind = pos.first() == QLatin1String("daily") ? Report::Kind::Daily : Report::Kind::Monthly;
    const QString date = p.value(QStringLiteral("date"));
    if (date.isEmpty()) {
        r.date = Clock::today();
    } else if (r.kind == Report::Kind::Daily) {
        r.date = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
    } else {
        r.date = QDate::fromString(date + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    }
    if (!r.date.isValid()) {
        *problem =
            r.kind == Report::Kind::Daily
                ? QStringLiteral("--date for a daily report is YYYY-MM-DD, not '%1'").arg(date)
                : QStringLiteral("--date for a monthly report is YYYY-MM, not '%1'").arg(date);
        return std::nullopt;
    }
    r.pdf = p.value(QStringLiteral("pdf"));
    r.csv = p.value(QStringLiteral("csv"));
    if (p.isSet(QStringLiteral("pdf")) && r.pdf.isEmpty()) {
        *problem = QStringLiteral("--pdf needs a file name");
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("csv")) && r.csv.isEmpty()) {
        *problem = QStringLiteral("--csv needs a file name");
        return std::nullopt;
    }
    return r;
}

int ReportCommand::run(Database &db, const Request &request)
{
    if (!request.pdf.isEmpty() && !qobject_cast<QApplication *>(QCoreApplication::instance())) {
        // main() starts a GUI application when it sees --pdf; this is a caller bug.
        err() << "halldeskctl: a PDF needs the GUI application (use --pdf FILE)" << Qt::endl;
        return 1;
    }
    const ReportEngine engine(db);
    const Session console = Session::forConsole();
    const Result<Report> report = request.kind == Report::Kind::Daily
                                      ? engine.daily(console, request.date)
                                      : engine.monthly(console, request.date);
    if (!report)
        return fail(report.error());
    if (request.pdf.isEmpty() && request.csv.isEmpty()) {
        printText(report.value());
        return 0;
    }
    if (!request.pdf.isEmpty()) {
        if (const Status s = ReportPrint::savePdf(report.value(), request.pdf); !s)
            return fail(s.error());
        out() << "pdf: " << QDir::toNativeSeparators(request.pdf) << '\n';
    }
    if (!request.csv.isEmpty()) {
        if (const Status s = ReportCsv::write(report.value(), request.csv); !s)
            return fail(s.error());
        out() << "csv: " << QDir::toNativeSeparators(request.csv) << '\n';
    }
    out() << ReportTables::title(report.value()) << ' ' << ReportTables::period(report.value())
          << Qt::endl;
    return 0;
}
