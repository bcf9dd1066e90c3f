// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/payment.h"
#include "core/common/result.h"
#include "core/staff/session.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;
class WriteTransaction;

// Taking money (rule 10 of DOMAIN.md): only the catalogue's fee items at their published
// rates, by cash, bank card, mobile QR or a waiver a supervisor approved; every payment in
// the clerk's open shift, numbered without gaps per device and day (RC…), with one event.
// Voids and refunds are approved by a supervisor with their own credentials
// (StaffService::authoriseApproval gives the approver's Session); the payment itself is
// never edited. Partner staff take no money (Permission::TakePayment).
//
// No double payment: a case is paid once; the request key made when the payment form
// opens is stored UNIQUE, so a double click or a retry can never pay twice; and a
// payment whose receipt was never printed (the program stopped after the commit) blocks a
// new payment for the same case, service or customer until it is printed.
class PaymentService
{
public:
    static constexpr int MaxQuantity = 999;
    static constexpr int MaxReasonLength = 500;
    static constexpr int MaxLines = 20;
    // Change above this means the tendered amount was mistyped.
    static constexpr qint64 MaxChangeFen = 100'000; // ¥1,000.00
    // Reprints a clerk may make alone; later ones need a supervisor's approval.
    static constexpr int FreeReprints = 2;

    explicit PaymentService(Database &db) : m_db(db) {}

    // A new request key, made when a payment form opens.
    static QString newRequestKey();

    // Takes a payment. A waiver needs approver (a supervisor other than the clerk).
    // Refusals: auth.*, payment.no_staff, payment.no_request_key, payment.no_target,
    // payment.no_lines, payment.too_many_lines, payment.bad_quantity, payment.unknown_fee,
    // payment.inactive_fee, payment.fee_not_for_case, payment.nothing_due,
    // payment.too_large, payment.unknown_case, payment.case_refused, payment.case_paid,
    // payment.unknown_customer, payment.bad_service_number, payment.duplicate_request,
    // payment.unprinted, payment.tendered_short, payment.change_too_large,
    // payment.reference_required, payment.bad_reference, payment.reason_required,
    // approval.*, shift.none, shift.stale, day.closed, money.*.
    Result<Payment> take(const Session &session, const PaymentRequest &request,
                         const std::optional<Session> &approver = std::nullopt);

    // Voids a payment of today's business day (before the day is closed): the whole
    // amount goes back the way it came, from the clerk's current shift. Refusals:
    // payment.not_found, payment.already_voided, payment.void_refunded,
    // payment.void_after_close, payment.void_other_day, payment.reason_required,
    // approval.*, shift.*, day.closed.
    Result<PaymentAdjustment> voidPayment(const Session &session, const QString &receiptNo,
                                          const QString &reason, const Session &approver);

    // Pays back part or all of a payment (amountText as typed), dated today. Refusals:
    // payment.not_found, payment.refund_voided, payment.refund_waiver,
    // payment.refund_zero, payment.refund_too_much, payment.reason_required, approval.*,
    // shift.*, day.closed, money.*.
    Result<PaymentAdjustment> refund(const Session &session, const QString &receiptNo,
                                     const QString &amountText, const QString &reason,
                                     const Session &approver);

    // Records a print of the receipt once the printer or the PDF file took it, and returns
    // the copy number: 0 for the original, 1, 2… for reprints (补打, each a
    // receipt.reprinted event). Reprints after FreeReprints need approver. paper: "roll" or
    // "a4". Refusals: payment.not_found, payment.reprint_needs_approval, payment.bad_paper,
    // approval.*.
    Result<int> recordPrint(const Session &session, const QString &receiptNo, const QString &paper,
                            const std::optional<Session> &approver = std::nullopt);
    // The copy number the next print will have, after the same checks as recordPrint (the
    // same refusals); records nothing. For the copy mark on the paper before it prints.
    Result<int> nextPrint(const Session &session, const QString &receiptNo, const QString &paper,
                          const std::optional<Session> &approver = std::nullopt) const;

    Result<Payment> find(const QString &receiptNo) const;
    QList<PaymentAdjustment> adjustments(const QString &receiptNo) const;
    // The payment for the same case, service or customer as target whose receipt was never
    // printed, if any (the newest).
    std::optional<Payment> unprintedFor(const PaymentTarget &target) const;
    // The standing (not voided) payment of a case, if any.
    std::optional<Payment> paymentForCase(const QString &caseNo) const;

    // The approval rules shared with the other money actions: approver is a valid session
    // with Permission::Approve and not the requester. Refusals: approval.missing,
    // approval.self, approval.not_allowed.
    static Status checkApprover(const Session &requester, const std::optional<Session> &approver);

private:
    // The parts of voidPayment and refund inside their transaction, after the checks that
    // need no reading.
    Result<PaymentAdjustment> writeVoid(WriteTransaction &tx, const Session &session,
                                        const QString &receiptNo, const QString &reason,
                                        const Session &approver);
    Result<PaymentAdjustment> writeRefund(WriteTransaction &tx, const Session &session,
                                          const QString &receiptNo, Money amount,
                                          const QString &reason, const Session &approver);

    Database &m_db;
};
