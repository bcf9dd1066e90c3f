// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cash/dayclosedialog.h"

#include "core/cash/daycloseservice.h"
#include "core/common/businessday.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "ui/cash/closeshiftdialog.h"
#include "ui/printing/cashsheetdocument.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

DayCloseDialog::DayCloseDialog(Database &db, const Session &session, QDate day, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_day(day), m_sheet(new QTextBrowser(this)),
      m_state(new QLabel(this)), m_hall(new QLabel(this)), m_shiftRows(new QVBoxLayout),
      m_closeAnyway(new QCheckBox(this)), m_close(new QPushButton(tr("Close the day"), this)),
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
    layout->addWidget(buildHall());
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

// What is still going on in the hall, above the figures.
QWidget *DayCloseDialog::buildHall()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hall->setObjectName(QStringLiteral("dayCloseHall"));
    m_hall->setWordWrap(true);
    m_hall->setStyleSheet(QStringLiteral(
        "background: #fff4d6; color: #6b4a00; padding: 8px; border: 1px solid #e0c070;"));
    layout->addWidget(m_hall);
    layout->addLayout(m_shiftRows);
    m_closeAnyway->setObjectName(QStringLiteral("closeAnyway"));
    m_closeAnyway->setText(tr("The customers still in the hall have been told: close the day "
                              "anyway"));
    layout->addWidget(m_closeAnyway);
    connect(m_closeAnyway, &QCheckBox::toggled, this, &DayCloseDialog::updateCloseButton);
    return box;
}

// The warnings, and one row per open shift with the supervisor's way to close it.
void DayCloseDialog::showHall()
{
    m_hallState = DayCloseService(m_db).hallState(m_day);
    while (QLayoutItem *item = m_shiftRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList lines;
    if (m_hallState.waiting > 0)
        lines << tr("%n ticket(s) still waiting: call them or tell the customers when to come "
                    "back.",
                    nullptr, m_hallState.waiting);
    if (!m_hallState.serving.isEmpty())
        lines << tr("Customers are still being served: %1. Let the windows finish first.")
                     .arg(m_hallState.serving.join(QStringLiteral(", ")));
    if (!m_hallState.openShifts.isEmpty())
        lines << tr("%n shift(s) still open: each clerk counts their drawer and closes their "
                    "shift; for a clerk who is away, close it here with a witness.",
                    nullptr, int(m_hallState.openShifts.size()));
    m_hall->setText(lines.join(QLatin1Char('\n')));
    m_hall->setVisible(!m_closed && !lines.isEmpty());
    for (const Shift &s : std::as_const(m_hallState.openShifts)) {
        if (m_closed)
            break;
        auto *button = new QPushButton(
            tr("Close the shift of staff no. %1 at %2...").arg(s.staffNo, s.window), this);
        button->setObjectName(QStringLiteral("closeShift_") + s.staffNo);
        const QString shiftId = s.shiftId;
        connect(button, &QPushButton::clicked, this, [this, shiftId] { closeShiftFor(shiftId); });
        m_shiftRows->addWidget(button, 0, Qt::AlignLeft);
    }
    m_closeAnyway->setVisible(!m_closed && m_hallState.customersInHall());
}

void DayCloseDialog::updateCloseButton()
{
    m_close->setEnabled(!m_closed &&
                        (!m_hallState.customersInHall() || m_closeAnyway->isChecked()));
}

QString DayCloseDialog::hallText() const
{
    return m_hall->isVisible() ? m_hall->text() : QString();
}

void DayCloseDialog::setCloseAnyway(bool confirmed)
{
    m_closeAnyway->setChecked(confirmed);
}

CloseShiftDialog *DayCloseDialog::closeShiftFor(const QString &shiftId)
{
    const Result<Shift> shift = ShiftService(m_db).find(shiftId);
    if (!shift)
        return nullptr;
    auto *dialog = new CloseShiftDialog(m_db, m_session, shift.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &DayCloseDialog::refresh);
    dialog->open();
    return dialog;
}

void DayCloseDialog::refresh()
{
    DayCloseService days(m_db);
    m_totals = days.totals(m_day);
    const DayCloseService::Closing closing = days.closing(m_day);
    const PrintDocument doc = CashSheetDocument::build(
        m_totals, DeviceIdentity::load(m_db.connection()), closing.closedBy, closing.closedAt,
        CashSheetDocument::anchor(m_db.connection(), m_day));
    m_sheet->setHtml(doc.html);
    showHall();
    updateCloseButton();
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
    if (m_hallState.customersInHall() && !m_closeAnyway->isChecked()) {
        m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_state->setText(tr("Customers are still in the hall. Serve them or tell them when to "
                            "come back, then confirm and close the day."));
        return;
    }
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
        m_totals, DeviceIdentity::load(m_db.connection()), closing.closedBy, closing.closedAt,
        CashSheetDocument::anchor(m_db.connection(), m_day));
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
