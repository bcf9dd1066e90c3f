// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/reports/report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A report as CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Chinese opens
// correctly), CRLF line ends, the heading lines, then each section as its title, a header
// row and its rows, or its "nothing to show" sentence. Numbers are plain (1234.50, 93.5%);
// text a spreadsheet would run as a formula is prefixed with an apostrophe.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)
public:
    static QByteArray bytes(const Report &report);
    // Written atomically (QSaveFile); report.csv_write_failed naming the file otherwise.
    static Status write(const Report &report, const QString &path);

    static QString field(const QString &text);
};
