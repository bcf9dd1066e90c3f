// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cash/daytotals.h"

#include "core/storage/database.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

QJsonObject MoneyTally::toJson() const
{
    return {
        {QStringLiteral("payments"), payments},  {QStringLiteral("taken_fen"), taken.fen()},
        {QStringLiteral("voids"), voids},        {QStringLiteral("voided_fen"), voided.fen()},
        {QStringLiteral("refunds"), refunds},    {QStringLiteral("refunded_fen"), refunded.fen()},
        {QStringLiteral("net_fen"), net().fen()}};
}

MoneyTally &MoneyTally::operator+=(const MoneyTally &other)
{
    payments += other.payments;
    taken += other.taken;
    voids += other.voids;
    voided += other.voided;
    refunds += other.refunds;
    refunded += other.refunded;
    return *this;
}

QJsonObject FeeTally::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("qty"), quantity},
            {QStringLiteral("amount_fen"), amount.fen()},
            {QStringLiteral("waived_fen"), waived.fen()}};
}

Money DayTotals::collected() const
{
    Money sum;
    for (auto it = byMethod.cbegin(); it != byMethod.cend(); ++it) {
        if (it.key() != QLatin1String("waiver"))
            sum += it.value().net();
    }
    return sum;
}

int DayTotals::openShifts() const
{
    return int(
        std::count_if(shifts.cbegin(), shifts.cend(), [](const Shift &s) { return s.open; }));
}

QJsonObject DayTotals::toJson() const
{
    QJsonObject methods;
    for (auto it = byMethod.cbegin(); it != byMethod.cend(); ++it)
        methods.insert(it.key(), it.value().toJson());
    QJsonObject clerks;
    for (auto it = byClerk.cbegin(); it != byClerk.cend(); ++it)
        clerks.insert(it.key(), it.value().toJson());
    QJsonObject fees;
    for (auto it = byFee.cbegin(); it != byFee.cend(); ++it)
        fees.insert(it.key(), it.value().toJson());
    QJsonArray shiftList;
    for (const Shift &s : shifts) {
        shiftList.append(QJsonObject{{QStringLiteral("shift_id"), s.shiftId},
                                     {QStringLiteral("staff_no"), s.staffNo},
                                     {QStringLiteral("window"), s.window},
                                     {QStringLiteral("float_fen"), s.floatAmount.fen()},
                                     {QStringLiteral("expected_cash_fen"), s.expectedCash.fen()},
                                     {QStringLiteral("counted_cash_fen"), s.countedCash.fen()},
                                     {QStringLiteral("variance_fen"), s.variance.fen()}});
    }
    QJsonObject overall = all.toJson();
    overall.insert(QStringLiteral("collected_fen"), collected().fen());
    overall.insert(QStringLiteral("waived_fen"), waived().fen());
    return {
        {QStringLiteral("all"), overall},
        {QStringLiteral("by_method"), methods},
        {QStringLiteral("by_clerk"), clerks},
        {QStringLiteral("by_fee"), fees},
        {QStringLiteral("shifts"), shiftList},
        {QStringLiteral("cash"), QJsonObject{{QStringLiteral("float_fen"), floats.fen()},
                                             {QStringLiteral("expected_fen"), expectedCash.fen()},
                                             {QStringLiteral("counted_fen"), countedCash.fen()},
                                             {QStringLiteral("variance_fen"), variance.fen()}}}};
}

DayTotals DayTotals::compute(Database &db, QDate businessDay)
{
    DayTotals t;
    t.day = businessDay;
    const QString day = businessDay.toString(Qt::ISODate);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);

    q.prepare(QStringLiteral("SELECT method, staff_no, count(*), sum(amount_fen) FROM payment "
                             "WHERE business_day = ? GROUP BY method, staff_no"));
    q.addBindValue(day);
    if (q.exec()) {
        while (q.next()) {
            MoneyTally m;
            m.payments = q.value(2).toInt();
            m.taken = Money::fromFen(q.value(3).toLongLong());
            t.byMethod[q.value(0).toString()] += m;
            t.byClerk[q.value(1).toString()] += m;
            t.all += m;
        }
    }
    q.finish();

    q.prepare(QStringLiteral("SELECT kind, method, staff_no, count(*), sum(amount_fen) FROM "
                             "payment_adjustment WHERE business_day = ? GROUP BY kind, method, "
                             "staff_no"));
    q.addBindValue(day);
    if (q.exec()) {
        while (q.next()) {
            MoneyTally m;
            const int count = q.value(3).toInt();
            const Money amount = Money::fromFen(q.value(4).toLongLong());
            if (q.value(0).toString() == QLatin1String("void")) {
                m.voids = count;
                m.voided = amount;
            } else {
                m.refunds = count;
                m.refunded = amount;
            }
            t.byMethod[q.value(1).toString()] += m;
            t.byClerk[q.value(2).toString()] += m;
            t.all += m;
        }
    }
    q.finish();

    q.prepare(QStringLiteral(
        "SELECT l.fee_code, max(l.fee_name), sum(l.quantity), sum(l.amount_fen), "
        "sum(CASE WHEN p.method = 'waiver' THEN l.amount_fen ELSE 0 END) FROM payment p "
        "JOIN payment_line l ON l.receipt_no = p.receipt_no WHERE p.business_day = ? AND "
        "p.status <> 'voided' GROUP BY l.fee_code"));
    q.addBindValue(day);
    if (q.exec()) {
        while (q.next()) {
            FeeTally f;
            f.name = q.value(1).toString();
            f.quantity = q.value(2).toLongLong();
            f.amount = Money::fromFen(q.value(3).toLongLong());
            f.waived = Money::fromFen(q.value(4).toLongLong());
            t.byFee.insert(q.value(0).toString(), f);
        }
    }
    q.finish();

    // Shift figures are those recorded at each close (ShiftService computes them then).
    t.shifts = ShiftService(db).shifts(businessDay);
    for (const Shift &s : std::as_const(t.shifts)) {
        t.floats += s.floatAmount;
        if (s.open)
            continue;
        t.expectedCash += s.expectedCash;
        t.countedCash += s.countedCash;
        t.variance += s.variance;
    }
    return t;
}
