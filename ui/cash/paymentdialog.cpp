// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cash/paymentdialog.h"

#include "core/customers/customerservice.h"

#include "core/cases/caseservice.h"

#include "core/cash/casecharge.h"
#include "core/cash/paymentservice.h"
#include "core/common/clock.h"
#include "core/storage/database.h"
#include "ui/cash/shiftgate.h"
#include "ui/printing/receiptprinter.h"
#include "ui/shell/approvaldialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum LineColumn { FeeColumn, QuantityColumn, RateColumn, AmountColumn };

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

PaymentDialog::PaymentDialog(Database &db, const Session &session, const PaymentTarget &target,
                             QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_target(target),
      m_requestKey(PaymentService::newRequestKey()), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Take payment"));

    // The fees on offer: the case's from the catalogue, else every published fee item.
    const QList<FeeItem> published = MasterData::fees(db.connection());
    QStringList caseFees;
    QList<PaymentLineRequest> asked;
    if (!target.caseNo.isEmpty()) {
        if (const Result<ServiceCase> c = CaseService(db).find(target.caseNo); c) {
            if (const Result<CatalogueItem> item = MasterData::item(db.connection(), c->itemCode)) {
                caseFees = item->feeCodes;
                asked = CaseCharge::lines(item.value(), c->formData, published);
            }
        }
    }
    for (const FeeItem &fee : published) {
        if (caseFees.isEmpty() || caseFees.contains(fee.code))
            m_fees.append(fee);
    }

    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildDone());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // Pre-filled: what the area asked for, else what the case asks for; a payment for no
    // case starts with one line to choose from.
    for (const QString &code : target.feeCodes)
        addLineRow(code, 1);
    if (target.feeCodes.isEmpty()) {
        for (const PaymentLineRequest &line : asked)
            addLineRow(line.feeCode, line.quantity);
    }
    if (m_lines->rowCount() == 0 && target.caseNo.isEmpty() && !m_fees.isEmpty())
        addLineRow(m_fees.first().code, 1);
    updateTotal();
    updateMethod();
    checkBlocking();
    // The clerk types what was handed over, or presses Enter for the exact amount.
    m_tendered->setFocus();
    resize(720, 640);
}

bool PaymentDialog::offeredFor(const Session &session, const CatalogueItem &item)
{
    return session.can(Permission::TakePayment) && !item.feeCodes.isEmpty();
}

QWidget *PaymentDialog::buildForm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    // The shift first: nothing is filled in that cannot be taken.
    m_gate = new ShiftGate(m_db, m_session, page);
    layout->addWidget(m_gate);
    m_body = new QWidget(page);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(10);
    body->addWidget(buildPaymentForGroup(m_body));
    body->addWidget(buildFeeLines(m_body), 1);
    body->addLayout(buildFeeLineButtons(m_body));
    body->addWidget(buildMethodGroup(m_body));
    layout->addWidget(m_body, 1);
    // An unprinted receipt can be printed with or without a shift.
    layout->addLayout(buildBlockingRow(page));
    layout->addWidget(buildErrorLabel(page));
    layout->addWidget(buildButtons(page));
    m_body->setEnabled(m_gate->isReady());
    connect(m_gate, &ShiftGate::readyChanged, this, [this](bool ready) {
        m_body->setEnabled(ready);
        checkBlocking();
    });
    return page;
}

// What the payment is for.
QGroupBox *PaymentDialog::buildPaymentForGroup(QWidget *page)
{
    auto *forBox = new QGroupBox(tr("Payment for"), page);
    auto *forForm = new QFormLayout(forBox);
    if (!m_target.customerId.isEmpty()) {
        if (const Result<Customer> c = CustomerService(m_db).findById(m_target.customerId); c) {
            forForm->addRow(
                tr("Customer"),
                new QLabel(QStringLiteral("%1 (%2)").arg(c->name, c->customerNo), forBox));
        }
    }
    if (m_target.isEmpty()) {
        // From the Cash area: the clerk types what the payment is for.
        m_caseNo = new QLineEdit(forBox);
        m_caseNo->setObjectName(QStringLiteral("paymentCaseNo"));
        m_caseNo->setPlaceholderText(tr("CS… (optional)"));
        m_serviceNumber = new QLineEdit(forBox);
        m_serviceNumber->setObjectName(QStringLiteral("paymentServiceNumber"));
        m_serviceNumber->setPlaceholderText(tr("Phone, broadband or account number"));
        forForm->addRow(tr("Case no."), m_caseNo);
        forForm->addRow(tr("Service number"), m_serviceNumber);
        connect(m_caseNo, &QLineEdit::editingFinished, this, &PaymentDialog::checkBlocking);
        connect(m_serviceNumber, &QLineEdit::editingFinished, this, &PaymentDialog::checkBlocking);
    } else {
        if (!m_target.caseNo.isEmpty())
            forForm->addRow(tr("Case no."), new QLabel(m_target.caseNo, forBox));
        if (!m_target.serviceNumber.isEmpty())
            forForm->addRow(tr("Service number"), new QLabel(m_target.serviceNumber, forBox));
    }
    return forBox;
}

// The fee lines.
QTableWidget *PaymentDialog::buildFeeLines(QWidget *page)
{
    m_lines = new QTableWidget(0, 4, page);
    m_lines->setObjectName(QStringLiteral("paymentLines"));
    m_lines->setHorizontalHeaderLabels({tr("Fee item"), tr("Qty"), tr("Rate"), tr("Amount")});
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->horizontalHeader()->setSectionResizeMode(FeeColumn, QHeaderView::Stretch);
    m_lines->setColumnWidth(QuantityColumn, 90);
    m_lines->setColumnWidth(RateColumn, 130);
    m_lines->setColumnWidth(AmountColumn, 130);
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().height() + 16);
    m_lines->setMinimumHeight(150);
    return m_lines;
}

// Add and remove a line, and the total beside them.
QHBoxLayout *PaymentDialog::buildFeeLineButtons(QWidget *page)
{
    auto *lineButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add fee item"), page);
    add->setObjectName(QStringLiteral("addFeeLine"));
    auto *remove = new QPushButton(tr("Remove fee item"), page);
    remove->setObjectName(QStringLiteral("removeFeeLine"));
    add->setEnabled(!m_fees.isEmpty());
    lineButtons->addWidget(add);
    lineButtons->addWidget(remove);
    lineButtons->addStretch();
    m_total = new QLabel(page);
    m_total->setObjectName(QStringLiteral("paymentTotal"));
    m_total->setFont(scaled(font(), 1.6, true));
    lineButtons->addWidget(m_total);
    connect(add, &QPushButton::clicked, this,
            [this] { addLineRow(m_fees.isEmpty() ? QString() : m_fees.first().code, 1); });
    connect(remove, &QPushButton::clicked, this, &PaymentDialog::removeSelectedLine);
    return lineButtons;
}

// The method and what it needs.
QGroupBox *PaymentDialog::buildMethodGroup(QWidget *page)
{
    auto *methodBox = new QGroupBox(tr("Paid by"), page);
    auto *methodLayout = new QVBoxLayout(methodBox);
    auto *methodRow = new QHBoxLayout;
    m_methods = new QButtonGroup(this);
    for (PaymentMethod m : PaymentTerms::methods()) {
        auto *radio = new QRadioButton(PaymentTerms::displayName(m), methodBox);
        radio->setObjectName(QStringLiteral("method_") + PaymentTerms::key(m));
        m_methods->addButton(radio, int(m));
        methodRow->addWidget(radio);
    }
    methodRow->addStretch();
    m_methods->button(int(PaymentMethod::Cash))->setChecked(true);
    methodLayout->addLayout(methodRow);

    m_methodDetail = new QStackedWidget(methodBox);
    m_methodDetail->addWidget(buildCashPage());
    m_methodDetail->addWidget(buildReferencePage());
    m_methodDetail->addWidget(buildWaiverPage());
    methodLayout->addWidget(m_methodDetail);
    connect(m_methods, &QButtonGroup::idClicked, this, &PaymentDialog::updateMethod);
    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentDialog::updateTotal);
    // A refusal stays until the clerk changes what it was about.
    for (QLineEdit *edit : {m_tendered, m_reference, m_waiverReason})
        connect(edit, &QLineEdit::textEdited, this, [this] { showError(QString()); });
    return methodBox;
}

QWidget *PaymentDialog::buildCashPage()
{
    auto *cashPage = new QWidget(m_methodDetail);
    auto *cashForm = new QFormLayout(cashPage);
    m_tendered = new QLineEdit(cashPage);
    m_tendered->setObjectName(QStringLiteral("tendered"));
    m_tendered->setPlaceholderText(tr("Empty: the exact amount"));
    m_change = new QLabel(cashPage);
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setFont(scaled(font(), 1.3, true));
    cashForm->addRow(tr("Handed over (¥)"), m_tendered);
    cashForm->addRow(tr("Change"), m_change);
    return cashPage;
}

QWidget *PaymentDialog::buildReferencePage()
{
    auto *referencePage = new QWidget(m_methodDetail);
    auto *referenceForm = new QFormLayout(referencePage);
    m_reference = new QLineEdit(referencePage);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setMaxLength(40);
    m_reference->setPlaceholderText(tr("Trace or transaction number from the slip"));
    referenceForm->addRow(tr("Reference"), m_reference);
    return referencePage;
}

QWidget *PaymentDialog::buildWaiverPage()
{
    auto *waiverPage = new QWidget(m_methodDetail);
    auto *waiverForm = new QFormLayout(waiverPage);
    m_waiverReason = new QLineEdit(waiverPage);
    m_waiverReason->setObjectName(QStringLiteral("waiverReason"));
    m_waiverReason->setMaxLength(500);
    waiverForm->addRow(tr("Reason for the waiver"), m_waiverReason);
    auto *waiverNote = new QLabel(tr("A supervisor approves the waiver with their own staff "
                                     "number and password."),
                                  waiverPage);
    waiverNote->setWordWrap(true);
    waiverForm->addRow(waiverNote);
    return waiverPage;
}

// An earlier receipt that blocks this payment, and reprinting it.
QHBoxLayout *PaymentDialog::buildBlockingRow(QWidget *page)
{
    m_blocking = new QLabel(page);
    m_blocking->setObjectName(QStringLiteral("paymentBlocked"));
    m_blocking->setWordWrap(true);
    m_blocking->setStyleSheet(QStringLiteral(
        "background: #fff4d6; color: #6b4a00; padding: 8px; border: 1px solid #e0c070;"));
    m_printBlocking = new QPushButton(page);
    m_printBlocking->setObjectName(QStringLiteral("printBlockingReceipt"));
    auto *blockingRow = new QHBoxLayout;
    blockingRow->addWidget(m_blocking, 1);
    blockingRow->addWidget(m_printBlocking);
    connect(m_printBlocking, &QPushButton::clicked, this,
            [this] { printReceipt(PrintDocument::Paper::Roll80mm); });
    return blockingRow;
}

QLabel *PaymentDialog::buildErrorLabel(QWidget *page)
{
    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    return m_error;
}

QDialogButtonBox *PaymentDialog::buildButtons(QWidget *page)
{
    auto *buttons = new QDialogButtonBox(page);
    m_take = buttons->addButton(tr("Take payment"), QDialogButtonBox::AcceptRole);
    m_take->setObjectName(QStringLiteral("takePayment"));
    m_take->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_take, &QPushButton::clicked, this, &PaymentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

QWidget *PaymentDialog::buildDone()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_doneText = new QLabel(page);
    m_doneText->setObjectName(QStringLiteral("paymentDone"));
    m_doneText->setWordWrap(true);
    m_doneText->setFont(scaled(font(), 1.25, false));
    layout->addWidget(m_doneText);
    auto *roll = new QPushButton(tr("Print receipt (80 mm roll)..."), page);
    roll->setObjectName(QStringLiteral("printRoll"));
    auto *a4 = new QPushButton(tr("Print receipt (A4)..."), page);
    a4->setObjectName(QStringLiteral("printA4"));
    auto *pdf = new QPushButton(tr("Save receipt as PDF..."), page);
    pdf->setObjectName(QStringLiteral("savePdf"));
    layout->addWidget(roll);
    layout->addWidget(a4);
    layout->addWidget(pdf);
    m_printResult = new QLabel(page);
    m_printResult->setObjectName(QStringLiteral("printResult"));
    m_printResult->setWordWrap(true);
    layout->addWidget(m_printResult);
    layout->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closePayment"));
    layout->addWidget(buttons);
    connect(roll, &QPushButton::clicked, this,
            [this] { printReceipt(PrintDocument::Paper::Roll80mm); });
    connect(a4, &QPushButton::clicked, this, [this] { printReceipt(PrintDocument::Paper::A4); });
    connect(pdf, &QPushButton::clicked, this,
            [this] { saveReceiptAs(PrintDocument::Paper::Roll80mm); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    return page;
}

void PaymentDialog::addLineRow(const QString &feeCode, int quantity)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto *fee = new QComboBox(m_lines);
    for (const FeeItem &f : std::as_const(m_fees))
        fee->addItem(QStringLiteral("%1  %2").arg(f.name, f.code), f.code);
    fee->setCurrentIndex(std::max(0, fee->findData(feeCode)));
    auto *qty = new QSpinBox(m_lines);
    qty->setRange(1, PaymentService::MaxQuantity);
    qty->setValue(quantity);
    m_lines->setCellWidget(row, FeeColumn, fee);
    m_lines->setCellWidget(row, QuantityColumn, qty);
    for (int column : {RateColumn, AmountColumn}) {
        auto *item = new QTableWidgetItem;
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_lines->setItem(row, column, item);
    }
    connect(fee, &QComboBox::currentIndexChanged, this, &PaymentDialog::updateTotal);
    connect(qty, &QSpinBox::valueChanged, this, &PaymentDialog::updateTotal);
    updateTotal();
}

void PaymentDialog::removeSelectedLine()
{
    const int row = m_lines->currentRow();
    if (row >= 0)
        m_lines->removeRow(row);
    updateTotal();
}

Money PaymentDialog::total() const
{
    Money sum;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto *fee = qobject_cast<QComboBox *>(m_lines->cellWidget(row, FeeColumn));
        const auto *qty = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, QuantityColumn));
        const QString code = fee->currentData().toString();
        for (const FeeItem &f : m_fees) {
            if (f.code == code) {
                const Result<Money> line = Money::fromFen(f.amountFen).times(qty->value());
                if (line)
                    sum += line.value();
            }
        }
    }
    return sum;
}

void PaymentDialog::updateTotal()
{
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto *fee = qobject_cast<QComboBox *>(m_lines->cellWidget(row, FeeColumn));
        const auto *qty = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, QuantityColumn));
        const QString code = fee->currentData().toString();
        for (const FeeItem &f : std::as_const(m_fees)) {
            if (f.code != code)
                continue;
            const Money rate = Money::fromFen(f.amountFen);
            const Result<Money> line = rate.times(qty->value());
            m_lines->item(row, RateColumn)
                ->setText(f.unit.isEmpty() ? rate.format()
                                           : QStringLiteral("%1/%2").arg(rate.format(), f.unit));
            m_lines->item(row, AmountColumn)->setText(line ? line->format() : QString());
        }
    }
    const Money sum = total();
    m_total->setText(tr("Total %1").arg(sum.format()));
    const QString tendered = m_tendered->text().trimmed();
    const Result<Money> given = Money::parse(tendered);
    if (tendered.isEmpty() || !given)
        m_change->setText(QStringLiteral("—"));
    else if (given.value() < sum)
        m_change->setText(tr("%1 short").arg((sum - given.value()).format()));
    else
        m_change->setText((given.value() - sum).format());
}

PaymentMethod PaymentDialog::method() const
{
    return PaymentMethod(m_methods->checkedId());
}

void PaymentDialog::updateMethod()
{
    switch (method()) {
    case PaymentMethod::Cash:
        m_methodDetail->setCurrentIndex(0);
        break;
    case PaymentMethod::Card:
    case PaymentMethod::Qr:
        m_methodDetail->setCurrentIndex(1);
        break;
    case PaymentMethod::Waiver:
        m_methodDetail->setCurrentIndex(2);
        break;
    }
}

PaymentTarget PaymentDialog::currentTarget() const
{
    PaymentTarget t = m_target;
    if (m_caseNo)
        t.caseNo = m_caseNo->text().trimmed().toUpper();
    if (m_serviceNumber)
        t.serviceNumber = m_serviceNumber->text().trimmed();
    return t;
}

void PaymentDialog::checkBlocking()
{
    const PaymentTarget t = currentTarget();
    PaymentService payments(m_db);
    m_blockingReceipt.clear();
    QString text;
    if (const std::optional<Payment> unprinted = payments.unprintedFor(t)) {
        m_blockingReceipt = unprinted->receiptNo;
        text = tr("Receipt %1 (%2) for the same matter was taken at %3 but never printed. Print "
                  "it instead of taking the money again.")
                   .arg(unprinted->receiptNo, unprinted->amount.format(),
                        Clock::parseStamp(unprinted->takenAt)
                            .toLocalTime()
                            .toString(QStringLiteral("HH:mm")));
    } else if (const std::optional<Payment> paid = payments.paymentForCase(t.caseNo)) {
        m_blockingReceipt = paid->receiptNo;
        text = tr("Case %1 is already paid (receipt %2, %3). Reprint the receipt if the customer "
                  "needs it.")
                   .arg(t.caseNo, paid->receiptNo, paid->amount.format());
    }
    m_blocking->setText(text);
    m_blocking->setVisible(!text.isEmpty());
    m_printBlocking->setText(tr("Print receipt %1").arg(m_blockingReceipt));
    m_printBlocking->setVisible(!text.isEmpty());
    m_take->setEnabled(text.isEmpty() && !m_busy && m_gate->isReady());
}

QString PaymentDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void PaymentDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PaymentDialog::setCaseNo(const QString &caseNo)
{
    if (m_caseNo) {
        m_caseNo->setText(caseNo);
        checkBlocking();
    }
}

void PaymentDialog::setServiceNumber(const QString &number)
{
    if (m_serviceNumber) {
        m_serviceNumber->setText(number);
        checkBlocking();
    }
}

void PaymentDialog::addFee(const QString &feeCode, int quantity)
{
    addLineRow(feeCode, quantity);
}

void PaymentDialog::setFee(int row, const QString &feeCode)
{
    if (auto *fee = qobject_cast<QComboBox *>(m_lines->cellWidget(row, FeeColumn)))
        fee->setCurrentIndex(std::max(0, fee->findData(feeCode)));
}

void PaymentDialog::setQuantity(int row, int quantity)
{
    if (auto *qty = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, QuantityColumn)))
        qty->setValue(quantity);
}

int PaymentDialog::lineCount() const
{
    return m_lines->rowCount();
}

void PaymentDialog::setMethod(PaymentMethod method)
{
    m_methods->button(int(method))->setChecked(true);
    updateMethod();
}

void PaymentDialog::setTendered(const QString &text)
{
    m_tendered->setText(text);
}

void PaymentDialog::setReference(const QString &text)
{
    m_reference->setText(text);
}

void PaymentDialog::setWaiverReason(const QString &text)
{
    m_waiverReason->setText(text);
}

QString PaymentDialog::totalText() const
{
    return m_total->text();
}

QString PaymentDialog::changeText() const
{
    return m_change->text();
}

void PaymentDialog::submit()
{
    if (m_busy || m_approval)
        return;
    if (m_payment) {
        // The form was already paid: say so rather than try again.
        take(std::nullopt);
        return;
    }
    if (method() != PaymentMethod::Waiver) {
        take(std::nullopt);
        return;
    }
    m_approval = new ApprovalDialog(
        m_db, m_session,
        tr("Waive %1 (%2).").arg(total().format(), m_waiverReason->text().trimmed()),
        Permission::Approve, this);
    m_approval->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_approval, &QDialog::accepted, this, [this] {
        const Session approver = m_approval->approver();
        m_approval = nullptr;
        take(approver);
    });
    connect(m_approval, &QDialog::rejected, this, [this] { m_approval = nullptr; });
    m_approval->open();
}

void PaymentDialog::take(const std::optional<Session> &approver)
{
    m_busy = true;
    m_take->setEnabled(false);
    PaymentRequest request;
    request.requestKey = m_requestKey;
    request.target = currentTarget();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto *fee = qobject_cast<QComboBox *>(m_lines->cellWidget(row, FeeColumn));
        const auto *qty = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, QuantityColumn));
        request.lines.append({fee->currentData().toString(), qty->value()});
    }
    request.method = method();
    // Nothing typed as handed over: the exact amount, no change.
    request.tendered =
        m_tendered->text().trimmed().isEmpty() && request.method == PaymentMethod::Cash
            ? total().formatPlain()
            : m_tendered->text();
    request.reference = m_reference->text();
    request.waiverReason = m_waiverReason->text();
    const Result<Payment> taken = PaymentService(m_db).take(m_session, request, approver);
    m_busy = false;
    if (!taken) {
        showError(taken.error().message());
        m_take->setEnabled(m_blockingReceipt.isEmpty());
        return;
    }
    m_payment = taken.value();
    showError(QString());
    showDone();
    emit paymentTaken(m_payment->receiptNo);
    printAtOnce();
}

// The receipt goes to the printer as the payment is taken; when it cannot, the clerk prints
// it from the buttons (and an unprinted receipt is offered again).
void PaymentDialog::printAtOnce()
{
    QString error;
    const bool printed =
        ReceiptPrinter(m_db, m_session)
            .printNow(this, m_payment->receiptNo, PrintDocument::Paper::Roll80mm, m_device, &error);
    m_printResult->setText(printed ? tr("Receipt %1 printed.").arg(m_payment->receiptNo) : error);
    // Printed: Enter closes. Not printed: Enter opens the preview to print it from there.
    QPushButton *next = printed ? m_close : findChild<QPushButton *>(QStringLiteral("printRoll"));
    next->setDefault(true);
    next->setFocus();
}

void PaymentDialog::showDone()
{
    const Payment &p = *m_payment;
    QString text = tr("<b>Receipt %1</b><br>%2 paid by %3.")
                       .arg(p.receiptNo, p.amount.format(), PaymentTerms::displayName(p.method));
    if (p.method == PaymentMethod::Cash) {
        text += QStringLiteral("<br>") +
                tr("Handed over %1, <b>change %2</b>.").arg(p.tendered.format(), p.change.format());
    }
    m_doneText->setText(text);
    m_pages->setCurrentIndex(1);
}

bool PaymentDialog::printReceipt(PrintDocument::Paper paper, const QString &pdfPath)
{
    const QString receiptNo = m_payment ? m_payment->receiptNo : m_blockingReceipt;
    if (receiptNo.isEmpty())
        return false;
    QString error;
    const bool printed =
        ReceiptPrinter(m_db, m_session).print(this, receiptNo, paper, pdfPath, &error);
    if (!printed) {
        if (m_payment)
            m_printResult->setText(error);
        else
            showError(error);
        return false;
    }
    if (m_payment) {
        m_printResult->setText(pdfPath.isEmpty()
                                   ? tr("Receipt %1 sent to printing.").arg(receiptNo)
                                   : tr("Receipt %1 saved as %2.").arg(receiptNo, pdfPath));
    } else {
        checkBlocking();
    }
    return true;
}

void PaymentDialog::saveReceiptAs(PrintDocument::Paper paper)
{
    if (!m_payment)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save receipt as PDF"),
        folder + QLatin1Char('/') + m_payment->receiptNo + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        printReceipt(paper, path);
}
