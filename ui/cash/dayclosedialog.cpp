// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cash/dayclosedialog.h"

#include "core/cash/daycloseservice.h"
#include "core/common/businessday.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "ui/printing/cashsheetdocument.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

DayCloseDialog::DayCloseDialog(Database &db, const Session &session, QDate day, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_day(day), m_sheet(new QTextBrowser(this)),
      m_state(new QLabel(this)), m_close(new QPushButton(tr("Close the day"), this)),
      m_print(new QPushButton(tr("Print cash sheet..."), this)),
      m_pdf(new QPushButton(tr("Save cash sheet as PDF..."), this))
{
    setObjectName(QStringLiteral("dayCloseDialog"));
    setWindowTitle(tr("Day close %1").arg(day.toString(Qt::ISODate)));
    m_sheet->setObjectName(QStringLiteral("cashSheet"));
    m_state->setObjectName(QStringLiteral("dayCloseState"));
    m_state->setWordWrap(true);
    m_close->setObjectName(QStringLiteral("closeDay"));
    m_print->setObjectName(QStringLiteral("printSheet"));
    m_pdf->setObjectName(QStringLiteral("saveSheetPdf"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    auto *done = new QPushButton(tr("Done"), this);
    buttons->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_sheet, 1);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &DayCloseDialog::closeDay);
    connect(m_print, &QPushButton::clicked, this, [this] { printSheet(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save cash sheet as PDF"),
            PrintDocument::suggestedPath(CashSheetDocument::title(m_day)), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            printSheet(path);
    });
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    m_closed = BusinessDay::isClosed(db.connection(), day);
    refresh();
    resize(900, 760);
}

void DayCloseDialog::refresh()
{
    DayCloseService days(m_db);
    m_totals = days.totals(m_day);
    const DayCloseService::Closing closing = days.closing(m_day);
    const PrintDocument doc = CashSheetDocument::build(
        m_totals, DeviceIdentity::load(m_db.connection()), closing.closedBy, closing.closedAt);
    m_sheet->setHtml(doc.html);
    m_close->setEnabled(!m_closed);
    m_print->setEnabled(m_closed);
    m_pdf->setEnabled(m_closed);
    if (m_closed) {
        m_state->setStyleSheet(QStringLiteral("color: #1d7a35;"));
        m_state->setText(tr("The business day %1 is closed. Print the cash sheet and hand the "
                            "takings over with it.")
                             .arg(m_day.toString(Qt::ISODate)));
    } else if (m_totals.openShifts() > 0) {
        m_state->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        m_state->setText(tr("%1 shifts are still open: each clerk closes their shift before the "
                            "day can be closed.")
                             .arg(m_totals.openShifts()));
    } else {
        m_state->setStyleSheet(QString());
        m_state->setText(tr("Check the figures. Closing the day locks it: nothing more can be "
                            "dated to %1.")
                             .arg(m_day.toString(Qt::ISODate)));
    }
}

QString DayCloseDialog::errorText() const
{
    return m_state->styleSheet().contains(QLatin1String("b00020")) ? m_state->text() : QString();
}

QString DayCloseDialog::sheetText() const
{
    return m_sheet->toPlainText();
}

void DayCloseDialog::closeDay()
{
    const Result<DayTotals> closed = DayCloseService(m_db).close(m_session, m_day);
    if (!closed) {
        refresh();
        m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_state->setText(closed.error().message());
        return;
    }
    m_closed = true;
    refresh();
}

bool DayCloseDialog::printSheet(const QString &pdfPath)
{
    const DayCloseService::Closing closing = DayCloseService(m_db).closing(m_day);
    const PrintDocument doc = CashSheetDocument::build(
        m_totals, DeviceIdentity::load(m_db.connection()), closing.closedBy, closing.closedAt);
    if (pdfPath.isEmpty()) {
        doc.preview(this);
        return true;
    }
    QString error;
    if (!doc.savePdf(pdfPath, &error)) {
        m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_state->setText(error);
        return false;
    }
    return true;
}
