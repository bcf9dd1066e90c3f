// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/queuedemo.h"

#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/queue/callbackservice.h"
#include "core/queue/queuesetup.h"
#include "core/queue/ratingservice.h"
#include "core/queue/ticketservice.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

struct CategorySeed
{
    const char *code;
    const char16_t *name;
};
const CategorySeed kCategories[] = {{"A", u"综合业务"},
                                    {"B", u"民政残联"},
                                    {"C", u"电信业务"},
                                    {"D", u"社保就业"},
                                    {"E", u"国土村建"}};

// The score a visitor gives: mostly very satisfied, a few unhappy (for the callbacks).
int scoreFor(quint64 r)
{
    const int roll = int((r >> 52) % 100);
    if (roll < 68)
        return 5;
    if (roll < 88)
        return 4;
    if (roll < 95)
        return 3;
    if (roll < 98)
        return 2;
    return 1;
}

quint64 mix(quint64 x)
{
    x ^= x >> 31;
    x *= 0x7fb5d329728ea185ULL;
    x ^= x >> 27;
    x *= 0x81dadef4bc2dd44dULL;
    x ^= x >> 33;
    return x;
}

} // namespace

struct QueueDemo::Services
{
    explicit Services(Database &db) : tickets(db), ratings(db), callbacks(db) {}
    TicketService tickets;
    RatingService ratings;
    CallbackService callbacks;
};

QueueDemo::QueueDemo(Database &db)
    : m_db(db), m_services(std::make_unique<Services>(db)), m_today(Clock::today())
{
}

QueueDemo::~QueueDemo() = default;

Status QueueDemo::setUpCategories(const Session &by)
{
    const QList<QueueCategory> existing = QueueSetup::categories(m_db.connection(), true);
    int order = 0;
    for (const CategorySeed &seed : kCategories) {
        ++order;
        const QString code = QString::fromLatin1(seed.code);
        bool known = false;
        for (const QueueCategory &c : existing)
            known = known || c.code == code;
        if (known)
            continue;
        QueueCategory c;
        c.code = code;
        c.name = QString::fromUtf16(seed.name);
        c.prefix = code;
        c.sortOrder = order;
        if (const Status s = QueueSetup::saveCategory(m_db, by, c); !s)
            return s;
    }
    return success();
}

Status QueueDemo::arrive(WriteTransaction &tx, const Session &clerk, const QString &category,
                         quint64 r)
{
    const QDate today = Clock::today();
    if (today != m_day) {
        m_day = today;
        if (const Status s = workCallbacks(tx, clerk, today); !s)
            return s;
    }
    // A matter whose category the clerk's window does not serve (master data from HQ may
    // say anything) takes the window's first category; a window serving none issues nothing.
    m_withTicket = false;
    const Result<QueueWindow> window = QueueSetup::window(tx.database().connection(), clerk.window);
    if (!window || window->categories.isEmpty())
        return success();
    TicketRequest request;
    request.category =
        window->categories.contains(category) ? category : window->categories.first();
    const int kind = int((r >> 56) % 100); // the green channel: about one in ten
    request.priority = kind < 6    ? QStringLiteral("elderly")
                       : kind < 8  ? QStringLiteral("disabled")
                       : kind < 10 ? QStringLiteral("vip")
                                   : QStringLiteral("normal");
    const Result<Ticket> t = m_services->tickets.issue(tx, clerk, request);
    if (!t) {
        // Categories not set up on this terminal: the visit goes without a ticket.
        if (t.error().code() == QLatin1String("queue.unknown_category") ||
            t.error().code() == QLatin1String("queue.category_unserved"))
            return success();
        return t.error();
    }
    ++m_tickets;
    m_withTicket = true;
    return success();
}

Status QueueDemo::call(WriteTransaction &tx, const Session &clerk)
{
    if (!m_withTicket)
        return success();
    const Result<Ticket> called = m_services->tickets.callNext(tx, clerk, clerk.window);
    if (called)
        return success();
    if (called.error().code() != QLatin1String("queue.still_serving"))
        return called.error();
    // The visitor before left without the clerk ending the service (a duplicate customer).
    const Result<Ticket> finished = m_services->tickets.finish(tx, clerk, clerk.window);
    if (!finished)
        return finished.error();
    const Result<Ticket> next = m_services->tickets.callNext(tx, clerk, clerk.window);
    return next ? success() : Status(next.error());
}

Status QueueDemo::leave(WriteTransaction &tx, const Session &clerk, quint64 r)
{
    if (!m_withTicket)
        return success();
    m_withTicket = false;
    const Result<Ticket> t = m_services->tickets.finish(tx, clerk, clerk.window);
    if (!t)
        return t.error();
    if ((r >> 40) % 100 >= 85) // not everyone touches the pad
        return success();
    const Result<Rating> rated =
        m_services->ratings.rateTicket(tx, clerk, t->ticketNo, scoreFor(r));
    return rated ? success() : Status(rated.error());
}

Status QueueDemo::workCallbacks(WriteTransaction &tx, const Session &clerk, QDate day)
{
    // Callbacks due by this day; the last few days' are partly left open (and some of those
    // overdue), so the demo has callbacks to work.
    QSqlQuery q = tx.prepare(QStringLiteral(
        "SELECT callback_id, due_on FROM callback WHERE status = 'open' AND due_on <= ? "
        "AND (retry_after IS NULL OR retry_after <= ?) ORDER BY due_on, created_at"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(Clock::nowStamp());
    if (const Status s = tx.exec(q); !s)
        return s;
    QStringList due;
    while (q.next()) {
        const QDate dueOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QString id = q.value(0).toString();
        const bool recent = dueOn.daysTo(m_today) <= 4;
        if (recent && mix(qHash(id)) % 3 == 0)
            continue;
        due.append(id);
    }
    q.finish();
    const QStringList outcomes = CallbackService::reachedOutcomes();
    for (const QString &id : std::as_const(due)) {
        const quint64 h = mix(qHash(id) + quint64(day.toJulianDay()));
        CallbackAttempt attempt;
        attempt.reached = h % 100 < 75;
        if (attempt.reached) {
            const int pick = int((h >> 8) % 10);
            attempt.outcome = outcomes.at(pick < 5 ? 0 : pick < 9 ? 1 : 2);
            attempt.notes = attempt.outcome == outcomes.at(0)
                                ? QStringLiteral("已向客户致歉，问题已处理")
                            : attempt.outcome == outcomes.at(1)
                                ? QStringLiteral("已解释办理时限和所需材料，客户表示理解")
                                : QStringLiteral("客户仍有意见，已转值班长处理");
        } else {
            attempt.notes = QStringLiteral("无人接听");
        }
        const Result<Callback> c = m_services->callbacks.record(tx, clerk, id, attempt);
        if (!c)
            return c.error();
    }
    return success();
}

Result<int> QueueDemo::fillTodaysQueue()
{
    const QString today = BusinessDay::today().toString(Qt::ISODate);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT count(*) FROM ticket WHERE business_day = ? AND status = "
                             "'waiting'"));
    q.addBindValue(today);
    const int waiting = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (waiting >= 12)
        return 0;
    Session kiosk;
    kiosk.staffNo = QStringLiteral("1001");
    kiosk.name = QStringLiteral("张丽");
    kiosk.role = Role::Clerk;
    kiosk.window = QStringLiteral("W01");
    const struct
    {
        const char *category;
        const char *priority;
    } queue[] = {{"A", "normal"}, {"C", "normal"},  {"A", "normal"},   {"B", "normal"},
                 {"C", "vip"},    {"A", "elderly"}, {"D", "normal"},   {"C", "normal"},
                 {"E", "normal"}, {"A", "normal"},  {"B", "disabled"}, {"C", "normal"}};
    int issued = 0;
    for (const auto &t : queue) {
        TicketRequest request;
        request.category = QString::fromLatin1(t.category);
        request.priority = QString::fromLatin1(t.priority);
        const Result<Ticket> ticket = m_services->tickets.issue(kiosk, request);
        if (!ticket) {
            // A category the applied master data no longer serves is left out.
            if (ticket.error().code() == QLatin1String("queue.category_unserved") ||
                ticket.error().code() == QLatin1String("queue.unknown_category"))
                continue;
            return ticket.error();
        }
        ++issued;
    }
    m_tickets += issued;
    return issued;
}
