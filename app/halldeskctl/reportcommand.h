// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/report.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// halldeskctl report daily|monthly [--date D] [--pdf F] [--csv F], for scheduled printing:
// the report of a day (D = YYYY-MM-DD, default today) or a month (YYYY-MM, default this
// month), written as PDF and/or CSV, or printed as text when neither is asked for.
class ReportCommand
{
public:
    struct Request
    {
        Report::Kind kind = Report::Kind::Daily;
        QDate date;
        QString pdf;
        QString csv;
    };

    // The usage lines for halldeskctl's help.
    static QString usage();
    // Whether argv asks for a PDF: charts need a GUI application, which main() then
    // starts (offscreen) instead of a core one.
    static bool needsGui(int argc, char **argv);
    // The request, or nullopt with *problem set (a usage error).
    static std::optional<Request> parse(const QStringList &args, QString *problem);
    // Computes and writes the report; an exit code (0 ok, 1 failure) as CtlCommands.
    static int run(Database &db, const Request &request);
};
