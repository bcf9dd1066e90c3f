// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cash/adjustmentdialog.h"

#include "core/cash/paymentservice.h"
#include "core/staff/approvalrule.h"
#include "ui/cash/shiftgate.h"
#include "ui/shell/approvaldialog.h"
#include "ui/shell/dialogfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AdjustmentDialog::AdjustmentDialog(Database &db, const Session &session, const Payment &payment,
                                   Kind kind, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_payment(payment), m_kind(kind),
      m_reason(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(kind == Kind::Void ? QStringLiteral("voidDialog")
                                     : QStringLiteral("refundDialog"));
    setWindowTitle(kind == Kind::Void ? tr("Void receipt") : tr("Refund"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildIntro());
    layout->addWidget(buildWhat());
    m_gate = new ShiftGate(db, session, this);
    layout->addWidget(m_gate);
    auto *form = new QFormLayout;
    if (kind == Kind::Refund) {
        m_amount = new QLineEdit(payment.refundable().formatPlain(), this);
        m_amount->setObjectName(QStringLiteral("refundAmount"));
        form->addRow(tr("Amount to refund (¥)"), m_amount);
    }
    m_reason->setObjectName(QStringLiteral("adjustmentReason"));
    m_reason->setMaxLength(PaymentService::MaxReasonLength);
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("adjustmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(kind == Kind::Void ? tr("Void (needs approval)...")
                                   : tr("Refund (needs approval)..."));
    layout->addWidget(buttons);
    // Money goes back through the clerk's own open shift: checked now, not after approval.
    const auto gateChanged = [this, ok](bool ready) {
        ok->setEnabled(ready);
        m_reason->setEnabled(ready);
        if (m_amount)
            m_amount->setEnabled(ready);
    };
    gateChanged(m_gate->isReady());
    connect(m_gate, &ShiftGate::readyChanged, this, gateChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustmentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

// The receipt being paid back.
QLabel *AdjustmentDialog::buildIntro()
{
    QStringList lines;
    for (const PaymentLine &l : m_payment.lines)
        lines.append(QStringLiteral("%1 ×%2").arg(l.feeName).arg(l.quantity));
    const QString items = lines.join(QStringLiteral("; "));
    auto *intro =
        new QLabel(tr("Receipt %1 of %2, %3, paid by %4 (%5). Refunded so far: %6.")
                       .arg(m_payment.receiptNo, m_payment.businessDay.toString(Qt::ISODate),
                            m_payment.amount.format(), PaymentTerms::displayName(m_payment.method),
                            items, m_payment.refunded.format()),
                   this);
    intro->setWordWrap(true);
    return intro;
}

// What it does and who will approve it, before the reason and the password are typed.
QLabel *AdjustmentDialog::buildWhat()
{
    const QString does = m_kind == Kind::Void
                             ? tr("Voiding pays the whole amount back the way it was paid and "
                                  "cancels the receipt. Only payments of today, before the day "
                                  "is closed.")
                             : tr("A refund pays part or all of the amount back the way it was "
                                  "paid.");
    auto *what =
        new QLabel(QStringLiteral("%1 %2").arg(does, ApprovalRule::whoMayApprove(m_session)), this);
    what->setObjectName(QStringLiteral("adjustmentWhat"));
    what->setWordWrap(true);
    return what;
}

void AdjustmentDialog::setReason(const QString &text)
{
    m_reason->setText(text);
}

void AdjustmentDialog::setAmount(const QString &text)
{
    if (m_amount)
        m_amount->setText(text);
}

QString AdjustmentDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void AdjustmentDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (isVisible())
        DialogFit::grow(this);
}

void AdjustmentDialog::submit()
{
    if (m_approval)
        return;
    // The checks that need no approval, so the supervisor is not called for nothing.
    if (m_reason->text().trimmed().isEmpty()) {
        showError(tr("Write the reason; it is kept with the record for the audit."));
        return;
    }
    if (m_amount) {
        const Result<Money> amount = Money::parse(m_amount->text());
        if (!amount) {
            showError(amount.error().message());
            return;
        }
    }
    showError(QString());
    const QString what =
        m_kind == Kind::Void
            ? tr("Void receipt %1 (%2): %3")
                  .arg(m_payment.receiptNo, m_payment.amount.format(), m_reason->text().trimmed())
            : tr("Refund %1 of receipt %2: %3")
                  .arg(Money::parse(m_amount->text()).value().format(), m_payment.receiptNo,
                       m_reason->text().trimmed());
    m_approval = new ApprovalDialog(m_db, m_session, what, Permission::Approve, this);
    m_approval->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_approval, &QDialog::accepted, this, [this] {
        const Session approver = m_approval->approver();
        m_approval = nullptr;
        record(approver);
    });
    connect(m_approval, &QDialog::rejected, this, [this] { m_approval = nullptr; });
    m_approval->open();
}

void AdjustmentDialog::record(const Session &approver)
{
    PaymentService payments(m_db);
    const Result<PaymentAdjustment> done =
        m_kind == Kind::Void
            ? payments.voidPayment(m_session, m_payment.receiptNo, m_reason->text(), approver)
            : payments.refund(m_session, m_payment.receiptNo, m_amount->text(), m_reason->text(),
                              approver);
    if (!done) {
        showError(done.error().message());
        return;
    }
    m_adjustment = done.value();
    accept();
}
