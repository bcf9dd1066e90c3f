// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/receiptprinter.h"

#include "core/cash/paymentservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "ui/printing/receiptdocument.h"
#include "ui/shell/approvaldialog.h"

bool ReceiptPrinter::print(QWidget *parent, const QString &receiptNo, PrintDocument::Paper paper,
                           const QString &pdfPath, QString *error)
{
    PaymentService payments(m_db);
    const QString paperKey = ReceiptDocument::paperKey(paper);
    Result<int> copy = payments.recordPrint(m_session, receiptNo, paperKey);
    if (!copy && copy.error().code() == QLatin1String("payment.reprint_needs_approval") && parent) {
        ApprovalDialog approval(m_db, m_session, tr("Reprint receipt %1 once more.").arg(receiptNo),
                                Permission::Approve, parent);
        if (approval.exec() != QDialog::Accepted) {
            if (error)
                *error = copy.error().message();
            return false;
        }
        copy = payments.recordPrint(m_session, receiptNo, paperKey, approval.approver());
    }
    if (!copy) {
        if (error)
            *error = copy.error().message();
        return false;
    }
    const Result<Payment> payment = payments.find(receiptNo);
    if (!payment) {
        if (error)
            *error = payment.error().message();
        return false;
    }
    const PrintDocument doc =
        ReceiptDocument::build(payment.value(), payments.adjustments(receiptNo),
                               DeviceIdentity::load(m_db.connection()), paper, copy.value());
    if (pdfPath.isEmpty()) {
        doc.preview(parent);
        return true;
    }
    return doc.savePdf(pdfPath, error);
}
