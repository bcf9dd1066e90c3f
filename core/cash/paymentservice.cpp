// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cash/paymentservice.h"

#include "core/cases/casestate.h"
#include "core/cash/shiftservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/documentnumber.h"
#include "core/common/numbersequence.h"
#include "core/staff/approvalrule.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

const char *const kPaymentColumns =
    "p.receipt_no, p.request_key, p.customer_id, p.case_no, p.service_id, p.service_number, "
    "p.payer_name, p.amount_fen, p.method, p.tendered_fen, p.change_fen, p.reference, "
    "p.waiver_reason, p.approved_by, p.status, p.staff_no, p.window_code, p.shift_id, "
    "p.taken_at, p.business_day, p.event_hash, "
    "(SELECT coalesce(sum(a.amount_fen), 0) FROM payment_adjustment a WHERE a.receipt_no = "
    "p.receipt_no AND a.kind = 'refund'), "
    "(SELECT count(*) FROM receipt_print r WHERE r.receipt_no = p.receipt_no)";

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// An empty text column: a null QString would bind as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QJsonValue jsonOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

Payment paymentFrom(const QSqlQuery &q)
{
    Payment p;
    p.receiptNo = q.value(0).toString();
    p.requestKey = q.value(1).toString();
    p.customerId = q.value(2).toString();
    p.caseNo = q.value(3).toString();
    p.serviceId = q.value(4).toString();
    p.serviceNumber = q.value(5).toString();
    p.payerName = q.value(6).toString();
    p.amount = Money::fromFen(q.value(7).toLongLong());
    PaymentTerms::fromKey(q.value(8).toString(), &p.method);
    p.tendered = Money::fromFen(q.value(9).toLongLong());
    p.change = Money::fromFen(q.value(10).toLongLong());
    p.reference = q.value(11).toString();
    p.waiverReason = q.value(12).toString();
    p.approvedBy = q.value(13).toString();
    PaymentTerms::fromKey(q.value(14).toString(), &p.status);
    p.staffNo = q.value(15).toString();
    p.window = q.value(16).toString();
    p.shiftId = q.value(17).toString();
    p.takenAt = q.value(18).toString();
    p.businessDay = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    p.eventHash = q.value(20).toString();
    p.refunded = Money::fromFen(q.value(21).toLongLong());
    p.prints = q.value(22).toInt();
    return p;
}

std::optional<Payment> selectPayment(const QSqlDatabase &db, const QString &where,
                                     const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM payment p WHERE %2")
                  .arg(QLatin1String(kPaymentColumns), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Payment p = paymentFrom(q);
    q.finish();
    q.prepare(QStringLiteral("SELECT fee_code, fee_name, unit, unit_fen, quantity, amount_fen "
                             "FROM payment_line WHERE receipt_no = ? ORDER BY line_no"));
    q.addBindValue(p.receiptNo);
    if (q.exec()) {
        while (q.next()) {
            PaymentLine l;
            l.feeCode = q.value(0).toString();
            l.feeName = q.value(1).toString();
            l.unit = q.value(2).toString();
            l.unitPrice = Money::fromFen(q.value(3).toLongLong());
            l.quantity = q.value(4).toInt();
            l.amount = Money::fromFen(q.value(5).toLongLong());
            p.lines.append(l);
        }
    }
    return p;
}

Error notFound(const QString &receiptNo)
{
    return Error(QStringLiteral("payment.not_found"),
                 QT_TRANSLATE_NOOP("Error", "There is no receipt %1. Check the number printed on "
                                            "the receipt."),
                 {receiptNo});
}

Status requireCashier(const Session &session)
{
    if (const Status s = session.require(Permission::TakePayment); !s)
        return s;
    // Every payment has an accountable handler (rule 10): a staff number, never the console.
    if (session.staffNo.isEmpty()) {
        return Error(QStringLiteral("payment.no_staff"),
                     QT_TRANSLATE_NOOP("Error", "Money is taken by a staff member signed in "
                                                "with their staff number. Sign in at the "
                                                "counter."));
    }
    return success();
}

Result<QString> reasonFrom(const QString &raw)
{
    const QString reason = raw.trimmed();
    if (reason.isEmpty() || reason.size() > PaymentService::MaxReasonLength) {
        return Error(QStringLiteral("payment.reason_required"),
                     QT_TRANSLATE_NOOP("Error", "Write the reason (at most 500 characters); it "
                                                "is kept with the record for the audit."));
    }
    return reason;
}

QString localTime(const QString &stamp)
{
    return Clock::parseStamp(stamp).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The standing status after refunds totalling refunded of amount.
PaymentStatus statusAfterRefund(Money amount, Money refunded)
{
    return refunded >= amount ? PaymentStatus::Refunded : PaymentStatus::PartRefunded;
}

Result<Payment> loadPayment(const QSqlDatabase &db, const QString &receiptNo)
{
    const std::optional<Payment> p =
        selectPayment(db, QStringLiteral("p.receipt_no = ?"), {receiptNo.trimmed()});
    if (!p)
        return notFound(receiptNo);
    return *p;
}

// A receipt prints on the roll or on A4, by a cashier; an approver given must be valid.
Status checkPrint(const Session &session, const QString &paper,
                  const std::optional<Session> &approver)
{
    if (const Status s = requireCashier(session); !s)
        return s;
    if (paper != QLatin1String("roll") && paper != QLatin1String("a4")) {
        return Error(QStringLiteral("payment.bad_paper"),
                     QT_TRANSLATE_NOOP("Error", "Receipts print on the 80 mm roll or on A4, not "
                                                "on \"%1\"."),
                     {paper});
    }
    if (approver)
        return PaymentService::checkApprover(session, approver);
    return success();
}

// Copies after the free reprints need a supervisor's approval.
Status checkCopy(const QString &receiptNo, int copy, bool approved)
{
    if (copy > PaymentService::FreeReprints && !approved) {
        return Error(QStringLiteral("payment.reprint_needs_approval"),
                     QT_TRANSLATE_NOOP("Error", "Receipt %1 was already reprinted %2 times. "
                                                "Another reprint needs a supervisor's "
                                                "approval."),
                     {receiptNo, QString::number(copy - 1)});
    }
    return success();
}

// Voids and refunds: a cashier asks, a supervisor other than the cashier approves.
Status requireApprovedCashier(const Session &session, const Session &approver)
{
    if (const Status s = requireCashier(session); !s)
        return s;
    return PaymentService::checkApprover(session, approver);
}

// ---- Taking a payment ----------------------------------------------------------------

Status checkTarget(const PaymentTarget &target)
{
    if (target.isEmpty()) {
        return Error(QStringLiteral("payment.no_target"),
                     QT_TRANSLATE_NOOP("Error", "Say what the payment is for: a case, a service "
                                                "number or a customer."));
    }
    const QString serviceNumber = target.serviceNumber.trimmed();
    static const QRegularExpression serviceNumberPattern(QStringLiteral("^[0-9A-Za-z-]{3,32}$"));
    if (!serviceNumber.isEmpty() && !serviceNumberPattern.match(serviceNumber).hasMatch()) {
        return Error(QStringLiteral("payment.bad_service_number"),
                     QT_TRANSLATE_NOOP("Error", "\"%1\" is not a service number. Type the phone, "
                                                "broadband or account number without spaces."),
                     {serviceNumber});
    }
    return success();
}

// The lines: each fee item once (repeats are added up), a sensible quantity.
Result<QList<PaymentLineRequest>> mergedLines(const QList<PaymentLineRequest> &requested)
{
    QList<PaymentLineRequest> lines;
    for (const PaymentLineRequest &raw : requested) {
        const QString code = raw.feeCode.trimmed();
        if (raw.quantity < 1 || raw.quantity > PaymentService::MaxQuantity) {
            return Error(QStringLiteral("payment.bad_quantity"),
                         QT_TRANSLATE_NOOP("Error", "The quantity %1 for fee item %2 is not "
                                                    "possible. Type a whole number from 1 to "
                                                    "999."),
                         {QString::number(raw.quantity), code});
        }
        auto same = std::find_if(lines.begin(), lines.end(), [&code](const PaymentLineRequest &l) {
            return l.feeCode == code;
        });
        if (same != lines.end())
            same->quantity += raw.quantity;
        else
            lines.append({code, raw.quantity});
    }
    if (lines.isEmpty()) {
        return Error(QStringLiteral("payment.no_lines"),
                     QT_TRANSLATE_NOOP("Error", "Add at least one fee item from the catalogue "
                                                "to the payment."));
    }
    if (lines.size() > PaymentService::MaxLines) {
        return Error(QStringLiteral("payment.too_many_lines"),
                     QT_TRANSLATE_NOOP("Error", "A receipt holds at most 20 fee items. Take the "
                                                "rest as a second payment."));
    }
    return lines;
}

// A card or QR payment names the terminal's trace or transaction number.
Result<QString> referenceFrom(const QString &raw)
{
    const QString reference = raw.trimmed();
    if (reference.isEmpty()) {
        return Error(QStringLiteral("payment.reference_required"),
                     QT_TRANSLATE_NOOP("Error", "Type the reference of the card or QR "
                                                "payment (the trace or transaction number "
                                                "on the terminal's slip or the phone)."));
    }
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z-]{4,40}$"));
    if (!pattern.match(reference).hasMatch()) {
        return Error(QStringLiteral("payment.bad_reference"),
                     QT_TRANSLATE_NOOP("Error", "\"%1\" is not a payment reference: type the "
                                                "4 to 40 letters and digits from the "
                                                "terminal's slip."),
                     {reference});
    }
    return reference;
}

// What the method needs (a reference; a waiver's reason and approval), before anything is
// read; it is kept in p.
Status readMethodTerms(const Session &session, const PaymentRequest &request,
                       const std::optional<Session> &approver, Payment &p)
{
    switch (request.method) {
    case PaymentMethod::Cash:
        return success();
    case PaymentMethod::Card:
    case PaymentMethod::Qr: {
        const Result<QString> reference = referenceFrom(request.reference);
        if (!reference)
            return reference.error();
        p.reference = reference.value();
        return success();
    }
    case PaymentMethod::Waiver: {
        const Result<QString> reason = reasonFrom(request.waiverReason);
        if (!reason)
            return reason.error();
        if (const Status s = PaymentService::checkApprover(session, approver); !s)
            return s;
        p.waiverReason = reason.value();
        p.approvedBy = approver->staffNo;
        return success();
    }
    }
    return success();
}

// A payment being taken: the request as checked, and the payment filled in step by step.
struct PaymentDraft
{
    PaymentTarget target;
    QList<PaymentLineRequest> lines; // each fee item once
    QString tendered;                // cash: as typed
    QStringList caseFees;            // the fee items the case's matter lists
    Payment payment;
};

// The checks that need no reading, in the order the form is filled in.
Result<PaymentDraft> draftPayment(const Session &session, const PaymentRequest &request,
                                  const std::optional<Session> &approver)
{
    if (const Status s = requireCashier(session); !s)
        return s.error();
    if (request.requestKey.trimmed().isEmpty()) {
        return Error(QStringLiteral("payment.no_request_key"),
                     QT_TRANSLATE_NOOP("Error", "The payment form is incomplete. Close it and "
                                                "open it again."));
    }
    if (const Status s = checkTarget(request.target); !s)
        return s.error();
    const Result<QList<PaymentLineRequest>> lines = mergedLines(request.lines);
    if (!lines)
        return lines.error();
    PaymentDraft d;
    d.target = request.target;
    d.lines = lines.value();
    d.tendered = request.tendered;
    Payment &p = d.payment;
    p.method = request.method;
    if (const Status s = readMethodTerms(session, request, approver, p); !s)
        return s.error();
    p.requestKey = request.requestKey;
    p.customerId = request.target.customerId;
    p.caseNo = request.target.caseNo;
    p.serviceId = request.target.serviceId;
    p.serviceNumber = request.target.serviceNumber.trimmed();
    p.status = PaymentStatus::Taken;
    p.staffNo = session.staffNo;
    return d;
}

Status checkTotal(Money total)
{
    if (!total.isPositive()) {
        return Error(QStringLiteral("payment.nothing_due"),
                     QT_TRANSLATE_NOOP("Error", "These fee items come to ¥0.00: there is "
                                                "nothing to pay."));
    }
    if (total.fen() > Money::maxFen) {
        return Error(QStringLiteral("payment.too_large"),
                     QT_TRANSLATE_NOOP("Error", "The payment comes to %1, above the limit "
                                                "of ¥10,000,000.00 for one receipt. Check "
                                                "the quantities."),
                     {total.format()});
    }
    return success();
}

// The data of the payment.taken event.
QJsonObject takenEventData(const Payment &p)
{
    QJsonArray items;
    for (const PaymentLine &l : p.lines) {
        items.append(QJsonObject{{QStringLiteral("fee_code"), l.feeCode},
                                 {QStringLiteral("qty"), l.quantity},
                                 {QStringLiteral("amount_fen"), l.amount.fen()},
                                 {QStringLiteral("unit_fen"), l.unitPrice.fen()}});
    }
    QJsonObject data{{QStringLiteral("receipt_no"), p.receiptNo},
                     {QStringLiteral("case_no"), jsonOrNull(p.caseNo)},
                     {QStringLiteral("customer_id"), jsonOrNull(p.customerId)},
                     {QStringLiteral("service_id"), jsonOrNull(p.serviceId)},
                     {QStringLiteral("service_number"), jsonOrNull(p.serviceNumber)},
                     {QStringLiteral("amount_fen"), p.amount.fen()},
                     {QStringLiteral("method"), PaymentTerms::key(p.method)},
                     {QStringLiteral("shift_id"), p.shiftId},
                     {QStringLiteral("window"), p.window},
                     {QStringLiteral("business_day"), day(p.businessDay)},
                     {QStringLiteral("request_key"), p.requestKey},
                     {QStringLiteral("items"), items}};
    if (p.method == PaymentMethod::Cash) {
        data.insert(QStringLiteral("tendered_fen"), p.tendered.fen());
        data.insert(QStringLiteral("change_fen"), p.change.fen());
    } else if (p.method == PaymentMethod::Waiver) {
        data.insert(QStringLiteral("reason"), p.waiverReason);
        data.insert(QStringLiteral("approved_by"), p.approvedBy);
    } else {
        data.insert(QStringLiteral("reference"), p.reference);
    }
    return data;
}

Status insertPaymentRow(WriteTransaction &tx, const Payment &p)
{
    QSqlQuery &insert = tx.cached(QStringLiteral(
        "INSERT INTO payment(receipt_no, request_key, customer_id, case_no, service_id, "
        "service_number, payer_name, amount_fen, method, tendered_fen, change_fen, "
        "reference, waiver_reason, approved_by, status, staff_no, window_code, shift_id, "
        "taken_at, business_day, event_hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, 'taken', ?, ?, ?, ?, ?, ?)"));
    const bool cash = p.method == PaymentMethod::Cash;
    const QVariant noFen{QMetaType(QMetaType::LongLong)};
    for (const QVariant &v : {QVariant(p.receiptNo),
                              QVariant(p.requestKey),
                              nullable(p.customerId),
                              nullable(p.caseNo),
                              nullable(p.serviceId),
                              nullable(p.serviceNumber),
                              text(p.payerName),
                              QVariant(p.amount.fen()),
                              QVariant(PaymentTerms::key(p.method)),
                              cash ? QVariant(p.tendered.fen()) : noFen,
                              cash ? QVariant(p.change.fen()) : noFen,
                              text(p.reference),
                              text(p.waiverReason),
                              nullable(p.approvedBy),
                              QVariant(p.staffNo),
                              QVariant(p.window),
                              QVariant(p.shiftId),
                              QVariant(p.takenAt),
                              QVariant(day(p.businessDay)),
                              QVariant(p.eventHash)})
        insert.addBindValue(v);
    return tx.exec(insert);
}

Status insertPaymentLines(WriteTransaction &tx, const Payment &p)
{
    QSqlQuery &line = tx.cached(QStringLiteral(
        "INSERT INTO payment_line(receipt_no, line_no, fee_code, fee_name, unit, unit_fen, "
        "quantity, amount_fen) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    int lineNo = 0;
    for (const PaymentLine &l : p.lines) {
        for (const QVariant &v :
             {QVariant(p.receiptNo), QVariant(++lineNo), QVariant(l.feeCode), QVariant(l.feeName),
              QVariant(l.unit), QVariant(l.unitPrice.fen()), QVariant(l.quantity),
              QVariant(l.amount.fen())})
            line.addBindValue(v);
        if (const Status s = tx.exec(line); !s)
            return s;
    }
    return success();
}

// Taking a drafted payment inside its transaction: the checks that read the database, then
// the receipt number, the event and the rows.
class PaymentTaking
{
public:
    PaymentTaking(WriteTransaction &tx, const PaymentService &service, PaymentDraft draft)
        : m_tx(tx), m_service(service), m_db(tx.database().connection()), m_draft(std::move(draft)),
          m_p(m_draft.payment)
    {
    }
    PaymentTaking(const PaymentTaking &) = delete;
    PaymentTaking &operator=(const PaymentTaking &) = delete;

    Result<Payment> run(const Session &session)
    {
        m_p.businessDay = BusinessDay::today();
        const Result<Shift> shift = ShiftService::readyForMoney(m_db, session, m_p.businessDay);
        if (!shift)
            return shift.error();
        m_p.window = shift->window;
        m_p.shiftId = shift->shiftId;
        Status s = refuseDuplicateRequest();
        if (s)
            s = readCase();
        if (s)
            s = readPayer();
        if (s)
            s = refuseUnprinted();
        if (s)
            s = chargeLines();
        if (s)
            s = settleCash();
        if (s)
            s = numberReceipt();
        // The event before the rows: the payment row keeps the event's time and hash.
        if (s)
            s = appendEvent();
        if (s)
            s = insertPaymentRow(m_tx, m_p);
        if (s)
            s = insertPaymentLines(m_tx, m_p);
        if (!s)
            return s.error();
        m_tx.touch(QStringLiteral("payment"));
        return m_p;
    }

private:
    Status refuseDuplicateRequest();
    Status readCase();
    Status readPayer();
    Status refuseUnprinted();
    Status chargeLines();
    Result<PaymentLine> chargeLine(QSqlQuery &fee, const PaymentLineRequest &requested);
    Status settleCash();
    Status numberReceipt();
    Status appendEvent();

    WriteTransaction &m_tx;
    const PaymentService &m_service;
    const QSqlDatabase m_db;
    PaymentDraft m_draft;
    Payment &m_p;
};

Status PaymentTaking::refuseDuplicateRequest()
{
    QSqlQuery &key = m_tx.cached(
        QStringLiteral("SELECT receipt_no, taken_at FROM payment WHERE request_key = ?"));
    key.addBindValue(m_p.requestKey);
    if (const Status s = m_tx.exec(key); !s)
        return s;
    if (key.next()) {
        const QString receiptNo = key.value(0).toString();
        const QString at = key.value(1).toString();
        key.finish();
        return Error(QStringLiteral("payment.duplicate_request"),
                     QT_TRANSLATE_NOOP("Error", "This payment was already taken at %1 as "
                                                "receipt %2. Do not take the money again: "
                                                "reprint that receipt if it is needed."),
                     {localTime(at), receiptNo});
    }
    key.finish();
    return success();
}

// The case: it exists, was not refused, is not paid yet, and names the fees.
Status PaymentTaking::readCase()
{
    if (m_p.caseNo.isEmpty())
        return success();
    QSqlQuery &c = m_tx.cached(
        QStringLiteral("SELECT s.customer_id, s.status, i.fee_codes FROM service_case s JOIN "
                       "catalogue_item i ON i.code = s.item_code WHERE s.case_no = ?"));
    c.addBindValue(m_p.caseNo);
    if (const Status s = m_tx.exec(c); !s)
        return s;
    if (!c.next()) {
        c.finish();
        return Error(QStringLiteral("payment.unknown_case"),
                     QT_TRANSLATE_NOOP("Error", "There is no case %1. Check the case "
                                                "number on the receipt slip."),
                     {m_p.caseNo});
    }
    const QString caseCustomer = c.value(0).toString();
    const QString status = c.value(1).toString();
    const QJsonArray fees = QJsonDocument::fromJson(c.value(2).toString().toUtf8()).array();
    c.finish();
    for (const QJsonValue &f : fees)
        m_draft.caseFees.append(f.toString());
    if (status == CaseState::key(CaseStatus::Refused)) {
        return Error(QStringLiteral("payment.case_refused"),
                     QT_TRANSLATE_NOOP("Error", "Case %1 was refused: nothing is charged "
                                                "for it."),
                     {m_p.caseNo});
    }
    if (m_p.customerId.isEmpty())
        m_p.customerId = caseCustomer;
    if (const std::optional<Payment> paid = m_service.paymentForCase(m_p.caseNo)) {
        return Error(QStringLiteral("payment.case_paid"),
                     QT_TRANSLATE_NOOP("Error", "Case %1 is already paid (receipt %2, "
                                                "%3). Do not take the money again: "
                                                "reprint that receipt if it is "
                                                "needed."),
                     {m_p.caseNo, paid->receiptNo, paid->amount.format()});
    }
    return success();
}

Status PaymentTaking::readPayer()
{
    if (m_p.customerId.isEmpty())
        return success();
    QSqlQuery &c = m_tx.cached(QStringLiteral("SELECT name FROM customer WHERE customer_id = ?"));
    c.addBindValue(m_p.customerId);
    if (const Status s = m_tx.exec(c); !s)
        return s;
    const bool found = c.next();
    m_p.payerName = found ? c.value(0).toString() : QString();
    c.finish();
    if (!found) {
        return Error(QStringLiteral("payment.unknown_customer"),
                     QT_TRANSLATE_NOOP("Error", "The customer of this payment is not "
                                                "registered. Look the customer up "
                                                "again."));
    }
    return success();
}

Status PaymentTaking::refuseUnprinted()
{
    PaymentTarget resolved = m_draft.target;
    resolved.customerId = m_p.customerId;
    resolved.serviceNumber = m_p.serviceNumber;
    if (const std::optional<Payment> unprinted = m_service.unprintedFor(resolved)) {
        return Error(
            QStringLiteral("payment.unprinted"),
            QT_TRANSLATE_NOOP("Error", "Receipt %1 (%2) for the same matter was "
                                       "taken at %3 but never printed. Print it "
                                       "from the Cash area instead of taking the "
                                       "money again."),
            {unprinted->receiptNo, unprinted->amount.format(), localTime(unprinted->takenAt)});
    }
    return success();
}

// The fees: published items at their published rate, nothing else (rule 10).
Status PaymentTaking::chargeLines()
{
    QSqlQuery &fee = m_tx.cached(
        QStringLiteral("SELECT name, amount_fen, unit, active FROM fee_item WHERE code = ?"));
    for (const PaymentLineRequest &requested : std::as_const(m_draft.lines)) {
        const Result<PaymentLine> line = chargeLine(fee, requested);
        if (!line)
            return line.error();
        m_p.amount += line->amount;
        m_p.lines.append(line.value());
    }
    return checkTotal(m_p.amount);
}

Result<PaymentLine> PaymentTaking::chargeLine(QSqlQuery &fee, const PaymentLineRequest &requested)
{
    fee.addBindValue(requested.feeCode);
    if (const Status s = m_tx.exec(fee); !s)
        return s.error();
    if (!fee.next()) {
        fee.finish();
        return Error(QStringLiteral("payment.unknown_fee"),
                     QT_TRANSLATE_NOOP("Error", "There is no fee item %1 in the "
                                                "catalogue. Only published fee items "
                                                "can be charged."),
                     {requested.feeCode});
    }
    PaymentLine line;
    line.feeCode = requested.feeCode;
    line.feeName = fee.value(0).toString();
    line.unitPrice = Money::fromFen(fee.value(1).toLongLong());
    line.unit = fee.value(2).toString();
    const bool active = fee.value(3).toBool();
    fee.finish();
    if (!active) {
        return Error(QStringLiteral("payment.inactive_fee"),
                     QT_TRANSLATE_NOOP("Error", "Fee item %1 (%2) is no longer "
                                                "published and cannot be charged."),
                     {line.feeCode, line.feeName});
    }
    if (!m_p.caseNo.isEmpty() && !m_draft.caseFees.contains(line.feeCode)) {
        return Error(QStringLiteral("payment.fee_not_for_case"),
                     QT_TRANSLATE_NOOP("Error", "Fee item %1 (%2) is not a fee of the "
                                                "matter of case %3. Charge only the "
                                                "fees the catalogue lists for it."),
                     {line.feeCode, line.feeName, m_p.caseNo});
    }
    line.quantity = requested.quantity;
    const Result<Money> amount = line.unitPrice.times(requested.quantity);
    if (!amount)
        return amount.error();
    line.amount = amount.value();
    return line;
}

// Cash: what was handed over covers the total, and the change is plausible.
Status PaymentTaking::settleCash()
{
    if (m_p.method != PaymentMethod::Cash)
        return success();
    const Result<Money> given = Money::parse(m_draft.tendered);
    if (!given)
        return given.error();
    const Money total = m_p.amount;
    m_p.tendered = given.value();
    if (m_p.tendered < total) {
        return Error(QStringLiteral("payment.tendered_short"),
                     QT_TRANSLATE_NOOP("Error", "The customer handed over %1 but %2 is "
                                                "due. Take the rest, or type what was "
                                                "handed over."),
                     {m_p.tendered.format(), total.format()});
    }
    m_p.change = m_p.tendered - total;
    if (m_p.change.fen() > PaymentService::MaxChangeFen) {
        return Error(QStringLiteral("payment.change_too_large"),
                     QT_TRANSLATE_NOOP("Error", "%1 handed over for %2 due would mean "
                                                "%3 change. Check the amount typed."),
                     {m_p.tendered.format(), total.format(), m_p.change.format()});
    }
    return success();
}

Status PaymentTaking::numberReceipt()
{
    const DeviceIdentity identity = DeviceIdentity::load(m_db);
    const Result<int> seq = NumberSequence::next(m_tx, QStringLiteral("receipt"), m_p.businessDay);
    if (!seq)
        return seq.error();
    m_p.receiptNo = DocumentNumber::format(DocumentNumber::Receipt, identity.branchCode,
                                           m_p.businessDay, identity.deviceTag, seq.value());
    if (m_p.receiptNo.isEmpty()) {
        return Error(QStringLiteral("payment.no_identity"),
                     QT_TRANSLATE_NOOP("Error", "This terminal has no valid branch code or "
                                                "device tag for receipt numbers. Ask the "
                                                "administrator to set up the terminal "
                                                "(halldeskctl init)."));
    }
    return success();
}

Status PaymentTaking::appendEvent()
{
    const Result<Event> event =
        m_tx.append(QStringLiteral("payment.taken"), m_p.staffNo, takenEventData(m_p));
    if (!event)
        return event.error();
    m_p.takenAt = event->at;
    m_p.eventHash = event->hash;
    return success();
}

// ---- Voids and refunds ---------------------------------------------------------------

Status checkVoidable(const QSqlDatabase &db, const Payment &p, QDate today)
{
    if (p.status == PaymentStatus::Voided) {
        return Error(QStringLiteral("payment.already_voided"),
                     QT_TRANSLATE_NOOP("Error", "Receipt %1 is already voided."), {p.receiptNo});
    }
    if (p.status != PaymentStatus::Taken) {
        return Error(QStringLiteral("payment.void_refunded"),
                     QT_TRANSLATE_NOOP("Error", "Receipt %1 was already partly refunded, so "
                                                "it cannot be voided. Refund the rest "
                                                "instead."),
                     {p.receiptNo});
    }
    if (BusinessDay::isClosed(db, p.businessDay)) {
        return Error(QStringLiteral("payment.void_after_close"),
                     QT_TRANSLATE_NOOP("Error", "Receipt %1 belongs to business day %2, "
                                                "which is closed: it cannot be voided any "
                                                "more. Refund it instead."),
                     {p.receiptNo, day(p.businessDay)});
    }
    if (p.businessDay != today) {
        return Error(QStringLiteral("payment.void_other_day"),
                     QT_TRANSLATE_NOOP("Error", "Receipt %1 was taken on %2: only payments "
                                                "of today can be voided. Refund it "
                                                "instead."),
                     {p.receiptNo, day(p.businessDay)});
    }
    return success();
}

Status checkRefundable(const Payment &p, Money amount)
{
    if (p.status == PaymentStatus::Voided) {
        return Error(QStringLiteral("payment.refund_voided"),
                     QT_TRANSLATE_NOOP("Error", "Receipt %1 is voided: the whole amount "
                                                "was already paid back."),
                     {p.receiptNo});
    }
    if (p.method == PaymentMethod::Waiver) {
        return Error(QStringLiteral("payment.refund_waiver"),
                     QT_TRANSLATE_NOOP("Error", "Receipt %1 is a waiver: nothing was paid, "
                                                "so nothing can be refunded."),
                     {p.receiptNo});
    }
    if (amount > p.refundable()) {
        return Error(
            QStringLiteral("payment.refund_too_much"),
            QT_TRANSLATE_NOOP("Error", "At most %1 of receipt %2 can still be "
                                       "refunded (paid %3, refunded %4). Type a "
                                       "smaller amount."),
            {p.refundable().format(), p.receiptNo, p.amount.format(), p.refunded.format()});
    }
    return success();
}

// A void or refund of p: asked by session, approved by approver, paid out of shift.
PaymentAdjustment adjustmentOf(const Payment &p, const QString &kind, Money amount,
                               const QString &reason, const Session &session,
                               const Session &approver, const Shift &shift)
{
    PaymentAdjustment a;
    a.adjustmentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.receiptNo = p.receiptNo;
    a.kind = kind;
    a.amount = amount;
    a.method = p.method;
    a.reason = reason;
    a.staffNo = session.staffNo;
    a.approvedBy = approver.staffNo;
    a.shiftId = shift.shiftId;
    a.at = Clock::nowStamp();
    a.businessDay = shift.businessDay;
    return a;
}

// The adjustment's row, and the payment's new standing status.
Status writeAdjustment(WriteTransaction &tx, const PaymentAdjustment &a, PaymentStatus status)
{
    QSqlQuery q = tx.prepare(QStringLiteral(
        "INSERT INTO payment_adjustment(adjustment_id, receipt_no, kind, amount_fen, method, "
        "reason, staff_no, approved_by, shift_id, at, business_day) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(a.adjustmentId), QVariant(a.receiptNo), QVariant(a.kind),
                              QVariant(a.amount.fen()), QVariant(PaymentTerms::key(a.method)),
                              QVariant(a.reason), QVariant(a.staffNo), QVariant(a.approvedBy),
                              QVariant(a.shiftId), QVariant(a.at), QVariant(day(a.businessDay))})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s;
    QSqlQuery u = tx.prepare(QStringLiteral("UPDATE payment SET status = ? WHERE receipt_no = ?"));
    u.addBindValue(PaymentTerms::key(status));
    u.addBindValue(a.receiptNo);
    if (const Status s = tx.exec(u); !s)
        return s;
    tx.touch(QStringLiteral("payment"));
    return success();
}

} // namespace

QString PaymentService::newRequestKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status PaymentService::checkApprover(const Session &requester,
                                     const std::optional<Session> &approver)
{
    return ApprovalRule::check(requester, approver ? *approver : Session());
}

Result<Payment> PaymentService::take(const Session &session, const PaymentRequest &request,
                                     const std::optional<Session> &approver)
{
    Result<PaymentDraft> draft = draftPayment(session, request, approver);
    if (!draft)
        return draft.error();
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) {
        return PaymentTaking(tx, *this, draft.take()).run(session);
    });
}

Result<PaymentAdjustment> PaymentService::voidPayment(const Session &session,
                                                      const QString &receiptNo,
                                                      const QString &rawReason,
                                                      const Session &approver)
{
    if (const Status s = requireApprovedCashier(session, approver); !s)
        return s.error();
    const Result<QString> reason = reasonFrom(rawReason);
    if (!reason)
        return reason.error();
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) {
        return writeVoid(tx, session, receiptNo, reason.value(), approver);
    });
}

Result<PaymentAdjustment> PaymentService::writeVoid(WriteTransaction &tx, const Session &session,
                                                    const QString &receiptNo, const QString &reason,
                                                    const Session &approver)
{
    const QSqlDatabase db = m_db.connection();
    const QDate today = BusinessDay::today();
    const Result<Payment> p = loadPayment(db, receiptNo);
    if (!p)
        return p.error();
    if (const Status s = checkVoidable(db, p.value(), today); !s)
        return s.error();
    const Result<Shift> shift = ShiftService::readyForMoney(db, session, today);
    if (!shift)
        return shift.error();

    PaymentAdjustment a = adjustmentOf(p.value(), QStringLiteral("void"), p->amount, reason,
                                       session, approver, shift.value());
    if (const Status s = writeAdjustment(tx, a, PaymentStatus::Voided); !s)
        return s.error();
    const Result<Event> e = tx.append(QStringLiteral("payment.voided"), session.staffNo,
                                      {{QStringLiteral("receipt_no"), a.receiptNo},
                                       {QStringLiteral("reason"), a.reason},
                                       {QStringLiteral("approved_by"), a.approvedBy},
                                       {QStringLiteral("amount_fen"), a.amount.fen()},
                                       {QStringLiteral("method"), PaymentTerms::key(a.method)},
                                       {QStringLiteral("shift_id"), a.shiftId},
                                       {QStringLiteral("case_no"), jsonOrNull(p->caseNo)},
                                       {QStringLiteral("business_day"), day(today)}});
    if (!e)
        return e.error();
    a.at = e->at;
    return a;
}

Result<PaymentAdjustment> PaymentService::refund(const Session &session, const QString &receiptNo,
                                                 const QString &amountText,
                                                 const QString &rawReason, const Session &approver)
{
    if (const Status s = requireApprovedCashier(session, approver); !s)
        return s.error();
    const Result<Money> amount = Money::parse(amountText);
    if (!amount)
        return amount.error();
    if (!amount->isPositive()) {
        return Error(QStringLiteral("payment.refund_zero"),
                     QT_TRANSLATE_NOOP("Error", "A refund of ¥0.00 pays nothing back. Type the "
                                                "amount to refund."));
    }
    const Result<QString> reason = reasonFrom(rawReason);
    if (!reason)
        return reason.error();
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) {
        return writeRefund(tx, session, receiptNo, amount.value(), reason.value(), approver);
    });
}

Result<PaymentAdjustment> PaymentService::writeRefund(WriteTransaction &tx, const Session &session,
                                                      const QString &receiptNo, Money amount,
                                                      const QString &reason,
                                                      const Session &approver)
{
    const QSqlDatabase db = m_db.connection();
    const QDate today = BusinessDay::today();
    if (const Status s = BusinessDay::requireOpen(db, today); !s)
        return s.error();
    const Result<Payment> p = loadPayment(db, receiptNo);
    if (!p)
        return p.error();
    if (const Status s = checkRefundable(p.value(), amount); !s)
        return s.error();
    const Result<Shift> shift = ShiftService::requireOpenShift(db, session, today);
    if (!shift)
        return shift.error();

    PaymentAdjustment a = adjustmentOf(p.value(), QStringLiteral("refund"), amount, reason, session,
                                       approver, shift.value());
    const Money refunded = p->refunded + a.amount;
    const PaymentStatus status = statusAfterRefund(p->amount, refunded);
    if (const Status s = writeAdjustment(tx, a, status); !s)
        return s.error();
    const Result<Event> e = tx.append(QStringLiteral("payment.refunded"), session.staffNo,
                                      {{QStringLiteral("receipt_no"), a.receiptNo},
                                       {QStringLiteral("amount_fen"), a.amount.fen()},
                                       {QStringLiteral("reason"), a.reason},
                                       {QStringLiteral("approved_by"), a.approvedBy},
                                       {QStringLiteral("method"), PaymentTerms::key(a.method)},
                                       {QStringLiteral("shift_id"), a.shiftId},
                                       {QStringLiteral("refunded_total_fen"), refunded.fen()},
                                       {QStringLiteral("full"), status == PaymentStatus::Refunded},
                                       {QStringLiteral("business_day"), day(today)}});
    if (!e)
        return e.error();
    a.at = e->at;
    return a;
}

Result<int> PaymentService::recordPrint(const Session &session, const QString &receiptNo,
                                        const QString &paper,
                                        const std::optional<Session> &approver)
{
    if (const Status s = checkPrint(session, paper, approver); !s)
        return s.error();
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) -> Result<int> {
        QSqlQuery q = tx.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM receipt_print r WHERE r.receipt_no = p.receipt_no) "
            "FROM payment p WHERE p.receipt_no = ?"));
        q.addBindValue(receiptNo);
        if (const Status s = tx.exec(q); !s)
            return s.error();
        if (!q.next())
            return notFound(receiptNo);
        const int copy = q.value(0).toInt();
        q.finish();
        if (const Status s = checkCopy(receiptNo, copy, approver.has_value()); !s)
            return s.error();
        const QString approvedBy = approver ? approver->staffNo : QString();
        QSqlQuery insert = tx.prepare(
            QStringLiteral("INSERT INTO receipt_print(receipt_no, copy, paper, staff_no, "
                           "approved_by, printed_at) VALUES(?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(receiptNo), QVariant(copy), QVariant(paper), QVariant(session.staffNo),
              nullable(approvedBy), QVariant(Clock::nowStamp())})
            insert.addBindValue(v);
        if (const Status s = tx.exec(insert); !s)
            return s.error();
        tx.touch(QStringLiteral("payment"));
        // The original print is bookkeeping (it clears the "never printed" guard); a reprint
        // is logged and counted (票据补打).
        if (copy > 0) {
            const Result<Event> e =
                tx.append(QStringLiteral("receipt.reprinted"), session.staffNo,
                          {{QStringLiteral("receipt_no"), receiptNo},
                           {QStringLiteral("count"), copy},
                           {QStringLiteral("paper"), paper},
                           {QStringLiteral("approved_by"), jsonOrNull(approvedBy)}});
            if (!e)
                return e.error();
        }
        return copy;
    });
}

Result<int> PaymentService::nextPrint(const Session &session, const QString &receiptNo,
                                      const QString &paper,
                                      const std::optional<Session> &approver) const
{
    if (const Status s = checkPrint(session, paper, approver); !s)
        return s.error();
    const Result<Payment> payment = find(receiptNo);
    if (!payment)
        return payment.error();
    if (const Status s = checkCopy(receiptNo, payment->prints, approver.has_value()); !s)
        return s.error();
    return payment->prints;
}

Result<Payment> PaymentService::find(const QString &receiptNo) const
{
    return loadPayment(m_db.connection(), receiptNo);
}

QList<PaymentAdjustment> PaymentService::adjustments(const QString &receiptNo) const
{
    QList<PaymentAdjustment> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT adjustment_id, kind, amount_fen, method, reason, staff_no, "
                             "approved_by, shift_id, at, business_day FROM payment_adjustment "
                             "WHERE receipt_no = ? ORDER BY at"));
    q.addBindValue(receiptNo);
    if (!q.exec())
        return list;
    while (q.next()) {
        PaymentAdjustment a;
        a.adjustmentId = q.value(0).toString();
        a.receiptNo = receiptNo;
        a.kind = q.value(1).toString();
        a.amount = Money::fromFen(q.value(2).toLongLong());
        PaymentTerms::fromKey(q.value(3).toString(), &a.method);
        a.reason = q.value(4).toString();
        a.staffNo = q.value(5).toString();
        a.approvedBy = q.value(6).toString();
        a.shiftId = q.value(7).toString();
        a.at = q.value(8).toString();
        a.businessDay = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        list.append(a);
    }
    return list;
}

std::optional<Payment> PaymentService::unprintedFor(const PaymentTarget &target) const
{
    // The most specific thing the payment is for: a case, a service, a number, a customer.
    QString column;
    QString value;
    if (!target.caseNo.isEmpty()) {
        column = QStringLiteral("case_no");
        value = target.caseNo;
    } else if (!target.serviceId.isEmpty()) {
        column = QStringLiteral("service_id");
        value = target.serviceId;
    } else if (!target.serviceNumber.trimmed().isEmpty()) {
        column = QStringLiteral("service_number");
        value = target.serviceNumber.trimmed();
    } else if (!target.customerId.isEmpty()) {
        column = QStringLiteral("customer_id");
        value = target.customerId;
    } else {
        return std::nullopt;
    }
    return selectPayment(m_db.connection(),
                         QStringLiteral("p.%1 = ? AND p.status <> 'voided' AND NOT EXISTS "
                                        "(SELECT 1 FROM receipt_print r WHERE r.receipt_no = "
                                        "p.receipt_no) ORDER BY p.taken_at DESC LIMIT 1")
                             .arg(column),
                         {value});
}

std::optional<Payment> PaymentService::paymentForCase(const QString &caseNo) const
{
    if (caseNo.isEmpty())
        return std::nullopt;
    return selectPayment(m_db.connection(),
                         QStringLiteral("p.case_no = ? AND p.status <> 'voided'"), {caseNo});
}
