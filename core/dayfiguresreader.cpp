#include "dayfiguresreader.h"

#include "database.h"
#include "documentnumber.h"
#include "localday.h"
#include "stamptime.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace {

// The catalogue's fields, read by SQLite (json_extract) rather than parsed into Qt objects:
// a month is hundreds of thousands of events.
const char kRegistered[] =
    "SELECT e.at, e.staff, json_extract(e.data, '$.case_no'), json_extract(e.data, "
    "'$.item_code'), json_extract(e.data, '$.window'), json_extract(e.data, '$.kind'), "
    "json_extract(e.data, '$.channel'), COALESCE(c.mode, i.mode), c.status "
    "FROM event_log e "
    "LEFT JOIN service_case c ON c.case_no = json_extract(e.data, '$.case_no') "
    "LEFT JOIN catalogue_item i ON i.code = json_extract(e.data, '$.item_code') "
    "WHERE e.type = 'case.registered' AND e.at >= ? AND e.at < ?";
// accepted, completed, refused, forwarded: item and window from the case.
const char kCaseEvent[] =
    "SELECT e.at, e.staff, json_extract(e.data, '$.on_time'), c.item_code, c.window_code, "
    "COALESCE(json_extract(e.data, '$.mode'), c.mode, i.mode) "
    "FROM event_log e "
    "LEFT JOIN service_case c ON c.case_no = json_extract(e.data, '$.case_no') "
    "LEFT JOIN catalogue_item i ON i.code = c.item_code "
    "WHERE e.type = ? AND e.at >= ? AND e.at < ?";
const char kPayments[] =
    "SELECT at, staff, json_extract(data, '$.receipt_no'), json_extract(data, '$.amount_fen'), "
    "json_extract(data, '$.method') FROM event_log "
    "WHERE type = 'payment.taken' AND at >= ? AND at < ?";
const char kFees[] =
    "SELECT json_extract(j.value, '$.fee_code'), ifnull(sum(json_extract(j.value, '$.qty')), 0), "
    "ifnull(sum(json_extract(j.value, '$.amount_fen')), 0) "
    "FROM event_log e, json_each(e.data, '$.items') j "
    "WHERE e.type = 'payment.taken' AND e.at >= ? AND e.at < ? GROUP BY 1";
const char kCorrections[] =
    "SELECT type, at, staff, json_extract(data, '$.receipt_no'), json_extract(data, "
    "'$.amount_fen'), json_extract(data, '$.reason'), json_extract(data, '$.approved_by') "
    "FROM event_log WHERE type IN ('payment.voided', 'payment.refunded') AND at >= ? AND at < ? "
    "ORDER BY at";
// A payment taken on another day: in cash's payment table when there is one, else among
// the events of the day its receipt number names.
const char kPaymentRow[] = "SELECT amount_fen, method, staff_no FROM payment WHERE receipt_no = ?";
const char kPaymentEvent[] =
    "SELECT json_extract(data, '$.amount_fen'), json_extract(data, '$.method'), staff "
    "FROM event_log WHERE type = 'payment.taken' AND at >= ? AND at < ? "
    "AND json_extract(data, '$.receipt_no') = ? LIMIT 1";
const char kShiftsClosed[] =
    "SELECT at, staff, json_extract(data, '$.shift_id'), json_extract(data, "
    "'$.expected_cash_fen'), json_extract(data, '$.counted_cash_fen'), json_extract(data, "
    "'$.variance_fen') FROM event_log WHERE type = 'shift.closed' AND at >= ? AND at < ? "
    "ORDER BY at";
const char kShiftOpened[] =
    "SELECT json_extract(data, '$.window') FROM event_log "
    "WHERE type = 'shift.opened' AND at >= ? AND at < ? AND json_extract(data, '$.shift_id') = ? "
    "ORDER BY at DESC LIMIT 1";
const char kIssued[] =
    "SELECT at, json_extract(data, '$.ticket_no'), json_extract(data, '$.issued_at') "
    "FROM event_log WHERE type = 'ticket.issued' AND at >= ? AND at < ?";
const char kCalled[] =
    "SELECT at, staff, json_extract(data, '$.ticket_no'), json_extract(data, '$.called_at'), "
    "json_extract(data, '$.staff') FROM event_log "
    "WHERE type = 'ticket.called' AND at >= ? AND at < ? ORDER BY at";
const char kFinished[] =
    "SELECT at, staff, json_extract(data, '$.ticket_no'), json_extract(data, '$.outcome'), "
    "json_extract(data, '$.finished_at') FROM event_log "
    "WHERE type = 'ticket.finished' AND at >= ? AND at < ?";
const char kRatings[] =
    "SELECT type, staff, json_extract(data, '$.score'), json_extract(data, '$.reached') "
    "FROM event_log WHERE type IN ('ticket.rated', 'case.rated', 'callback.recorded') "
    "AND at >= ? AND at < ?";

struct Taken
{
    qint64 amountFen = 0;
    QString method;
    QString staffNo;
};

struct Call
{
    qint64 firstMs = -1;
    qint64 lastMs = -1;
    QString staffNo;
};

// A time field of an event, or its `at` when the field is missing.
qint64 msecsOr(const QVariant &field, const QString &at)
{
    const QString s = field.toString();
    return StampTime::msecs(s.isEmpty() ? at : s);
}

} // namespace

struct DayFiguresReader::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : registered(db), caseEvent(db), payments(db), fees(db), corrections(db), paymentRow(db),
          paymentEvent(db), shiftsClosed(db), shiftOpened(db), issued(db), called(db), finished(db),
          ratings(db)
    {
    }
    QSqlQuery registered, caseEvent, payments, fees, corrections, paymentRow, paymentEvent,
        shiftsClosed, shiftOpened, issued, called, finished, ratings;
    bool prepared = false;
    bool hasPaymentTable = false;
    QSqlError error;

    bool prepare(const QSqlDatabase &db)
    {
        hasPaymentTable = db.tables().contains(QStringLiteral("payment"));
        const std::pair<QSqlQuery *, const char *> all[] = {{&registered, kRegistered},
                                                            {&caseEvent, kCaseEvent},
                                                            {&payments, kPayments},
                                                            {&fees, kFees},
                                                            {&corrections, kCorrections},
                                                            {&paymentEvent, kPaymentEvent},
                                                            {&shiftsClosed, kShiftsClosed},
                                                            {&shiftOpened, kShiftOpened},
                                                            {&issued, kIssued},
                                                            {&called, kCalled},
                                                            {&finished, kFinished},
                                                            {&ratings, kRatings}};
        for (const auto &[query, sql] : all) {
            query->setForwardOnly(true);
            if (!query->prepare(QLatin1String(sql))) {
                error = query->lastError();
                return false;
            }
        }
        if (hasPaymentTable) {
            paymentRow.setForwardOnly(true);
            if (!paymentRow.prepare(QLatin1String(kPaymentRow))) {
                error = paymentRow.lastError();
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
    if (!m_st->prepared && !m_st->prepare(m_db))
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
    QSqlQuery &r = m_st->registered;
    if (const Status s = run(r, {day.start(), day.end()}); !s)
        return s;
    while (r.next()) {
        const QString at = r.value(0).toString();
        const QString staff = r.value(1).toString();
        const QString itemCode = r.value(3).toString();
        const QString window = r.value(4).toString();
        const QString mode = r.value(7).toString();
        ++f.cases.registered;
        ++f.casesByItem[itemCode].registered;
        ++f.casesByWindow[window].registered;
        ++f.casesByMode[mode].registered;
        ++f.clerks[staff].cases.registered;
        if (const int hour = day.hourOf(at); hour >= 0)
            ++f.casesByHour[hour];
        if (r.value(5).toString() == QLatin1String("complaint")) {
            ComplaintEntry c;
            c.at = at;
            c.caseNo = r.value(2).toString();
            c.itemCode = itemCode;
            c.channel = r.value(6).toString();
            c.staffNo = staff;
            c.status = r.value(8).toString();
            f.complaints.append(c);
            ++f.clerks[staff].complaints;
        }
    }
    r.finish();

    struct Kind
    {
        const char *type;
        int CaseTally::*count;
    };
    const Kind kinds[] = {{"case.accepted", &CaseTally::accepted},
                          {"case.completed", &CaseTally::completed},
                          {"case.refused", &CaseTally::refused},
                          {"case.forwarded", &CaseTally::forwarded}};
    QSqlQuery &q = m_st->caseEvent;
    for (const Kind &kind : kinds) {
        const bool completion = kind.count == &CaseTally::completed;
        if (const Status s = run(q, {QLatin1String(kind.type), day.start(), day.end()}); !s)
            return s;
        while (q.next()) {
            const QString staff = q.value(1).toString();
            const bool onTime = completion && q.value(2).toInt() != 0;
            for (CaseTally *t : {&f.cases, &f.casesByItem[q.value(3).toString()],
                                 &f.casesByWindow[q.value(4).toString()],
                                 &f.casesByMode[q.value(5).toString()], &f.clerks[staff].cases}) {
                ++(t->*kind.count);
                if (onTime)
                    ++t->completedOnTime;
            }
        }
        q.finish();
    }
    return success();
}

Status DayFiguresReader::readPayments(const LocalDay &day, PeriodFigures &f)
{
    QHash<QString, Taken> today;
    QSqlQuery &p = m_st->payments;
    if (const Status s = run(p, {day.start(), day.end()}); !s)
        return s;
    while (p.next()) {
        const QString at = p.value(0).toString();
        Taken t;
        t.staffNo = p.value(1).toString();
        t.amountFen = p.value(3).toLongLong();
        t.method = p.value(4).toString();
        for (MoneyTally *m : {&f.money, &f.moneyByMethod[t.method], &f.clerks[t.staffNo].money}) {
            ++m->payments;
            m->takenFen += t.amountFen;
        }
        if (const int hour = day.hourOf(at); hour >= 0)
            ++f.paymentsByHour[hour];
        today.insert(p.value(2).toString(), t);
    }
    p.finish();

    QSqlQuery &fees = m_st->fees;
    if (const Status s = run(fees, {day.start(), day.end()}); !s)
        return s;
    while (fees.next()) {
        FeeTally &t = f.fees[fees.value(0).toString()];
        t.quantity += fees.value(1).toLongLong();
        t.amountFen += fees.value(2).toLongLong();
    }
    fees.finish();

    const auto original = [&](const QString &receiptNo) -> std::optional<Taken> {
        if (const auto it = today.constFind(receiptNo); it != today.constEnd())
            return it.value();
        if (m_st->hasPaymentTable) {
            QSqlQuery &q = m_st->paymentRow;
            if (run(q, {receiptNo}) && q.next()) {
                const Taken t{q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toString()};
                q.finish();
                return t;
            }
            q.finish();
        }
        const std::optional<DocumentNumber::Parts> parts = DocumentNumber::parse(receiptNo);
        if (parts && parts->kind == DocumentNumber::Receipt && parts->day != day.date()) {
            const LocalDay taken(parts->day);
            QSqlQuery &q = m_st->paymentEvent;
            if (run(q, {taken.start(), taken.end(), receiptNo}) && q.next()) {
                const Taken t{q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toString()};
                q.finish();
                return t;
            }
            q.finish();
        }
        return std::nullopt;
    };

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
    for (PaymentCorrection &x : corrections) {
        const std::optional<Taken> t = original(x.receiptNo);
        x.paymentFound = t.has_value();
        x.takenBy = t ? t->staffNo : x.staffNo;
        x.method = t ? t->method : QString();
        if (!x.refund)
            x.amountFen = t ? t->amountFen : 0;
        for (MoneyTally *m : {&f.money, &f.moneyByMethod[x.method], &f.clerks[x.takenBy].money}) {
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
    QHash<QString, qint64> issuedMs;
    QSqlQuery &i = m_st->issued;
    if (const Status s = run(i, {day.start(), day.end()}); !s)
        return s;
    while (i.next()) {
        const QString at = i.value(0).toString();
        ++queue.issued;
        if (const int hour = day.hourOf(at); hour >= 0)
            ++f.ticketsByHour[hour];
        issuedMs.insert(i.value(1).toString(), msecsOr(i.value(2), at));
    }
    i.finish();

    QHash<QString, Call> calls;
    QSqlQuery &c = m_st->called;
    if (const Status s = run(c, {day.start(), day.end()}); !s)
        return s;
    while (c.next()) {
        const QString ticketNo = c.value(2).toString();
        const qint64 ms = msecsOr(c.value(3), c.value(0).toString());
        const QString dataStaff = c.value(4).toString();
        Call &call = calls[ticketNo];
        call.staffNo = dataStaff.isEmpty() ? c.value(1).toString() : dataStaff;
        call.lastMs = ms;
        if (call.firstMs >= 0)
            continue; // a recall: the wait ended at the first call
        call.firstMs = ms;
        ++queue.called;
        const auto issued = issuedMs.constFind(ticketNo);
        if (issued == issuedMs.constEnd() || issued.value() < 0 || ms < 0)
            continue; // issued before the day began: its wait is not this day's
        const qint64 wait = std::max<qint64>(0, ms - issued.value());
        ++queue.waitBands[QueueTally::bandOf(wait)];
        queue.waitMsTotal += wait;
        ++queue.waited;
    }
    c.finish();

    QSqlQuery &e = m_st->finished;
    if (const Status s = run(e, {day.start(), day.end()}); !s)
        return s;
    while (e.next()) {
        const QString outcome = e.value(3).toString();
        if (outcome == QLatin1String("no_show")) {
            ++queue.noShow;
            continue;
        }
        if (outcome == QLatin1String("transferred")) {
            ++queue.transferred;
            continue;
        }
        if (outcome != QLatin1String("served"))
            continue;
        ++queue.served;
        const Call call = calls.value(e.value(2).toString());
        QString staff = e.value(1).toString();
        if (staff.isEmpty())
            staff = call.staffNo;
        ClerkTally &clerk = f.clerks[staff];
        ++clerk.ticketsServed;
        const qint64 finishedMs = msecsOr(e.value(4), e.value(0).toString());
        if (call.lastMs < 0 || finishedMs < 0)
            continue;
        const qint64 service = std::max<qint64>(0, finishedMs - call.lastMs);
        queue.serviceMsTotal += service;
        ++queue.serviced;
        clerk.serviceMsTotal += service;
        ++clerk.serviced;
    }
    e.finish();
    return success();
}

Status DayFiguresReader::readRatings(const LocalDay &day, PeriodFigures &f)
{
    QSqlQuery &q = m_st->ratings;
    if (const Status s = run(q, {day.start(), day.end()}); !s)
        return s;
    while (q.next()) {
        const QString type = q.value(0).toString();
        if (type == QLatin1String("callback.recorded")) {
            ++f.callbackAttempts;
            if (q.value(3).toInt() != 0)
                ++f.callbacksReached;
            continue;
        }
        const bool forCase = type == QLatin1String("case.rated");
        const int score = q.value(2).toInt();
        f.ratings.addScore(forCase, score);
        f.clerks[q.value(1).toString()].ratings.addScore(forCase, score);
    }
    q.finish();
    return success();
}
