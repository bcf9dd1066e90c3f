// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/reports/report.h"
#include "ui/printing/printdocument.h"

#include <QCoreApplication>
#include <QSize>

// A report as an A4 PrintDocument: title, branch, period, generated at and by, the four
// charts as images two by two, then every table (each with its "nothing to show" sentence
// when empty). The footer repeats branch, report and period beside the page numbers.
// Needs a QApplication (the charts).
class ReportPrint
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrint)
public:
    // Charts are laid out at this size (logical pixels), then drawn smaller on the paper.
    static constexpr QSize ChartLayoutSize{400, 280};

    static PrintDocument document(const Report &report);
    // Writes the document as PDF; report.pdf_write_failed naming the file otherwise.
    static Status savePdf(const Report &report, const QString &path);

private:
    static QString topHtml(const Report &report, const QString &title);
};
