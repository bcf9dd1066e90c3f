// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/receiptprinter.h"

#include "core/cash/paymentservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "ui/printing/receiptdocument.h"
#include "ui/shell/approvaldialog.h"

#include <QPrinter>
#include <QPrinterInfo>

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool ReceiptPrinter::print(QWidget *parent, const QString &receiptNo, PrintDocument::Paper paper,
                           const QString &pdfPath, QString *error)
{
    if (!pdfPath.isEmpty()) {
        return output(
            parent, receiptNo, paper,
            [pdfPath](const PrintDocument &doc, QString *why) { return doc.savePdf(pdfPath, why); },
            error);
    }
    return output(
        parent, receiptNo, paper,
        [parent, receiptNo](const PrintDocument &doc, QString *why) {
            if (doc.preview(parent))
                return true;
            return fail(why, tr("Receipt %1 was not printed: the preview was closed "
                                "without printing.")
                                 .arg(receiptNo));
        },
        error);
}

bool ReceiptPrinter::defaultPrinter(const PrintDocument &doc, QString *error)
{
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (info.isNull()) {
        return fail(error, tr("No receipt printer is set up on this computer: print the receipt "
                              "from the preview and choose a printer there."));
    }
    QPrinter printer(info, QPrinter::HighResolution);
    doc.setUp(printer);
    if (!doc.print(printer))
        return fail(error, tr("The printer %1 did not take the receipt.").arg(info.printerName()));
    return true;
}

bool ReceiptPrinter::printNow(QWidget *parent, const QString &receiptNo, PrintDocument::Paper paper,
                              const Device &device, QString *error)
{
    return output(parent, receiptNo, paper, device ? device : Device(&defaultPrinter), error);
}

bool ReceiptPrinter::output(QWidget *parent, const QString &receiptNo, PrintDocument::Paper paper,
                            const Device &device, QString *error)
{
    PaymentService payments(m_db);
    const QString paperKey = ReceiptDocument::paperKey(paper);
    std::optional<Session> approver;
    Result<int> copy = payments.nextPrint(m_session, receiptNo, paperKey);
    if (!copy && copy.error().code() == QLatin1String("payment.reprint_needs_approval") && parent) {
        ApprovalDialog approval(m_db, m_session, tr("Reprint receipt %1 once more.").arg(receiptNo),
                                Permission::Approve, parent);
        if (approval.exec() != QDialog::Accepted)
            return fail(error, copy.error().message());
        approver = approval.approver();
        copy = payments.nextPrint(m_session, receiptNo, paperKey, approver);
    }
    if (!copy)
        return fail(error, copy.error().message());
    const Result<Payment> payment = payments.find(receiptNo);
    if (!payment)
        return fail(error, payment.error().message());
    const PrintDocument doc =
        ReceiptDocument::build(payment.value(), payments.adjustments(receiptNo),
                               DeviceIdentity::load(m_db.connection()), paper, copy.value());
    if (!device(doc, error))
        return false;
    // Counted only now that the printer or the file took it: a preview is no print.
    const Result<int> recorded = payments.recordPrint(m_session, receiptNo, paperKey, approver);
    if (!recorded) {
        return fail(error, tr("Receipt %1 was printed, but the print could not be recorded: %2")
                               .arg(receiptNo, recorded.error().message()));
    }
    return true;
}
