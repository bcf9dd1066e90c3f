// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/paymenttarget.h"
#include "core/common/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// How a customer paid. A waiver collects nothing: the fee is let off with a supervisor's
// approval, and the receipt says so.
enum class PaymentMethod { Cash, Card, Qr, Waiver };

// A payment's state. Voided and refunded payments keep their row as taken; the void or
// refund is a record of its own.
enum class PaymentStatus { Taken, Voided, PartRefunded, Refunded };

// The stored keys and the translated names of methods and states.
class PaymentTerms
{
    Q_DECLARE_TR_FUNCTIONS(PaymentTerms)
public:
    static QString key(PaymentMethod method); // "cash", "card", "qr", "waiver"
    static bool fromKey(const QString &key, PaymentMethod *method);
    static QString displayName(PaymentMethod method);
    static QList<PaymentMethod> methods();

    static QString key(PaymentStatus status); // "taken", "voided", "part_refunded", "refunded"
    static bool fromKey(const QString &key, PaymentStatus *status);
    static QString displayName(PaymentStatus status);
};

// One fee line as the clerk asks for it: a catalogue fee item and how many.
struct PaymentLineRequest
{
    QString feeCode;
    int quantity = 1;
};

// One fee line as charged: the item's name and rate are copied at payment time.
struct PaymentLine
{
    QString feeCode;
    QString feeName;
    QString unit;
    Money unitPrice;
    int quantity = 0;
    Money amount;
};

// What the payment form sends. Amounts are the text the clerk typed: core reads them
// (Money::parse) so that a typing slip is refused in one place.
struct PaymentRequest
{
    QString requestKey; // made when the form opens (PaymentService::newRequestKey)
    PaymentTarget target;
    QList<PaymentLineRequest> lines;
    PaymentMethod method = PaymentMethod::Cash;
    QString tendered;     // cash: what the customer handed over
    QString reference;    // card: terminal trace number; QR: transaction number
    QString waiverReason; // waiver: why the fee is let off
};

// A payment as stored (table payment with its lines).
struct Payment
{
    QString receiptNo;
    QString requestKey;
    QString customerId;
    QString caseNo;
    QString serviceId;
    QString serviceNumber;
    QString payerName;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    Money tendered; // cash only
    Money change;   // cash only
    QString reference;
    QString waiverReason;
    QString approvedBy; // waiver
    PaymentStatus status = PaymentStatus::Taken;
    Money refunded; // sum of its refunds
    QString staffNo;
    QString window;
    QString shiftId;
    QString takenAt; // UTC stamp
    QDate businessDay;
    QString eventHash; // of its payment.taken event, printed in the receipt's QR code
    int prints = 0;    // copies printed so far (0: never printed)
    QList<PaymentLine> lines;

    Money refundable() const
    {
        return status == PaymentStatus::Voided ? Money() : amount - refunded;
    }
};

// A void or a refund, each approved by a supervisor.
struct PaymentAdjustment
{
    QString adjustmentId;
    QString receiptNo;
    QString kind; // "void" or "refund"
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QString reason;
    QString staffNo;
    QString approvedBy;
    QString shiftId;
    QString at;
    QDate businessDay;
};
