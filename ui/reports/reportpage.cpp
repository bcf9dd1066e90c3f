// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportpage.h"

#include "core/common/clock.h"
#include "core/reports/reportcsv.h"
#include "core/reports/reportengine.h"
#include "core/reports/reporttables.h"
#include "models/reportsectionmodel.h"
#include "ui/reports/reportcharts.h"
#include "ui/reports/reportprint.h"
#include "ui/shell/backgroundtask.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555;"));
    return label;
}

// A table as tall as its rows: the page scrolls, not each table.
QTableView *tableFor(const ReportSection &section, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QStringLiteral("table_") + section.id);
    view->setModel(new ReportSectionModel(section, view));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    QHeaderView *header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // As wide as its columns, not the page: a figure stays next to its label.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(64);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    const int rowHeight = view->fontMetrics().height() + 10;
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    const int height = header->sizeHint().height() + rowHeight * int(section.rows.size()) +
                       2 * view->frameWidth() + 2;
    view->setFixedHeight(height + (section.columns.size() > 9 ? 18 : 0));
    return view;
}

} // namespace

ReportPage::ReportPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_kind(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_compute(new QPushButton(tr("Compute"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_preview(new QPushButton(tr("Print preview..."), this)),
      m_pdf(new QPushButton(tr("Save as PDF..."), this)),
      m_csv(new QPushButton(tr("Export CSV..."), this)), m_status(new QLabel(this)),
      m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("reportPage"));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Daily business report"), int(Report::Kind::Daily));
    m_kind->addItem(tr("Monthly business report"), int(Report::Kind::Monthly));
    m_date->setObjectName(QStringLiteral("reportDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::today());
    m_date->setDate(Clock::today());
    m_date->setMinimumWidth(130);
    m_compute->setObjectName(QStringLiteral("computeReport"));
    m_compute->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_cancel->setVisible(false);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_scroll->setObjectName(QStringLiteral("reportScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *choose = new QHBoxLayout;
    choose->addWidget(m_kind);
    choose->addWidget(m_date);
    choose->addWidget(m_compute);
    choose->addWidget(m_progress);
    choose->addWidget(m_cancel);
    choose->addStretch();
    choose->addWidget(m_preview);
    choose->addWidget(m_pdf);
    choose->addWidget(m_csv);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(10);
    layout->addLayout(choose);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);

    auto *empty = note(tr("Choose the daily or the monthly report and its date, then press "
                          "Compute."),
                       m_scroll);
    empty->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(empty);
    for (QPushButton *b : {m_preview, m_pdf, m_csv})
        b->setEnabled(false);
    m_status->setVisible(false);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportPage::kindChanged);
    connect(m_compute, &QPushButton::clicked, this, &ReportPage::compute);
    connect(m_cancel, &QPushButton::clicked, this, &ReportPage::cancel);
    connect(m_preview, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportPage::chooseAndSavePdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportPage::chooseAndExportCsv);
    kindChanged();
}

void ReportPage::setPeriod(Report::Kind kind, QDate date)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_date->setDate(date);
}

QString ReportPage::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (!m_report && !isComputing())
            compute();
    }
}

void ReportPage::kindChanged()
{
    const bool monthly = m_kind->currentData().toInt() == int(Report::Kind::Monthly);
    m_date->setDisplayFormat(monthly ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

void ReportPage::setComputing(bool computing)
{
    m_compute->setEnabled(!computing);
    m_kind->setEnabled(!computing);
    m_date->setEnabled(!computing);
    m_cancel->setVisible(computing);
    m_cancel->setEnabled(computing);
    m_progress->setVisible(computing);
    if (computing) {
        m_progress->setRange(0, 0);
        for (QPushButton *b : {m_preview, m_pdf, m_csv})
            b->setEnabled(false);
    } else {
        for (QPushButton *b : {m_preview, m_pdf, m_csv})
            b->setEnabled(m_report.has_value());
    }
}

void ReportPage::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b01e1e;")
                                    : QStringLiteral("color: #555;"));
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ReportPage::compute()
{
    if (isComputing())
        return;
    m_date->setMaximumDate(Clock::today());
    const auto kind = Report::Kind(m_kind->currentData().toInt());
    const QDate date = m_date->date();
    const Session session = m_session;
    showStatus(tr("Computing the report..."), false);
    setComputing(true);
    const int generation = ++m_generation;
    m_watcher = BackgroundTask::run<Report>(
        m_db, this,
        [kind, date, session](Database &db, QPromise<Result<Report>> &promise) {
            ReportEngine::Control control;
            control.progress = [&promise](int done, int total) {
                if (done == 0)
                    promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            };
            control.cancelled = [&promise]() { return promise.isCanceled(); };
            const ReportEngine engine(db);
            return kind == Report::Kind::Daily ? engine.daily(session, date, control)
                                               : engine.monthly(session, date, control);
        },
        [this, generation](const Result<Report> &result) {
            if (generation == m_generation)
                showReport(result);
        });
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
}

void ReportPage::cancel()
{
    if (!m_watcher)
        return;
    // The worker stops at its next step; the page is free again at once.
    m_watcher->cancel();
    m_watcher->disconnect(m_progress);
    m_watcher.clear();
    ++m_generation;
    setComputing(false);
    showStatus(tr("The report was cancelled."), false);
    emit computationEnded();
}

void ReportPage::showReport(const Result<Report> &result)
{
    m_watcher.clear();
    if (!result) {
        setComputing(false);
        showStatus(result.error().message(), true);
        emit computationEnded();
        return;
    }
    m_report = result.value();
    QWidget *previous = m_scroll->takeWidget();
    m_scroll->setWidget(buildContent(*m_report));
    delete previous;
    setComputing(false);
    showStatus(QString(), false);
    emit computationEnded();
}

QWidget *ReportPage::buildContent(const Report &report)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("reportContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(12);

    auto *heading = new QLabel(content);
    heading->setObjectName(QStringLiteral("reportHeading"));
    QString text = QStringLiteral("<span style=\"font-size: 15pt; font-weight: bold;\">%1</span>"
                                  "&nbsp;&nbsp;")
                       .arg(ReportTables::title(report).toHtmlEscaped());
    QStringList parts;
    for (const auto &[label, value] : ReportTables::heading(report))
        parts.append(tr("%1: %2").arg(label, value).toHtmlEscaped());
    text += QStringLiteral("<span style=\"color: #555;\">%1</span>")
                .arg(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    heading->setText(text);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *charts = new QGridLayout;
    charts->setSpacing(8);
    const QList<ReportCharts::Chart> all = ReportCharts::all();
    for (int i = 0; i < all.size(); ++i) {
        QChart *chart = ReportCharts::create(report, all.at(i));
        QWidget *cell;
        if (chart) {
            auto *view = new QChartView(chart, content);
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumHeight(260);
            cell = view;
        } else {
            auto *box = new QGroupBox(ReportCharts::title(report, all.at(i)), content);
            auto *boxLayout = new QVBoxLayout(box);
            auto *label = note(ReportCharts::noDataText(all.at(i)), box);
            label->setAlignment(Qt::AlignCenter);
            boxLayout->addWidget(label);
            box->setMinimumHeight(260);
            cell = box;
        }
        cell->setObjectName(QStringLiteral("chart%1").arg(i));
        charts->addWidget(cell, i / 2, i % 2);
    }
    layout->addLayout(charts);

    for (const ReportSection &section : ReportTables::sections(report)) {
        auto *box = new QGroupBox(section.title, content);
        box->setObjectName(QStringLiteral("section_") + section.id);
        auto *boxLayout = new QVBoxLayout(box);
        if (section.isEmpty()) {
            boxLayout->addWidget(note(section.emptyText, box));
        } else {
            boxLayout->addWidget(tableFor(section, box), 0, Qt::AlignLeft);
            if (!section.note.isEmpty())
                boxLayout->addWidget(note(section.note, box));
        }
        layout->addWidget(box);
    }
    layout->addStretch();
    return content;
}

Status ReportPage::savePdf(const QString &path) const
{
    if (!m_report)
        return success();
    return ReportPrint::savePdf(*m_report, path);
}

Status ReportPage::exportCsv(const QString &path) const
{
    if (!m_report)
        return success();
    return ReportCsv::write(*m_report, path);
}

void ReportPage::printPreview()
{
    if (m_report)
        ReportPrint::document(*m_report).preview(this);
}

QString ReportPage::suggestedPath(const QString &suffix) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(ReportTables::baseName(*m_report) + suffix);
}

void ReportPage::chooseAndSavePdf()
{
    if (!m_report)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"),
                                                      suggestedPath(QStringLiteral(".pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status s = savePdf(path); !s)
        QMessageBox::warning(this, tr("Save as PDF"), s.error().message());
    else
        showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
}

void ReportPage::chooseAndExportCsv()
{
    if (!m_report)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as CSV"),
                                                      suggestedPath(QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportCsv(path); !s)
        QMessageBox::warning(this, tr("Export CSV"), s.error().message());
    else
        showStatus(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), false);
}
