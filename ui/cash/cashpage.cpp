// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cash/cashpage.h"

#include "core/cash/daytotals.h"
#include "core/cash/paymentservice.h"
#include "core/cash/shiftservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "models/paymentlistmodel.h"
#include "ui/cash/adjustmentdialog.h"
#include "ui/cash/closeshiftdialog.h"
#include "ui/cash/dayclosedialog.h"
#include "ui/cash/openshiftdialog.h"
#include "ui/cash/paymentcolumns.h"
#include "ui/cash/paymentdialog.h"
#include "ui/printing/receiptprinter.h"
#include "ui/printing/shiftslipdocument.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

CashPage::CashPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new PaymentListModel(db, this)),
      m_shiftState(new QLabel(this)), m_openShift(new QPushButton(tr("Open shift..."), this)),
      m_closeShift(new QPushButton(tr("Close shift..."), this)),
      m_shiftSlip(new QPushButton(tr("Print shift slip..."), this)), m_day(new QDateEdit(this)),
      m_newPayment(new QPushButton(tr("New payment..."), this)),
      m_reprint(new QPushButton(tr("Print receipt"), this)),
      m_void(new QPushButton(tr("Void..."), this)),
      m_refund(new QPushButton(tr("Refund..."), this)),
      m_closeDay(new QPushButton(tr("Close the day..."), this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("cashPage"));
    setUpControls();
    buildReprintMenu();
    setUpView();
    layOut();
    connectSignals();
    m_model->setBusinessDay(m_day->date());
    refresh();
}

void CashPage::setUpControls()
{
    m_shiftState->setObjectName(QStringLiteral("shiftState"));
    m_shiftState->setWordWrap(true);
    m_openShift->setObjectName(QStringLiteral("openShift"));
    m_closeShift->setObjectName(QStringLiteral("closeShift"));
    m_shiftSlip->setObjectName(QStringLiteral("printShiftSlip"));
    m_day->setObjectName(QStringLiteral("cashDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setDate(Clock::today());
    m_newPayment->setObjectName(QStringLiteral("newPayment"));
    m_reprint->setObjectName(QStringLiteral("printReceipt"));
    m_void->setObjectName(QStringLiteral("voidPayment"));
    m_refund->setObjectName(QStringLiteral("refundPayment"));
    m_closeDay->setObjectName(QStringLiteral("closeDay"));
    m_closeDay->setVisible(m_session.can(Permission::CloseDay));
    m_summary->setObjectName(QStringLiteral("daySummary"));
    m_summary->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("cashResult"));
    m_result->setWordWrap(true);
}

// The receipt is printed or saved on the roll or on A4.
void CashPage::buildReprintMenu()
{
    auto *menu = new QMenu(m_reprint);
    menu->addAction(tr("On the 80 mm roll..."), this,
                    [this] { printSelected(PrintDocument::Paper::Roll80mm); });
    menu->addAction(tr("On A4..."), this, [this] { printSelected(PrintDocument::Paper::A4); });
    menu->addAction(tr("As PDF (80 mm roll)..."), this,
                    [this] { saveSelectedAs(PrintDocument::Paper::Roll80mm); });
    menu->addAction(tr("As PDF (A4)..."), this,
                    [this] { saveSelectedAs(PrintDocument::Paper::A4); });
    m_reprint->setMenu(menu);
}

void CashPage::setUpView()
{
    m_view->setObjectName(QStringLiteral("paymentView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    PaymentColumns::lay(m_view);
}

// The shift row, the day's tools, the payments, the day's summary and the last result.
void CashPage::layOut()
{
    auto *shiftRow = new QHBoxLayout;
    shiftRow->addWidget(m_shiftState, 1);
    shiftRow->addWidget(m_openShift);
    shiftRow->addWidget(m_closeShift);
    shiftRow->addWidget(m_shiftSlip);
    auto *tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Business day"), this));
    tools->addWidget(m_day);
    tools->addSpacing(16);
    tools->addWidget(m_newPayment);
    tools->addWidget(m_reprint);
    tools->addWidget(m_void);
    tools->addWidget(m_refund);
    tools->addStretch();
    tools->addWidget(m_closeDay);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(shiftRow);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_result);
}

void CashPage::connectSignals()
{
    connect(m_openShift, &QPushButton::clicked, this, &CashPage::openShift);
    connect(m_closeShift, &QPushButton::clicked, this, &CashPage::closeShift);
    connect(m_shiftSlip, &QPushButton::clicked, this, [this] { printShiftSlip(); });
    connect(m_newPayment, &QPushButton::clicked, this, &CashPage::newPayment);
    connect(m_void, &QPushButton::clicked, this, &CashPage::voidSelected);
    connect(m_refund, &QPushButton::clicked, this, &CashPage::refundSelected);
    connect(m_closeDay, &QPushButton::clicked, this, &CashPage::closeDay);
    connect(m_day, &QDateEdit::dateChanged, this, &CashPage::showDay);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CashPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CashPage::updateButtons);
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("shift")) ||
            tables.contains(QStringLiteral("payment")) ||
            tables.contains(QStringLiteral("business_day")))
            refresh();
    });
}

void CashPage::showDay(QDate day)
{
    if (m_day->date() != day)
        m_day->setDate(day);
    m_model->setBusinessDay(day);
    refresh();
}

QString CashPage::shiftText() const
{
    return m_shiftState->text();
}

QString CashPage::summaryText() const
{
    return m_summary->text();
}

QString CashPage::resultText() const
{
    return m_result->text();
}

void CashPage::refresh()
{
    ShiftService shifts(m_db);
    const std::optional<Shift> shift = shifts.current(m_session.staffNo);
    const QDate today = Clock::today();
    if (!shift) {
        m_shiftState->setText(tr("No shift open at window %1. Open a shift (count the float) "
                                 "before taking money.")
                                  .arg(m_session.window));
        m_shiftState->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    } else if (shift->businessDay != today) {
        m_shiftState->setText(tr("Your shift of %1 is still open. Close it, then open the shift "
                                 "for today.")
                                  .arg(shift->businessDay.toString(Qt::ISODate)));
        m_shiftState->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    } else {
        const ShiftTakings t = shifts.takings(shift->shiftId);
        m_shiftState->setText(
            tr("Shift open at window %1 since %2 · float %3 · cash expected in the drawer %4 · "
               "bank card %5 · mobile QR %6")
                .arg(shift->window,
                     Clock::parseStamp(shift->openedAt)
                         .toLocalTime()
                         .toString(QStringLiteral("HH:mm")),
                     t.floatAmount.format(), t.expectedCash().format(), t.card.format(),
                     t.qr.format()));
        m_shiftState->setStyleSheet(QStringLiteral("color: #1d4f91; font-weight: bold;"));
    }
    m_openShift->setEnabled(!shift && m_session.can(Permission::TakePayment));
    m_closeShift->setEnabled(shift.has_value());
    m_shiftSlip->setEnabled(lastClosedShift().has_value());

    const QDate day = m_day->date();
    const DayTotals totals = DayTotals::compute(m_db, day);
    QString summary = tr("%1 payments · collected %2 (cash %3, bank card %4, mobile QR %5) · "
                         "waived %6")
                          .arg(totals.all.payments)
                          .arg(totals.collected().format(),
                               totals.byMethod.value(QStringLiteral("cash")).net().format(),
                               totals.byMethod.value(QStringLiteral("card")).net().format(),
                               totals.byMethod.value(QStringLiteral("qr")).net().format(),
                               totals.waived().format());
    summary += QStringLiteral(" · ") +
               (BusinessDay::isClosed(m_db.connection(), day) ? tr("day closed") : tr("day open"));
    m_summary->setText(summary);
    updateButtons();
}

QString CashPage::selectedReceipt() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.first().data(PaymentListModel::ReceiptNoRole).toString();
}

bool CashPage::selectReceipt(const QString &receiptNo)
{
    const int row = m_model->rowOf(receiptNo);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void CashPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool money = m_session.can(Permission::TakePayment);
    m_newPayment->setEnabled(money);
    m_reprint->setEnabled(selected && money);
    if (!selected) {
        m_void->setEnabled(false);
        m_refund->setEnabled(false);
        return;
    }
    const QModelIndex row = rows.first();
    const auto status = PaymentStatus(row.data(PaymentListModel::StatusRole).toInt());
    const auto method = PaymentMethod(row.data(PaymentListModel::MethodRole).toInt());
    const QDate day = row.data(PaymentListModel::BusinessDayRole).toDate();
    m_void->setEnabled(money && status == PaymentStatus::Taken && day == Clock::today() &&
                       !BusinessDay::isClosed(m_db.connection(), day));
    m_refund->setEnabled(money && method != PaymentMethod::Waiver &&
                         row.data(PaymentListModel::RefundableFenRole).toLongLong() > 0);
}

void CashPage::showResult(const QString &text, bool ok)
{
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1d7a35;")
                               : QStringLiteral("color: #b01e1e;"));
    m_result->setText(text);
}

OpenShiftDialog *CashPage::openShift()
{
    auto *dialog = new OpenShiftDialog(m_db, m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showResult(
            tr("Shift opened with a float of %1.").arg(dialog->shift()->floatAmount.format()),
            true);
    });
    dialog->open();
    return dialog;
}

CloseShiftDialog *CashPage::closeShift()
{
    const std::optional<Shift> shift = ShiftService(m_db).current(m_session.staffNo);
    if (!shift)
        return nullptr;
    auto *dialog = new CloseShiftDialog(m_db, m_session, *shift, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Shift &s = *dialog->closed();
        showResult(tr("Shift closed: expected %1, counted %2, variance %3.")
                       .arg(s.expectedCash.format(), s.countedCash.format(), s.variance.format()),
                   s.variance.isZero());
    });
    dialog->open();
    return dialog;
}

PaymentDialog *CashPage::newPayment()
{
    auto *dialog = new PaymentDialog(m_db, m_session, PaymentTarget(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::paymentTaken, this, [this](const QString &receiptNo) {
        showDay(Clock::today());
        selectReceipt(receiptNo);
        showResult(tr("Payment %1 taken.").arg(receiptNo), true);
    });
    dialog->open();
    return dialog;
}

AdjustmentDialog *CashPage::adjust(bool refund)
{
    const QString receiptNo = selectedReceipt();
    const Result<Payment> payment = PaymentService(m_db).find(receiptNo);
    if (!payment)
        return nullptr;
    auto *dialog = new AdjustmentDialog(
        m_db, m_session, payment.value(),
        refund ? AdjustmentDialog::Kind::Refund : AdjustmentDialog::Kind::Void, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, refund] {
        const PaymentAdjustment &a = *dialog->adjustment();
        showResult(
            refund
                ? tr("%1 of receipt %2 refunded, approved by staff no. %3.")
                      .arg(a.amount.format(), a.receiptNo, a.approvedBy)
                : tr("Receipt %1 voided, approved by staff no. %2.").arg(a.receiptNo, a.approvedBy),
            true);
        selectReceipt(a.receiptNo);
    });
    dialog->open();
    return dialog;
}

AdjustmentDialog *CashPage::voidSelected()
{
    return adjust(false);
}

AdjustmentDialog *CashPage::refundSelected()
{
    return adjust(true);
}

DayCloseDialog *CashPage::closeDay()
{
    auto *dialog = new DayCloseDialog(m_db, m_session, m_day->date(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &CashPage::refresh);
    dialog->open();
    return dialog;
}

bool CashPage::printSelected(PrintDocument::Paper paper, const QString &pdfPath)
{
    const QString receiptNo = selectedReceipt();
    if (receiptNo.isEmpty())
        return false;
    QString error;
    if (!ReceiptPrinter(m_db, m_session).print(this, receiptNo, paper, pdfPath, &error)) {
        showResult(error, false);
        return false;
    }
    showResult(pdfPath.isEmpty() ? tr("Receipt %1 sent to printing.").arg(receiptNo)
                                 : tr("Receipt %1 saved as %2.").arg(receiptNo, pdfPath),
               true);
    selectReceipt(receiptNo);
    return true;
}

std::optional<Shift> CashPage::lastClosedShift() const
{
    std::optional<Shift> last;
    for (const Shift &s : ShiftService(m_db).shifts(m_day->date())) {
        if (!s.open && s.staffNo == m_session.staffNo)
            last = s;
    }
    return last;
}

bool CashPage::printShiftSlip(const QString &pdfPath)
{
    const std::optional<Shift> shift = lastClosedShift();
    if (!shift)
        return false;
    const PrintDocument doc =
        ShiftSlipDocument::build(*shift, DeviceIdentity::load(m_db.connection()),
                                 ShiftSlipDocument::anchor(m_db.connection(), shift->shiftId));
    if (pdfPath.isEmpty())
        return doc.preview(this);
    QString error;
    if (!doc.savePdf(pdfPath, &error)) {
        showResult(error, false);
        return false;
    }
    return true;
}

void CashPage::saveSelectedAs(PrintDocument::Paper paper)
{
    const QString receiptNo = selectedReceipt();
    if (receiptNo.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save receipt as PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
            receiptNo + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        printSelected(paper, path);
}
