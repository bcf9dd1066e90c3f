// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportcharts.h"

#include "core/reports/reporttables.h"
#include "ui/printing/printfont.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace {

// The report's own palette: calm, and still apart when printed in grey.
const QColor kBlue(0x3d, 0x6a, 0xa8);
const QColor kGreen(0x3a, 0x9a, 0x5b);
const QColor kOrange(0xe0, 0x8a, 0x2e);
const QColor kRed(0xc0, 0x3b, 0x3b);
const QColor kGrey(0x8a, 0x93, 0x9e);

QFont chartFont(qreal points, bool bold = false)
{
    return PrintFont::font(points, bold);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(chartFont(10.5, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setFont(chartFont(8.5));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis *countAxis(int maximum)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsFont(chartFont(8));
    // A round top with whole-number ticks, at most five of them: in a low chart each
    // label needs its line's height (the CJK font's lines are tall), or QtCharts shows
    // "..." instead of the number.
    int top = std::max(4, maximum);
    int step = 1;
    for (const int s : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000}) {
        step = s;
        if ((top + s - 1) / s <= 4)
            break;
    }
    top = ((top + step - 1) / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(chartFont(8));
    return axis;
}

// The hours first to last (every second or third one for a long day, so that each label
// has room), labelled "9时" under their bars: the unit in the labels rather than in an
// axis title leaves the bars that height. Category labels, as a value axis's label
// format is Latin-1 and would lose the 时.
QCategoryAxis *hourAxis(int first, int last)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsFont(chartFont(8));
    axis->setRange(first - 0.5, last + 0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setGridLineVisible(false);
    const int span = last - first;
    const int step = span > 12 ? 3 : span > 8 ? 2 : 1;
    for (int h = (first + step - 1) / step * step; h <= last; h += step)
        axis->append(ReportCharts::tr("%1h", "hour of the day under the chart's bars").arg(h), h);
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    return set;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QChart *dayVolume(const Report &report, const QString &title)
{
    const PeriodFigures &f = report.figures;
    int first = 24, last = -1;
    for (int h = 0; h < 24; ++h) {
        if (f.ticketsByHour[h] + f.casesByHour[h] + f.paymentsByHour[h] > 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    }
    if (last < 0)
        return nullptr;
    // The usual opening hours at least, so two days' charts look alike.
    first = std::min(first, 8);
    last = std::max(last, 17);
    QChart *chart = newChart(title);
    auto *tickets = barSet(ReportCharts::tr("Tickets"), kBlue);
    auto *cases = barSet(ReportCharts::tr("Cases"), kGreen);
    auto *payments = barSet(ReportCharts::tr("Payments"), kOrange);
    int top = 0;
    // One bar group per hour of the day, at x = hour; the axis shows the hours with data.
    for (int h = 0; h < 24; ++h) {
        *tickets << f.ticketsByHour[h];
        *cases << f.casesByHour[h];
        *payments << f.paymentsByHour[h];
        top = std::max({top, f.ticketsByHour[h], f.casesByHour[h], f.paymentsByHour[h]});
    }
    auto *series = new QBarSeries;
    series->append({tickets, cases, payments});
    attach(chart, series, hourAxis(first, last), countAxis(top));
    return chart;
}

QChart *monthVolume(const Report &report, const QString &title)
{
    int top = 0;
    for (const DayTrend &d : report.days)
        top = std::max({top, d.queue.issued, d.cases.registered, d.money.payments});
    if (top == 0)
        return nullptr;
    QChart *chart = newChart(title);
    const auto line = [&](const QString &name, const QColor &color, auto value) {
        auto *series = new QLineSeries;
        series->setName(name);
        QPen pen(color);
        pen.setWidthF(2);
        series->setPen(pen);
        for (const DayTrend &d : report.days)
            series->append(d.day.day(), value(d));
        return series;
    };
    const QList<QLineSeries *> series = {
        line(ReportCharts::tr("Tickets"), kBlue, [](const DayTrend &d) { return d.queue.issued; }),
        line(ReportCharts::tr("Cases"), kGreen,
             [](const DayTrend &d) { return d.cases.registered; }),
        line(ReportCharts::tr("Payments"), kOrange,
             [](const DayTrend &d) { return d.money.payments; })};
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setLabelsFont(chartFont(8));
    x->setRange(1, std::max(2, report.first.daysInMonth()));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    x->setTickInterval(5);
    QValueAxis *y = countAxis(top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart *waiting(const Report &report, const QString &title)
{
    const QueueTally &q = report.figures.queue;
    if (q.waited == 0)
        return nullptr;
    QChart *chart = newChart(title);
    auto *set = barSet(ReportCharts::tr("Tickets"), kBlue);
    QStringList bands;
    int top = 0;
    for (int band = 0; band < QueueTally::BandCount; ++band) {
        bands.append(band < QueueTally::BandCount - 1
                         ? QStringLiteral("%1-%2").arg(band * 3).arg(band * 3 + 3)
                         : QStringLiteral("%1+").arg(band * 3));
        *set << q.waitBands[band];
        top = std::max(top, q.waitBands[band]);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    QBarCategoryAxis *x = categoryAxis(bands);
    x->setTitleText(ReportCharts::tr("Minutes waited"));
    x->setTitleFont(chartFont(8));
    attach(chart, series, x, countAxis(top + std::max(1, top / 8)));
    chart->legend()->hide();
    return chart;
}

QChart *takings(const Report &report, const QString &title)
{
    QList<QPair<QString, qint64>> slices;
    qint64 total = 0;
    for (auto it = report.figures.moneyByMethod.cbegin(); it != report.figures.moneyByMethod.cend();
         ++it) {
        if (it.value().netFen() > 0) {
            slices.append({it.key(), it.value().netFen()});
            total += it.value().netFen();
        }
    }
    if (total <= 0)
        return nullptr;
    QChart *chart = newChart(title);
    auto *series = new QPieSeries;
    series->setPieSize(0.8);
    const QColor colors[] = {kBlue, kGreen, kOrange, kRed, kGrey};
    int i = 0;
    for (const auto &[method, fen] : slices) {
        // Legend entries are HTML: the method and its share, its amount below.
        QPieSlice *slice =
            series->append(QStringLiteral("%1 %2%<br>%3")
                               .arg(ReportTables::methodName(method).toHtmlEscaped(),
                                    QString::number(100.0 * double(fen) / double(total), 'f', 1),
                                    ReportValue::money(fen).display().toHtmlEscaped()),
                           double(fen));
        slice->setColor(colors[i++ % 5]);
        slice->setBorderColor(Qt::white);
    }
    chart->addSeries(series);
    // The legend names each slice with its share and amount: labels beside a small pie
    // would not fit, nor would the methods side by side below it. Right of the pie, in two
    // lines each, they keep within the part of the chart QtCharts gives a legend.
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *satisfaction(const Report &report, const QString &title)
{
    const RatingTally &r = report.figures.ratings;
    if (r.total() == 0)
        return nullptr;
    QChart *chart = newChart(title);
    auto *set = barSet(ReportCharts::tr("Ratings"), kGreen);
    QStringList scores;
    int top = 0;
    // Bars across, so the levels' names have room on the left; very satisfied on top.
    for (int score = 1; score <= 5; ++score) {
        scores.append(ReportTables::scoreLabel(score));
        *set << r.count(score);
        top = std::max(top, r.count(score));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    QBarCategoryAxis *y = categoryAxis(scores);
    QValueAxis *x = countAxis(top + std::max(1, top / 8));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->hide();
    return chart;
}

} // namespace

QString ReportCharts::title(const Report &report, Chart chart)
{
    const bool daily = report.kind == Report::Kind::Daily;
    switch (chart) {
    case Volume:
        return daily ? tr("Volume by hour") : tr("Volume day by day");
    case WaitingTime:
        return tr("Waiting time (tickets)");
    case Takings:
        return tr("Net takings by payment method");
    case Satisfaction:
        return tr("Satisfaction");
    }
    return QString();
}

QString ReportCharts::noDataText(Chart chart)
{
    switch (chart) {
    case Volume:
        return tr("No ticket, case or payment to chart.");
    case WaitingTime:
        return tr("No waiting time was measured.");
    case Takings:
        return tr("No takings to chart.");
    case Satisfaction:
        return tr("No rating was given.");
    }
    return QString();
}

QChart *ReportCharts::create(const Report &report, Chart chart)
{
    const QString t = title(report, chart);
    switch (chart) {
    case Volume:
        return report.kind == Report::Kind::Daily ? dayVolume(report, t) : monthVolume(report, t);
    case WaitingTime:
        return waiting(report, t);
    case Takings:
        return takings(report, t);
    case Satisfaction:
        return satisfaction(report, t);
    }
    return nullptr;
}

QImage ReportCharts::render(QChart *chart, QSize size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())),
                     QRectF(QPointF(0, 0), QSizeF(size)));
    }
    scene.removeItem(chart);
    return image;
}
