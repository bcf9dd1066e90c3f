// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/dayfiguresreader.h"

#include "core/common/localday.h"
#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// The figures are counted by SQLite from report_fact (the catalogue's fields of each
// event, derived by ReportFacts when it was logged, clustered by type and time), so a busy day of
// 70,000 events comes back as a few hundred grouped rows. Only lists (complaints, corrections,
// shifts) come back row by row.

// Per minute (the first 16 characters of the stamp): the local hour of each minute is then
// found by LocalDay, for any offset from UTC.
const char kMinutes[] = "SELECT substr(at, 1, 16), count(*) FROM report_fact "
                        "WHERE type = ? AND at >= ? AND at < ? GROUP BY 1";
const char kCaseEvents[] =
    "SELECT type, staff, item_code, window_code, mode, ifnull(on_time, 0), count(*) "
    "FROM report_fact WHERE type IN ('case.registered', 'case.accepted', 'case.completed', "
    "'case.refused', 'case.forwarded') AND at >= ? AND at < ? GROUP BY 1, 2, 3, 4, 5, 6";
const char kComplaints[] =
    "SELECT f.at, f.staff, f.case_no, f.item_code, json_extract(e.data, '$.channel'), c.status "
    "FROM report_fact f JOIN event_log e ON e.seq = f.seq "
    "LEFT JOIN service_case c ON c.case_no = f.case_no "
    "WHERE f.type = 'case.registered' AND f.at >= ? AND f.at < ? AND f.kind = 'complaint' "
    "ORDER BY f.at";
const char kPayments[] = "SELECT staff, method, count(*), ifnull(sum(amount_fen), 0) "
                         "FROM report_fact WHERE type = 'payment.taken' AND at >= ? AND at < ? "
                         "GROUP BY 1, 2";
const char kFees[] = "SELECT fee_code, ifnull(sum(qty), 0), ifnull(sum(amount_fen), 0) "
                     "FROM report_fee_line WHERE at >= ? AND at < ? GROUP BY 1";
const char kCorrections[] =
    "SELECT type, at, staff, json_extract(data, '$.receipt_no'), json_extract(data, "
    "'$.amount_fen'), json_extract(data, '$.reason'), json_extract(data, '$.approved_by') "
    "FROM event_log WHERE type IN ('payment.voided', 'payment.refunded') AND at >= ? AND at < ? "
    "ORDER BY at";
// The payment a correction names, whatever day it was taken.
const char kPaymentTaken[] = "SELECT amount_fen, method, staff FROM report_fact "
                             "WHERE type = 'payment.taken' AND receipt_no = ? LIMIT 1";
const char kShiftsClosed[] =
    "SELECT at, staff, json_extract(data, '$.shift_id'), json_extract(data, "
    "'$.expected_cash_fen'), json_extract(data, '$.counted_cash_fen'), json_extract(data, "
    "'$.variance_fen') FROM event_log WHERE type = 'shift.closed' AND at >= ? AND at < ? "
    "ORDER BY at";
const char kShiftOpened[] =
    "SELECT json_extract(data, '$.window') FROM event_log "
    "WHERE type = 'shift.opened' AND at >= ? AND at < ? AND json_extract(data, '$.shift_id') = ? "
    "ORDER BY at DESC LIMIT 1";
// The day's tickets, as the facts pair them when they are logged: first calls (how many
// were called, and their waits since the issue in the 3-minute bands, the last one
// open-ended), and endings by outcome (served ones by serving clerk, with the service time
// from the last call).
const char kTickets[] =
    "SELECT 'called', 0, count(*), 0, 0 FROM report_fact "
    "WHERE type = 'ticket.called' AND at >= ? AND at < ? AND first_call = 1 "
    "UNION ALL SELECT 'wait', min(5, wait_ms / 180000), count(*), sum(wait_ms), 0 "
    "FROM report_fact WHERE type = 'ticket.called' AND at >= ? AND at < ? "
    "AND wait_ms IS NOT NULL GROUP BY 2 "
    "UNION ALL SELECT outcome, ifnull(server, ''), count(*), ifnull(sum(service_ms), 0), "
    "count(service_ms) FROM report_fact WHERE type = 'ticket.finished' AND at >= ? AND at < ? "
    "GROUP BY 1, 2";
const char kRatings[] = "SELECT type, staff, score, ifnull(reached, 0), count(*) FROM report_fact "
                        "WHERE type IN ('ticket.rated', 'case.rated', 'callback.recorded') "
                        "AND at >= ? AND at < ? GROUP BY 1, 2, 3, 4";

} // namespace

struct DayFiguresReader::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : minutes(db), caseEvents(db), complaints(db), payments(db), fees(db), corrections(db),
          paymentTaken(db), shiftsClosed(db), shiftOpened(db), tickets(db), ratings(db)
    {
    }
    QSqlQuery minutes, caseEvents, complaints, payments, fees, corrections, paymentTaken,
        shiftsClosed, shiftOpened, tickets, ratings;
    bool prepared = false;
    QSqlError error;

    bool prepare()
    {
        const std::pair<QSqlQuery *, const char *> all[] = {{&minutes, kMinutes},
                                                            {&caseEvents, kCaseEvents},
                                                            {&complaints, kComplaints},
                                                            {&payments, kPayments},
                                                            {&fees, kFees},
                                                            {&corrections, kCorrections},
                                                            {&paymentTaken, kPaymentTaken},
                                                            {&shiftsClosed, kShiftsClosed},
                                                            {&shiftOpened, kShiftOpened},
                                                            {&tickets, kTickets},
                                                            {&ratings, kRatings}};
        for (const auto &[query, sql] : all) {
            query->setForwardOnly(true);
            if (!query->prepare(QLatin1String(sql))) {
                error = query->lastError();
                return false;
            }
        }
        prepared = true;
        return true;
    }
};

namespace {

// Binds the values and runs the query.
Status run(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    return success();
}

// Adds the day's events of one type to byHour, by the local hour they happened in.
Status countByHour(QSqlQuery &q, const char *type, const LocalDay &day, std::array<int, 24> &byHour)
{
    if (const Status s = run(q, {QLatin1String(type), day.start(), day.end()}); !s)
        return s;
    const QString seconds = QStringLiteral(":00.000Z");
    while (q.next()) {
        if (const int hour = day.hourOf(q.value(0).toString() + seconds); hour >= 0)
            byHour[hour] += q.value(1).toInt();
    }
    q.finish();
    return success();
}

} // namespace

DayFiguresReader::DayFiguresReader(const QSqlDatabase &db)
    : m_db(db), m_st(std::make_unique<Statements>(db))
{
}

DayFiguresReader::~DayFiguresReader() = default;

Error DayFiguresReader::cancelled()
{
    return Error(QStringLiteral("report.cancelled"),
                 QT_TRANSLATE_NOOP("Error", "The report was cancelled. Compute it again when "
                                            "you need it."));
}

Result<PeriodFigures> DayFiguresReader::read(const LocalDay &day,
                                             const std::function<bool()> &keepGoing)
{
    if (!m_st->prepared && !m_st->prepare())
        return Database::errorFrom(m_st->error);
    PeriodFigures f;
    using Part = Status (DayFiguresReader::*)(const LocalDay &, PeriodFigures &);
    const Part parts[Parts] = {&DayFiguresReader::readCases, &DayFiguresReader::readPayments,
                               &DayFiguresReader::readShifts, &DayFiguresReader::readQueue,
                               &DayFiguresReader::readRatings};
    for (Part part : parts) {
        if (const Status s = (this->*part)(day, f); !s)
            return s.error();
        if (keepGoing && !keepGoing())
            return cancelled();
    }
    return f;
}

Status DayFiguresReader::readCases(const LocalDay &day, PeriodFigures &f)
{
    struct Kind
    {
        const char *type;
        int CaseTally::*count;
    };
    static const Kind kinds[] = {{"case.registered", &CaseTally::registered},
                                 {"case.accepted", &CaseTally::accepted},
                                 {"case.completed", &CaseTally::completed},
                                 {"case.refused", &CaseTally::refused},
                                 {"case.forwarded", &CaseTally::forwarded}};
    QSqlQuery &q = m_st->caseEvents;
    if (const Status s = run(q, {day.start(), day.end()}); !s)
        return s;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const auto kind = std::find_if(std::begin(kinds), std::end(kinds), [&type](const Kind &k) {
            return type == QLatin1String(k.type);
        });
        if (kind == std::end(kinds))
            continue;
        const int n = q.value(6).toInt();
        const bool onTime = kind->count == &CaseTally::completed && q.value(5).toInt() != 0;
        for (CaseTally *t :
             {&f.cases, &f.casesByItem[q.value(2).toString()],
              &f.casesByWindow[q.value(3).toString()], &f.casesByMode[q.value(4).toString()],
              &f.clerks[q.value(1).toString()].cases}) {
            t->*kind->count += n;
            if (onTime)
                t->completedOnTime += n;
        }
    }
    q.finish();
    if (const Status s = countByHour(m_st->minutes, "case.registered", day, f.casesByHour); !s)
        return s;

    QSqlQuery &c = m_st->complaints;
    if (const Status s = run(c, {day.start(), day.end()}); !s)
        return s;
    while (c.next()) {
        ComplaintEntry e;
        e.at = c.value(0).toString();
        e.staffNo = c.value(1).toString();
        e.caseNo = c.value(2).toString();
        e.itemCode = c.value(3).toString();
        e.channel = c.value(4).toString();
        e.status = c.value(5).toString();
        f.complaints.append(e);
        ++f.clerks[e.staffNo].complaints;
    }
    c.finish();
    return success();
}

Status DayFiguresReader::readPayments(const LocalDay &day, PeriodFigures &f)
{
    QSqlQuery &p = m_st->payments;
    if (const Status s = run(p, {day.start(), day.end()}); !s)
        return s;
    while (p.next()) {
        const int n = p.value(2).toInt();
        const qint64 fen = p.value(3).toLongLong();
        for (ReportMoneyTally *m : {&f.money, &f.moneyByMethod[p.value(1).toString()],
                                    &f.clerks[p.value(0).toString()].money}) {
            m->payments += n;
            m->takenFen += fen;
        }
    }
    p.finish();
    if (const Status s = countByHour(m_st->minutes, "payment.taken", day, f.paymentsByHour); !s)
        return s;

    QSqlQuery &fees = m_st->fees;
    if (const Status s = run(fees, {day.start(), day.end()}); !s)
        return s;
    while (fees.next()) {
        ReportFeeTally &t = f.fees[fees.value(0).toString()];
        t.quantity += fees.value(1).toLongLong();
        t.amountFen += fees.value(2).toLongLong();
    }
    fees.finish();

    QSqlQuery &c = m_st->corrections;
    if (const Status s = run(c, {day.start(), day.end()}); !s)
        return s;
    QList<PaymentCorrection> corrections;
    while (c.next()) {
        PaymentCorrection x;
        x.refund = c.value(0).toString() == QLatin1String("payment.refunded");
        x.at = c.value(1).toString();
        x.staffNo = c.value(2).toString();
        x.receiptNo = c.value(3).toString();
        x.amountFen = c.value(4).toLongLong();
        x.reason = c.value(5).toString();
        x.approvedBy = c.value(6).toString();
        corrections.append(x);
    }
    c.finish();

    QSqlQuery &t = m_st->paymentTaken;
    for (PaymentCorrection &x : corrections) {
        if (const Status s = run(t, {x.receiptNo}); !s)
            return s;
        x.paymentFound = t.next();
        if (x.paymentFound) {
            if (!x.refund)
                x.amountFen = t.value(0).toLongLong();
            x.method = t.value(1).toString();
            x.takenBy = t.value(2).toString();
        } else {
            if (!x.refund)
                x.amountFen = 0;
            x.takenBy = x.staffNo;
        }
        t.finish();
        for (ReportMoneyTally *m :
             {&f.money, &f.moneyByMethod[x.method], &f.clerks[x.takenBy].money}) {
            if (x.refund) {
                ++m->refunds;
                m->refundedFen += x.amountFen;
            } else {
                ++m->voids;
                m->voidedFen += x.amountFen;
            }
        }
        f.corrections.append(x);
    }
    return success();
}

Status DayFiguresReader::readShifts(const LocalDay &day, PeriodFigures &f)
{
    QSqlQuery &q = m_st->shiftsClosed;
    if (const Status s = run(q, {day.start(), day.end()}); !s)
        return s;
    while (q.next()) {
        ShiftClose c;
        c.at = q.value(0).toString();
        c.staffNo = q.value(1).toString();
        c.shiftId = q.value(2).toString();
        c.expectedFen = q.value(3).toLongLong();
        c.countedFen = q.value(4).toLongLong();
        c.varianceFen =
            q.value(5).isNull() ? c.countedFen - c.expectedFen : q.value(5).toLongLong();
        f.shifts.append(c);
    }
    q.finish();
    // A shift opens on its day or, for a night shift, the day before.
    const LocalDay before(day.date().addDays(-1));
    QSqlQuery &o = m_st->shiftOpened;
    for (ShiftClose &c : f.shifts) {
        if (const Status s = run(o, {before.start(), c.at, c.shiftId}); !s)
            return s;
        if (o.next())
            c.window = o.value(0).toString();
        o.finish();
    }
    return success();
}

Status DayFiguresReader::readQueue(const LocalDay &day, PeriodFigures &f)
{
    QueueTally &queue = f.queue;
    if (const Status s = countByHour(m_st->minutes, "ticket.issued", day, f.ticketsByHour); !s)
        return s;
    for (int n : f.ticketsByHour)
        queue.issued += n;

    QSqlQuery &t = m_st->tickets;
    if (const Status s =
            run(t, {day.start(), day.end(), day.start(), day.end(), day.start(), day.end()});
        !s)
        return s;
    while (t.next()) {
        const QString what = t.value(0).toString();
        const int n = t.value(2).toInt();
        if (what == QLatin1String("called")) {
            queue.called += n;
        } else if (what == QLatin1String("wait")) {
            const int band = std::clamp(t.value(1).toInt(), 0, QueueTally::BandCount - 1);
            queue.waitBands[band] += n;
            queue.waited += n;
            queue.waitMsTotal += t.value(3).toLongLong();
        } else if (what == QLatin1String("no_show")) {
            queue.noShow += n;
        } else if (what == QLatin1String("transferred")) {
            queue.transferred += n;
        } else if (what == QLatin1String("served")) {
            const qint64 serviceMs = t.value(3).toLongLong();
            const int serviced = t.value(4).toInt();
            queue.served += n;
            queue.serviceMsTotal += serviceMs;
            queue.serviced += serviced;
            ClerkTally &clerk = f.clerks[t.value(1).toString()];
            clerk.ticketsServed += n;
            clerk.serviceMsTotal += serviceMs;
            clerk.serviced += serviced;
        }
    }
    t.finish();
    return success();
}

Status DayFiguresReader::readRatings(const LocalDay &day, PeriodFigures &f)
{
    QSqlQuery &q = m_st->ratings;
    if (const Status s = run(q, {day.start(), day.end()}); !s)
        return s;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const int n = q.value(4).toInt();
        if (type == QLatin1String("callback.recorded")) {
            f.callbackAttempts += n;
            if (q.value(3).toInt() != 0)
                f.callbacksReached += n;
            continue;
        }
        const bool forCase = type == QLatin1String("case.rated");
        const int score = q.value(2).toInt();
        f.ratings.addScore(forCase, score, n);
        f.clerks[q.value(1).toString()].ratings.addScore(forCase, score, n);
    }
    q.finish();
    return success();
}
