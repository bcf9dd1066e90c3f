// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/reports/report.h"
#include "core/staff/session.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <optional>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

// The "Reports" area for supervisors (Permission::ViewReports): the daily (营业日报) or
// monthly (营业月报) business report for a chosen date, computed off the GUI thread with
// progress and cancel, shown as charts and tables, printed through the print preview,
// saved as PDF or exported as CSV. Today's daily report is computed when the area is
// first shown.
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    ReportPage(Database &db, const Session &session, QWidget *parent = nullptr);

    void setPeriod(Report::Kind kind, QDate date);
    bool isComputing() const { return !m_watcher.isNull(); }
    const std::optional<Report> &report() const { return m_report; }
    QString statusText() const;

    // What the buttons do after asking for a file name.
    Status savePdf(const QString &path) const;
    Status exportCsv(const QString &path) const;

public slots:
    void compute();
    void cancel();
    void printPreview();

signals:
    // A computation ended: with a report, an error or a cancel (see report(), statusText()).
    void computationEnded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void kindChanged();
    void showReport(const Result<Report> &result);
    void showStatus(const QString &text, bool problem);
    void setComputing(bool computing);
    void chooseAndSavePdf();
    void chooseAndExportCsv();
    QString suggestedPath(const QString &suffix) const;
    QWidget *buildContent(const Report &report);

    Database &m_db;
    Session m_session;
    std::optional<Report> m_report;
    QPointer<QFutureWatcher<Result<Report>>> m_watcher;
    // Which computation is current: a result that arrives after a cancel is dropped.
    int m_generation = 0;
    bool m_shownOnce = false;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QLabel *m_status;
    QScrollArea *m_scroll;
};
