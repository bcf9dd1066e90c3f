// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/report.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class QChart;

// The four charts of a report (QtCharts), the same on screen and in print: volume (by hour
// for a day, day by day for a month), waiting-time bands, net takings by payment method,
// satisfaction. A chart with nothing to show is not made: noDataText() says so instead.
// Charts are QGraphicsWidgets: they need a QApplication, also when only rendered to images.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    enum Chart { Volume, WaitingTime, Takings, Satisfaction };
    static QList<Chart> all() { return {Volume, WaitingTime, Takings, Satisfaction}; }

    // A new chart (the caller owns it), or nullptr when there is nothing to show.
    static QChart *create(const Report &report, Chart chart);
    static QString title(const Report &report, Chart chart);
    static QString noDataText(Chart chart);
    // Draws chart at size (logical pixels) into an image scale times as large, on white.
    static QImage render(QChart *chart, QSize size, qreal scale);
};
