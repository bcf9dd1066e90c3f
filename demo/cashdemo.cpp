// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/cashdemo.h"

#include "core/cash/daycloseservice.h"
#include "core/cash/paymentservice.h"
#include "core/cash/shiftservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

Session demoStaff(const char *staffNo, const char16_t *name, Role role)
{
    Session s;
    s.staffNo = QString::fromLatin1(staffNo);
    s.name = QString::fromUtf16(name);
    s.role = role;
    s.window = QStringLiteral("W05");
    return s;
}

struct UnpaidCase
{
    QString caseNo;
    QString itemCode;
    QString createdAt;
    QJsonObject form;
};

// The day's cases of items with fees that are neither refused nor paid, oldest first.
QList<UnpaidCase> unpaidCases(Database &db, QDate day)
{
    QList<UnpaidCase> cases;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.case_no, s.item_code, s.created_at, s.form_data FROM service_case s JOIN "
        "catalogue_item i ON i.code = s.item_code WHERE s.business_day = ? AND i.fee_codes <> "
        "'[]' AND s.status <> 'refused' AND NOT EXISTS (SELECT 1 FROM payment p WHERE "
        "p.case_no = s.case_no AND p.status <> 'voided') ORDER BY s.created_at LIMIT ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(CashDemo::PaymentsPerDay);
    if (!q.exec())
        return cases;
    while (q.next()) {
        cases.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
    }
    return cases;
}

// What the customer pays for the case: the top-up amount asked for, else one fee item.
QList<PaymentLineRequest> linesFor(const UnpaidCase &c)
{
    if (c.itemCode == QLatin1String("T05"))
        return {{QStringLiteral("TEL-SIM"), 1}};
    if (c.itemCode == QLatin1String("T09")) {
        const int yuan = c.form.value(QStringLiteral("amount")).toInt();
        if (yuan >= 100)
            return {{QStringLiteral("TEL-TOPUP100"), std::max(1, yuan / 100)}};
        return {{QStringLiteral("TEL-TOPUP50"), 1}};
    }
    return {{QStringLiteral("GOV-BDC"), 1}};
}

// The drawer as a cashier would count it: largest notes first.
CashCount countOf(Money cash)
{
    CashCount count;
    qint64 left = cash.fen();
    for (int denomination : CashCount::denominations()) {
        const qint64 pieces = left / denomination;
        if (pieces > 0)
            count.pieces.insert(denomination, int(pieces));
        left -= pieces * denomination;
    }
    return count;
}

QDateTime at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime).toUTC();
}

class Desk
{
public:
    explicit Desk(Database &db) : m_db(db), m_payments(db), m_shifts(db) {}

    Status payDay(QDate day, const QDateTime &until, bool close, int *paid)
    {
        const QList<UnpaidCase> cases = unpaidCases(m_db, day);
        if (cases.isEmpty() && !close)
            return success();
        std::optional<Shift> shift = m_shifts.current(m_clerk.staffNo);
        if (shift && shift->businessDay != day) {
            Clock::setFixed(
                std::max(Clock::parseStamp(shift->openedAt), at(shift->businessDay, 17, 40)));
            if (const Status s = closeShift(*shift, false); !s)
                return s;
            shift.reset();
        }
        if (!shift) {
            Clock::setFixed(at(day, 8, 25));
            const Result<Shift> opened = m_shifts.open(m_clerk, QStringLiteral("300.00"));
            if (!opened)
                return opened.error();
            shift = opened.value();
        }
        QStringList receipts;
        int n = 0;
        for (const UnpaidCase &c : cases) {
            const QDateTime when = Clock::parseStamp(c.createdAt).addSecs(30);
            if (when > until)
                break;
            Clock::setFixed(when);
            PaymentRequest r;
            r.requestKey = PaymentService::newRequestKey();
            r.target.caseNo = c.caseNo;
            r.target.serviceNumber = c.form.value(QStringLiteral("number")).toString();
            r.lines = linesFor(c);
            static const PaymentMethod rotation[] = {PaymentMethod::Cash, PaymentMethod::Cash,
                                                     PaymentMethod::Qr, PaymentMethod::Card};
            r.method = rotation[n++ % 4];
            if (r.method == PaymentMethod::Cash)
                r.tendered = QStringLiteral("500");
            else
                r.reference = QStringLiteral("%1%2")
                                  .arg(r.method == PaymentMethod::Card ? QStringLiteral("POS")
                                                                       : QStringLiteral("WX"))
                                  .arg(when.toSecsSinceEpoch());
            const Result<Payment> p = m_payments.take(m_clerk, r);
            if (!p)
                return p.error();
            Clock::advance(20 * 1000);
            const Result<int> printed =
                m_payments.recordPrint(m_clerk, p->receiptNo, QStringLiteral("roll"));
            if (!printed)
                return printed.error();
            receipts << p->receiptNo;
            ++*paid;
        }
        // A past day also saw a mistake put right and a customer who paid too much.
        if (close && receipts.size() >= 4) {
            Clock::advance(5 * 60 * 1000);
            const Result<PaymentAdjustment> v = m_payments.voidPayment(
                m_clerk, receipts.at(1), QStringLiteral("收费项目选错，重新收取"), m_supervisor);
            if (!v)
                return v.error();
            const Result<Payment> p = m_payments.find(receipts.at(2));
            if (p && p->amount > Money::fromYuan(10)) {
                Clock::advance(5 * 60 * 1000);
                const Result<PaymentAdjustment> r =
                    m_payments.refund(m_clerk, receipts.at(2), QStringLiteral("10"),
                                      QStringLiteral("客户多缴，退回部分"), m_supervisor);
                if (!r)
                    return r.error();
            }
        }
        if (!close)
            return success();
        Clock::setFixed(std::max(Clock::nowUtc(), at(day, 17, 40)));
        if (const Status s = closeShift(*shift, day.day() % 3 == 0); !s)
            return s;
        Clock::advance(10 * 60 * 1000);
        const Result<DayTotals> closed = DayCloseService(m_db).close(m_supervisor, day);
        return closed ? success() : Status(closed.error());
    }

private:
    Status closeShift(const Shift &shift, bool shortByOneYuan)
    {
        const Money expected = m_shifts.takings(shift.shiftId).expectedCash();
        ShiftClosing closing;
        closing.count = countOf(shortByOneYuan ? expected - Money::fromYuan(1) : expected);
        if (shortByOneYuan)
            closing.note = QStringLiteral("找零时多找1元");
        const Result<Shift> closed = m_shifts.close(m_clerk, shift.shiftId, closing);
        return closed ? success() : Status(closed.error());
    }

    Database &m_db;
    PaymentService m_payments;
    ShiftService m_shifts;
    const Session m_clerk = demoStaff("1002", u"王强", Role::Clerk);
    const Session m_supervisor = demoStaff("2001", u"李敏", Role::Supervisor);
};

} // namespace

Status CashDemo::seed(Database &db, const std::function<void(const QString &)> &report)
{
    const QDateTime now = Clock::nowUtc();
    const QDate today = now.toLocalTime().date();
    // The last working days with fee-bearing cases, oldest first, that are not closed yet.
    QList<QDate> days;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT business_day FROM service_case WHERE business_day "
                             "< ? ORDER BY business_day DESC LIMIT ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(PastDays);
    if (q.exec()) {
        while (q.next())
            days.prepend(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    }
    q.finish();
    Desk desk(db);
    int paid = 0;
    for (const QDate &day : std::as_const(days)) {
        if (BusinessDay::isClosed(db.connection(), day))
            continue;
        if (const Status s = desk.payDay(day, at(day, 18, 0), true, &paid); !s) {
            Clock::reset();
            return s;
        }
    }
    if (const Status s = desk.payDay(today, now.addSecs(-1), false, &paid); !s) {
        Clock::reset();
        return s;
    }
    Clock::reset();
    report(QStringLiteral("cash desk: %1 payments").arg(paid));
    return success();
}
