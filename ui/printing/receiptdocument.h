// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/payment.h"
#include "ui/printing/printdocument.h"

#include <QCoreApplication>
#include <QList>

struct DeviceIdentity;

// The receipt (收据) of a payment, on the 80 mm roll or on A4: the branch, the receipt
// number, who took what for what, the fee lines, the method, and a QR code with the
// receipt number, the amount and the event hash (ReceiptCode) for headquarters to verify.
// A reprint (copy > 0) is marked 补打 with its count; a voided or refunded payment says so.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)
public:
    static PrintDocument build(const Payment &payment, const QList<PaymentAdjustment> &adjustments,
                               const DeviceIdentity &identity, PrintDocument::Paper paper,
                               int copy);
    // "roll" or "a4", as PaymentService::recordPrint stores it.
    static QString paperKey(PrintDocument::Paper paper);

private:
    // The receipt's blocks, top to bottom.
    static QString styleBlock(bool roll);
    static QString titleBlock(const Payment &payment, const QString &branchName, int copy);
    static QString headBlock(const Payment &payment);
    static QString linesBlock(const Payment &payment, bool roll);
    static QString methodBlock(const Payment &payment, const QList<PaymentAdjustment> &adjustments);
    static QString verifyBlock(const Payment &payment, bool roll);
};
