// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/payment.h"
#include "core/master/masterdata.h"
#include "core/staff/session.h"
#include "ui/printing/printdocument.h"
#include "ui/printing/receiptprinter.h"

#include <QDialog>
#include <QList>

#include <optional>

class ApprovalDialog;
class Database;
class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class ShiftGate;

// Taking a payment at the counter (收费): the fee items of the catalogue with quantities,
// the total, and the method (cash with the amount handed over and the change, bank card or
// mobile QR with the reference, or a waiver a supervisor approves); then the receipt,
// printed on the roll or on A4 or saved as PDF. The request key is made when the dialog
// opens, so a double click or a retry can never pay twice; when the same matter has a
// payment whose receipt never got printed, or the case is paid, the dialog offers the
// reprint instead of a second payment. Enter takes the payment (cash handed over left empty
// is the exact amount) and prints the receipt at once on the default printer; the preview,
// A4 and PDF stay on the buttons after.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(Database &db, const Session &session, const PaymentTarget &target,
                  QWidget *parent = nullptr);

    const QString &requestKey() const { return m_requestKey; }
    // The payment once taken.
    const std::optional<Payment> &payment() const { return m_payment; }
    QString errorText() const;
    // The receipt of a payment found unprinted (or the case's payment), if any.
    QString blockingReceipt() const { return m_blockingReceipt; }

    // What the clerk does, for tests and shortcuts.
    void setCaseNo(const QString &caseNo);
    void setServiceNumber(const QString &number);
    void addFee(const QString &feeCode, int quantity = 1);
    void setFee(int row, const QString &feeCode);
    void setQuantity(int row, int quantity);
    int lineCount() const;
    void setMethod(PaymentMethod method);
    void setTendered(const QString &text);
    void setReference(const QString &text);
    void setWaiverReason(const QString &text);
    QString totalText() const;
    QString changeText() const;
    // Presses "Take payment". A waiver first opens the supervisor's approval.
    void submit();
    ApprovalDialog *pendingApproval() const { return m_approval; }
    // The shift check shown before anything is filled in.
    ShiftGate *shiftGate() const { return m_gate; }
    // Prints the receipt of the payment taken (or the blocking one): pdfPath empty shows the
    // print preview. False with errorText() set when refused.
    bool printReceipt(PrintDocument::Paper paper, const QString &pdfPath = QString());
    // Where the receipt goes at once when the payment is taken (the default printer unless
    // set).
    void setReceiptDevice(ReceiptPrinter::Device device) { m_device = std::move(device); }
    // Whether a case of item is paid at the window by this staff member: the item has fees
    // and the staff member takes payments.
    static bool offeredFor(const Session &session, const CatalogueItem &item);

signals:
    void paymentTaken(const QString &receiptNo);

private:
    QWidget *buildForm();
    QGroupBox *buildPaymentForGroup(QWidget *page);
    QTableWidget *buildFeeLines(QWidget *page);
    QHBoxLayout *buildFeeLineButtons(QWidget *page);
    QGroupBox *buildMethodGroup(QWidget *page);
    QWidget *buildCashPage();
    QWidget *buildReferencePage();
    QWidget *buildWaiverPage();
    QHBoxLayout *buildBlockingRow(QWidget *page);
    QLabel *buildErrorLabel(QWidget *page);
    QDialogButtonBox *buildButtons(QWidget *page);
    QWidget *buildDone();
    void addLineRow(const QString &feeCode, int quantity);
    void removeSelectedLine();
    void updateTotal();
    void updateMethod();
    void checkBlocking();
    void take(const std::optional<Session> &approver);
    void showDone();
    void printAtOnce();
    void showError(const QString &text);
    void saveReceiptAs(PrintDocument::Paper paper);
    PaymentTarget currentTarget() const;
    PaymentMethod method() const;
    Money total() const;

    Database &m_db;
    Session m_session;
    PaymentTarget m_target;
    QString m_requestKey;
    QList<FeeItem> m_fees;
    std::optional<Payment> m_payment;
    QString m_blockingReceipt;
    bool m_busy = false;
    ReceiptPrinter::Device m_device;

    QStackedWidget *m_pages;
    ShiftGate *m_gate = nullptr;
    QWidget *m_body = nullptr;
    QLineEdit *m_caseNo = nullptr;
    QLineEdit *m_serviceNumber = nullptr;
    QTableWidget *m_lines;
    QLabel *m_total;
    QButtonGroup *m_methods;
    QStackedWidget *m_methodDetail;
    QLineEdit *m_tendered;
    QLabel *m_change;
    QLineEdit *m_reference;
    QLineEdit *m_waiverReason;
    QLabel *m_blocking;
    QPushButton *m_printBlocking;
    QLabel *m_error;
    QPushButton *m_take;
    QLabel *m_doneText;
    QLabel *m_printResult;
    QPushButton *m_close = nullptr;
    ApprovalDialog *m_approval = nullptr;
};
