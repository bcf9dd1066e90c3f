// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/ticketservice.h"

#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"
#include "core/common/numbersequence.h"
#include "core/queue/ticketlist.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/fieldseal.h"
#include "core/storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace {

// The types of case events a clerk's work during a service leaves in the log.
const char *const kCaseEventTypes =
    "'case.registered', 'case.accepted', 'case.materials_requested', 'case.refused', "
    "'case.forwarded', 'case.extended', 'case.completed', 'case.delivered', 'case.approved', "
    "'case.assigned', 'case.result', 'case.replied'";

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QStringList listFrom(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

QString compact(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

Status requireStaff(const Session &session)
{
    if (const Status s = session.require(Permission::ServeCustomers); !s)
        return s;
    if (session.staffNo.isEmpty()) {
        return Error(QStringLiteral("queue.no_staff"),
                     QT_TRANSLATE_NOOP("Error", "The queue is worked by staff signed in with "
                                                "their staff number. Sign in at the counter."));
    }
    return success();
}

Error noCurrent(const QString &window)
{
    return Error(QStringLiteral("queue.no_current"),
                 QT_TRANSLATE_NOOP("Error", "No ticket is being served at window %1. Call the "
                                            "next ticket first."),
                 {window});
}

// The post the session's staff member may hold at the window, or empty when none.
QString eligiblePost(const QueueWindow &w, const Session &session)
{
    if (!w.staffA.isEmpty() && w.staffA == session.staffNo)
        return QStringLiteral("a");
    if (!w.staffB.isEmpty() && w.staffB == session.staffNo)
        return QStringLiteral("b");
    if (session.role == Role::Supervisor || (w.staffA.isEmpty() && w.staffB.isEmpty()))
        return QStringLiteral("cover");
    return QString();
}

Error notYourPost(const QueueWindow &w)
{
    return Error(QStringLiteral("queue.not_your_post"),
                 QT_TRANSLATE_NOOP("Error", "Window %1 is worked by staff no. %2 (A post) and "
                                            "%3 (B post). Work at your own window, or ask a "
                                            "supervisor to cover this one."),
                 {w.code, w.staffA.isEmpty() ? QStringLiteral("-") : w.staffA,
                  w.staffB.isEmpty() ? QStringLiteral("-") : w.staffB});
}

qint64 msBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() && to.isValid() ? std::max<qint64>(0, from.msecsTo(to)) : 0;
}

} // namespace

struct TicketService::Statements
{
    explicit Statements(const QSqlDatabase &db) : byId(db), current(db), update(db)
    {
        byId.prepare(
            QStringLiteral("SELECT %1 FROM ticket WHERE ticket_id = ?").arg(TicketList::columns()));
        current.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE window_code = ? AND "
                                       "business_day = ? AND status IN ('called', 'parked') "
                                       "ORDER BY ticket_id")
                            .arg(TicketList::columns()));
        update.prepare(QStringLiteral(
            "UPDATE ticket SET category = ?, status = ?, target_window = ?, window_code = ?, "
            "staff_no = ?, queued_at = ?, first_called_at = ?, called_at = ?, call_count = ?, "
            "service_started_at = ?, service_ms = ?, transfers = ?, finished_at = ?, "
            "outcome = ?, case_nos = ?, customer_id = ?, leg_called_at = ? WHERE ticket_id = ?"));
    }
    QSqlQuery byId;
    QSqlQuery current;
    QSqlQuery update;
};

TicketService::TicketService(Database &db) : m_db(db) {}

TicketService::~TicketService() = default;

TicketService::Statements &TicketService::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection());
    return *m_statements;
}

QString TicketService::formatNumber(const QString &prefix, int sequence)
{
    return prefix + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

namespace {

// What one window action needs: the window, the moment and the day.
struct WindowContext
{
    QueueWindow window;
    QDateTime now;
    QString stamp;
    QDate today;
    // The ticket being served (status called) and those parked, today, at the window.
    std::optional<Ticket> called;
    QList<Ticket> parked;
};

} // namespace

// Checks the staff member, the day and the window's post (taking a free window for an
// eligible member), then reads the tickets at the window.
static Result<WindowContext> openWindow(WriteTransaction &tx, QSqlQuery &currentQuery,
                                        const Session &session, const QString &windowCode,
                                        bool takeFreePost = true)
{
    if (const Status s = requireStaff(session); !s)
        return s.error();
    WindowContext c;
    c.now = Clock::nowUtc();
    c.stamp = Clock::stamp(c.now);
    c.today = BusinessDay::today();
    const QSqlDatabase db = tx.database().connection();
    if (const Status s = BusinessDay::requireOpen(db, c.today); !s)
        return s.error();
    const Result<QueueWindow> w = QueueSetup::window(db, windowCode);
    if (!w)
        return w.error();
    c.window = w.value();
    if (takeFreePost && c.window.handler != session.staffNo) {
        if (!c.window.handler.isEmpty()) {
            return Error(QStringLiteral("queue.window_taken"),
                         QT_TRANSLATE_NOOP("Error", "Staff no. %1 works window %2 today. "
                                                    "Take the window over if you are covering "
                                                    "for them."),
                         {c.window.handler, c.window.code});
        }
        const QString post = eligiblePost(c.window, session);
        if (post.isEmpty())
            return notYourPost(c.window);
        QSqlQuery q = tx.prepare(QStringLiteral(
            "INSERT INTO window_post(window_code, business_day, staff_no, post, since) "
            "VALUES(?, ?, ?, ?, ?) ON CONFLICT(window_code) DO UPDATE SET "
            "business_day = excluded.business_day, staff_no = excluded.staff_no, "
            "post = excluded.post, since = excluded.since"));
        for (const QVariant &v : {QVariant(c.window.code), QVariant(day(c.today)),
                                  QVariant(session.staffNo), QVariant(post), QVariant(c.stamp)})
            q.addBindValue(v);
        if (const Status s = tx.exec(q); !s)
            return s.error();
        tx.touch(QStringLiteral("window_post"));
        c.window.handler = session.staffNo;
        c.window.post = post;
    }
    currentQuery.addBindValue(c.window.code);
    currentQuery.addBindValue(day(c.today));
    if (const Status s = tx.exec(currentQuery); !s)
        return s.error();
    while (currentQuery.next()) {
        Ticket t = TicketList::read(currentQuery);
        if (t.isCalled())
            c.called = t;
        else
            c.parked.append(t);
    }
    currentQuery.finish();
    return c;
}

namespace {

// Writes a ticket's changing columns back.
Status store(WriteTransaction &tx, QSqlQuery &q, const Ticket &t, const QDateTime &legCalled)
{
    const auto stamp = [](const QDateTime &d) {
        return d.isValid() ? QVariant(Clock::stamp(d)) : QVariant(QMetaType(QMetaType::QString));
    };
    for (const QVariant &v :
         {QVariant(t.category), QVariant(t.status), nullable(t.targetWindow),
          nullable(t.windowCode), nullable(t.staffNo), stamp(t.queuedAt), stamp(t.firstCalledAt),
          stamp(t.calledAt), QVariant(t.callCount), stamp(t.serviceStartedAt),
          QVariant(t.serviceMs), QVariant(t.transfers), stamp(t.finishedAt), nullable(t.outcome),
          QVariant(compact(t.caseNos)), nullable(t.customerId), stamp(legCalled), QVariant(t.id)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("ticket"));
    return success();
}

QJsonObject baseEvent(const Ticket &t, const QString &window, const QString &staff)
{
    return {{QStringLiteral("ticket_no"), t.ticketNo},
            {QStringLiteral("business_day"), day(t.businessDay)},
            {QStringLiteral("category"), t.category},
            {QStringLiteral("window"), window},
            {QStringLiteral("staff"), staff}};
}

// The cases the clerk registered or handled since the leg began, except those already
// linked to another of the day's tickets they finished meanwhile (a parked customer's
// wait while the clerk served someone else).
Result<QStringList> casesDuring(WriteTransaction &tx, const Ticket &t, const QString &staff,
                                const QDateTime &since)
{
    QStringList cases;
    if (!since.isValid())
        return cases;
    QSqlQuery q = tx.prepare(
        QStringLiteral("SELECT json_extract(data, '$.case_no') FROM event_log WHERE type IN (%1) "
                       "AND at >= ? AND staff = ? ORDER BY seq")
            .arg(QLatin1String(kCaseEventTypes)));
    q.addBindValue(Clock::stamp(since));
    q.addBindValue(staff);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    while (q.next()) {
        const QString caseNo = q.value(0).toString();
        if (!caseNo.isEmpty() && !cases.contains(caseNo))
            cases.append(caseNo);
    }
    if (cases.isEmpty())
        return cases;
    QSqlQuery others = tx.prepare(QStringLiteral(
        "SELECT case_nos FROM ticket WHERE business_day = ? AND staff_no = ? AND ticket_id <> ? "
        "AND finished_at >= ? AND case_nos <> '[]'"));
    others.addBindValue(day(t.businessDay));
    others.addBindValue(staff);
    others.addBindValue(t.id);
    others.addBindValue(Clock::stamp(since));
    if (const Status s = tx.exec(others); !s)
        return s.error();
    while (others.next()) {
        const QStringList linked = listFrom(others.value(0).toString());
        for (const QString &c : linked)
            cases.removeAll(c);
    }
    return cases;
}

// Whether at least one active window serves the category.
bool isServed(const QSqlDatabase &db, const QString &category)
{
    const QList<QueueWindow> windows = QueueSetup::windows(db);
    for (const QueueWindow &w : windows) {
        if (w.categories.contains(category))
            return true;
    }
    return false;
}

Error unserved(const QueueCategory &c)
{
    return Error(QStringLiteral("queue.category_unserved"),
                 QT_TRANSLATE_NOOP("Error", "No window serves \"%1 %2\" at the moment. Choose "
                                            "another category or ask at the information desk."),
                 {c.code, c.name});
}

} // namespace

Result<Ticket> TicketService::issue(const Session &session, const TicketRequest &request)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return issue(tx, session, request); });
}

namespace {

// Who the optional customer link on a ticket names.
struct CustomerLink
{
    QString customerId;
    QString contactPhone;
    bool vip = false;
};

// An ID number must be registered; a mobile is matched to its newest customer, or kept as
// the contact for a callback.
Result<CustomerLink> findCustomerLink(WriteTransaction &tx, const QString &link)
{
    CustomerLink found;
    if (link.isEmpty())
        return found;
    const Result<IdNumber> id = IdNumber::parse(link);
    const Result<MobileNumber> mobile =
        id ? Result<MobileNumber>(MobileNumber()) : MobileNumber::parse(link);
    if (!id && !mobile) {
        return Error(QStringLiteral("queue.bad_link"),
                     QT_TRANSLATE_NOOP("Error", "Enter a resident ID number (18 characters) "
                                                "or a mobile number (11 digits), or leave the "
                                                "field empty."));
    }
    QSqlQuery q = tx.prepare(
        id ? QStringLiteral("SELECT customer_id, vip, phone FROM customer WHERE id_blind = ? AND "
                            "id_type = 'resident_id'")
           : QStringLiteral("SELECT customer_id, vip, phone FROM customer WHERE phone = ? "
                            "ORDER BY created_at DESC LIMIT 1"));
    // ID numbers are sealed: the look-up probes their keyed blind index.
    q.addBindValue(id ? FieldSeal::blindIndex(tx.database().deviceKey(), id->value())
                      : mobile->value());
    if (const Status s = tx.exec(q); !s)
        return s.error();
    if (q.next()) {
        found.customerId = q.value(0).toString();
        found.contactPhone = q.value(2).toString();
        found.vip = q.value(1).toBool();
    } else if (id) {
        return Error(QStringLiteral("queue.unknown_customer"),
                     QT_TRANSLATE_NOOP("Error", "No customer is registered with this ID "
                                                "number. Take the ticket without it; the "
                                                "clerk registers you at the window."));
    } else {
        found.contactPhone = mobile->value();
    }
    return found;
}

// A ticket as issuing will write it, every field checked; its number comes with the write.
struct TicketDraft
{
    QueueCategory category;
    Ticket ticket;
};

Result<TicketDraft> validateTicket(WriteTransaction &tx, const Session &session,
                                   const TicketRequest &request, QDate today)
{
    if (const Status s = requireStaff(session); !s)
        return s.error();
    const QSqlDatabase db = tx.database().connection();
    if (const Status s = BusinessDay::requireOpen(db, today); !s)
        return s.error();
    const Result<QueueCategory> category = QueueSetup::category(db, request.category.trimmed());
    if (!category)
        return category.error();
    if (!isServed(db, category->code))
        return unserved(category.value());
    QString priority = request.priority.isEmpty() ? QStringLiteral("normal") : request.priority;
    if (!TicketText::priorities().contains(priority)) {
        return Error(QStringLiteral("queue.bad_priority"),
                     QT_TRANSLATE_NOOP("Error", "\"%1\" is not a ticket kind. Choose normal, "
                                                "VIP, elderly or disabled."),
                     {priority});
    }
    const Result<CustomerLink> link = findCustomerLink(tx, request.customerLink.trimmed());
    if (!link)
        return link.error();
    if (link->vip && priority == QLatin1String("normal"))
        priority = QStringLiteral("vip");
    TicketDraft d;
    d.category = category.value();
    Ticket &t = d.ticket;
    t.businessDay = today;
    t.category = category->code;
    t.issuedCategory = category->code;
    t.priority = priority;
    t.green = TicketText::isGreen(priority);
    t.channel =
        request.channel == QLatin1String("counter") ? request.channel : QStringLiteral("kiosk");
    t.customerId = link->customerId;
    t.contactPhone = link->contactPhone;
    t.status = QStringLiteral("waiting");
    t.issuedBy = session.staffNo;
    return d;
}

// People ahead: those waiting in the category who will be called first.
Result<int> countAhead(WriteTransaction &tx, const Ticket &t, const QString &stamp)
{
    QSqlQuery ahead = tx.prepare(QStringLiteral(
        "SELECT count(*) FROM ticket WHERE business_day = ? AND status = 'waiting' AND "
        "category = ? AND target_window IS NULL AND (green > ? OR (green = ? AND issued_at <= "
        "?))"));
    for (const QVariant &v : {QVariant(day(t.businessDay)), QVariant(t.category),
                              QVariant(int(t.green)), QVariant(int(t.green)), QVariant(stamp)})
        ahead.addBindValue(v);
    if (const Status s = tx.exec(ahead); !s)
        return s.error();
    const int count = ahead.next() ? ahead.value(0).toInt() : 0;
    ahead.finish();
    return count;
}

// Writes the ticket row and sets the ticket's id.
Status insertTicket(WriteTransaction &tx, Ticket &t, const QString &stamp)
{
    QSqlQuery q = tx.prepare(QStringLiteral(
        "INSERT INTO ticket(business_day, ticket_no, category, issued_category, priority, green, "
        "channel, customer_id, contact_phone, status, issued_by, issued_at, queued_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(day(t.businessDay)), QVariant(t.ticketNo), QVariant(t.category),
          QVariant(t.issuedCategory), QVariant(t.priority), QVariant(int(t.green)),
          QVariant(t.channel), nullable(t.customerId), nullable(t.contactPhone), QVariant(t.status),
          QVariant(t.issuedBy), QVariant(stamp), QVariant(stamp)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s;
    t.id = q.lastInsertId().toLongLong();
    tx.touch(QStringLiteral("ticket"));
    return success();
}

Status appendIssued(WriteTransaction &tx, const Session &session, const Ticket &t,
                    const QString &stamp)
{
    QJsonObject data{{QStringLiteral("ticket_no"), t.ticketNo},
                     {QStringLiteral("category"), t.category},
                     {QStringLiteral("priority"), t.priority},
                     {QStringLiteral("issued_at"), stamp},
                     {QStringLiteral("business_day"), day(t.businessDay)},
                     {QStringLiteral("channel"), t.channel},
                     {QStringLiteral("people_ahead"), t.peopleAhead}};
    if (!t.customerId.isEmpty())
        data.insert(QStringLiteral("customer_id"), t.customerId);
    const Result<Event> e = tx.append(QStringLiteral("ticket.issued"), session.staffNo, data);
    if (!e)
        return e.error();
    return success();
}

} // namespace

Result<Ticket> TicketService::issue(WriteTransaction &tx, const Session &session,
                                    const TicketRequest &request)
{
    const QDate today = BusinessDay::today();
    Result<TicketDraft> draft = validateTicket(tx, session, request, today);
    if (!draft)
        return draft.error();
    const QueueCategory &category = draft->category;
    Ticket t = draft->ticket;
    const Result<int> seq =
        NumberSequence::next(tx, QStringLiteral("ticket.") + category.prefix, today);
    if (!seq)
        return seq.error();
    t.ticketNo = formatNumber(category.prefix, seq.value());
    t.issuedAt = Clock::nowUtc();
    t.queuedAt = t.issuedAt;
    const QString stamp = Clock::stamp(t.issuedAt);
    const Result<int> ahead = countAhead(tx, t, stamp);
    if (!ahead)
        return ahead.error();
    t.peopleAhead = ahead.value();
    if (const Status s = insertTicket(tx, t, stamp); !s)
        return s.error();
    if (const Status s = appendIssued(tx, session, t, stamp); !s)
        return s.error();
    return t;
}

Result<Ticket> TicketService::callNext(const Session &session, const QString &window)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return callNext(tx, session, window); });
}

Result<Ticket> TicketService::callNext(WriteTransaction &tx, const Session &session,
                                       const QString &window)
{
    Statements &st = statements();
    const Result<WindowContext> c = openWindow(tx, st.current, session, window);
    if (!c)
        return c.error();
    if (c->called) {
        return Error(QStringLiteral("queue.still_serving"),
                     QT_TRANSLATE_NOOP("Error", "Ticket %1 is still at window %2. End its "
                                                "service, transfer it or park it before calling "
                                                "the next one."),
                     {c->called->ticketNo, window});
    }
    if (c->window.categories.isEmpty()) {
        return Error(QStringLiteral("queue.window_serves_nothing"),
                     QT_TRANSLATE_NOOP("Error", "Window %1 serves no queue category, so it has "
                                                "nobody to call. Ask headquarters to assign its "
                                                "categories."),
                     {window});
    }
    QSqlQuery next = TicketList::waitingFor(tx.database().connection(), c->window, c->today, 0, 1);
    if (const Status s = tx.exec(next); !s)
        return s.error();
    if (!next.next()) {
        return Error(
            QStringLiteral("queue.nothing_waiting"),
            QT_TRANSLATE_NOOP("Error", "Nobody is waiting for window %1 (%2). Call "
                                       "again when a ticket is issued."),
            {window, QueueSetup::describe(tx.database().connection(), c->window.categories)});
    }
    Ticket t = TicketList::read(next);
    next.finish();
    const qint64 waitedMs = msBetween(t.queuedAt, c->now);
    t.status = QStringLiteral("called");
    t.windowCode = window;
    t.staffNo = session.staffNo;
    if (!t.firstCalledAt.isValid())
        t.firstCalledAt = c->now;
    t.calledAt = c->now;
    t.callCount += 1;
    t.serviceStartedAt = c->now;
    t.serviceMs = 0; // a new leg: the service at this window starts now
    if (const Status s = store(tx, st.update, t, c->now); !s)
        return s.error();
    QJsonObject data = baseEvent(t, window, session.staffNo);
    data.insert(QStringLiteral("called_at"), c->stamp);
    data.insert(QStringLiteral("priority"), t.priority);
    data.insert(QStringLiteral("waited_ms"), waitedMs);
    if (!t.customerId.isEmpty())
        data.insert(QStringLiteral("customer_id"), t.customerId);
    const Result<Event> e = tx.append(QStringLiteral("ticket.called"), session.staffNo, data);
    if (!e)
        return e.error();
    return t;
}

Result<Ticket> TicketService::recall(const Session &session, const QString &window)
{
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) -> Result<Ticket> {
        Statements &st = statements();
        const Result<WindowContext> c = openWindow(tx, st.current, session, window);
        if (!c)
            return c.error();
        if (!c->called)
            return noCurrent(window);
        Ticket t = c->called.value();
        QSqlQuery &leg = st.byId;
        leg.addBindValue(t.id);
        if (const Status s = tx.exec(leg); !s)
            return s.error();
        const QDateTime legCalled = leg.next() ? TicketList::legCalledAt(leg) : QDateTime();
        leg.finish();
        t.calledAt = c->now;
        t.callCount += 1;
        if (const Status s = store(tx, st.update, t, legCalled); !s)
            return s.error();
        QJsonObject data = baseEvent(t, window, session.staffNo);
        data.insert(QStringLiteral("called_at"), c->stamp);
        data.insert(QStringLiteral("call_count"), t.callCount);
        const Result<Event> e = tx.append(QStringLiteral("ticket.recalled"), session.staffNo, data);
        if (!e)
            return e.error();
        return t;
    });
}

Result<Ticket> TicketService::finish(const Session &session, const QString &window)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return finish(tx, session, window); });
}

namespace {

// Ends the present leg of the ticket at the window: served, no_show or transferred.
struct Ending
{
    QString outcome;
    TransferTarget target; // transferred
};

} // namespace

static Result<Ticket> endLeg(WriteTransaction &tx, QSqlQuery &byId, QSqlQuery &update,
                             const WindowContext &c, const Session &session, const Ending &ending)
{
    Ticket t = c.called.value();
    byId.addBindValue(t.id);
    if (const Status s = tx.exec(byId); !s)
        return s.error();
    const QDateTime legCalled = byId.next() ? TicketList::legCalledAt(byId) : QDateTime();
    byId.finish();

    QStringList legCases;
    if (ending.outcome != QLatin1String("no_show")) {
        const Result<QStringList> cases = casesDuring(tx, t, session.staffNo, legCalled);
        if (!cases)
            return cases.error();
        legCases = cases.value();
    }
    for (const QString &caseNo : std::as_const(legCases)) {
        if (!t.caseNos.contains(caseNo))
            t.caseNos.append(caseNo);
    }
    if (t.customerId.isEmpty() && !legCases.isEmpty()) {
        QSqlQuery owner =
            tx.prepare(QStringLiteral("SELECT customer_id FROM service_case WHERE case_no = ?"));
        owner.addBindValue(legCases.first());
        if (const Status s = tx.exec(owner); !s)
            return s.error();
        if (owner.next())
            t.customerId = owner.value(0).toString();
    }
    t.serviceMs += msBetween(t.serviceStartedAt, c.now);
    t.serviceStartedAt = QDateTime();
    const QString window = t.windowCode;
    QJsonObject data = baseEvent(t, window, session.staffNo);
    if (ending.outcome == QLatin1String("transferred")) {
        t.status = QStringLiteral("waiting");
        t.category = ending.target.category.isEmpty() ? t.category : ending.target.category;
        t.targetWindow = ending.target.window;
        t.staffNo.clear();
        t.queuedAt = c.now;
        t.transfers += 1;
        if (!ending.target.category.isEmpty())
            data.insert(QStringLiteral("to_category"), ending.target.category);
        if (!ending.target.window.isEmpty())
            data.insert(QStringLiteral("to_window"), ending.target.window);
    } else {
        t.status = ending.outcome;
        t.outcome = ending.outcome;
        t.finishedAt = c.now;
    }
    if (const Status s =
            store(tx, update, t,
                  ending.outcome == QLatin1String("transferred") ? QDateTime() : legCalled);
        !s)
        return s.error();
    data.insert(QStringLiteral("outcome"), ending.outcome);
    data.insert(QStringLiteral("finished_at"), c.stamp);
    data.insert(QStringLiteral("case_nos"), QJsonArray::fromStringList(legCases));
    data.insert(QStringLiteral("service_ms"), t.serviceMs);
    if (!t.customerId.isEmpty())
        data.insert(QStringLiteral("customer_id"), t.customerId);
    const Result<Event> e = tx.append(QStringLiteral("ticket.finished"), session.staffNo, data);
    if (!e)
        return e.error();
    return t;
}

Result<Ticket> TicketService::finish(WriteTransaction &tx, const Session &session,
                                     const QString &window)
{
    Statements &st = statements();
    const Result<WindowContext> c = openWindow(tx, st.current, session, window);
    if (!c)
        return c.error();
    if (!c->called)
        return noCurrent(window);
    return endLeg(tx, st.byId, st.update, c.value(), session, {QStringLiteral("served"), {}});
}

Result<Ticket> TicketService::noShow(const Session &session, const QString &window)
{
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) -> Result<Ticket> {
        Statements &st = statements();
        const Result<WindowContext> c = openWindow(tx, st.current, session, window);
        if (!c)
            return c.error();
        if (!c->called)
            return noCurrent(window);
        return endLeg(tx, st.byId, st.update, c.value(), session, {QStringLiteral("no_show"), {}});
    });
}

Result<Ticket> TicketService::transfer(const Session &session, const QString &window,
                                       const TransferTarget &rawTarget)
{
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) -> Result<Ticket> {
        Statements &st = statements();
        const Result<WindowContext> c = openWindow(tx, st.current, session, window);
        if (!c)
            return c.error();
        if (!c->called)
            return noCurrent(window);
        TransferTarget target{rawTarget.category.trimmed(), rawTarget.window.trimmed()};
        if (target.category.isEmpty() == target.window.isEmpty()) {
            return Error(QStringLiteral("queue.bad_transfer"),
                         QT_TRANSLATE_NOOP("Error", "Transfer the ticket either to a category "
                                                    "or to a window: choose one of the two."));
        }
        const QSqlDatabase db = tx.database().connection();
        if (!target.category.isEmpty()) {
            const Result<QueueCategory> category = QueueSetup::category(db, target.category);
            if (!category)
                return category.error();
            if (!isServed(db, category->code))
                return unserved(category.value());
        } else {
            const Result<QueueWindow> to = QueueSetup::window(db, target.window);
            if (!to)
                return to.error();
            if (to->code == window) {
                return Error(QStringLiteral("queue.same_window"),
                             QT_TRANSLATE_NOOP("Error", "The ticket is already at window %1. "
                                                        "Choose another window or category."),
                             {window});
            }
        }
        return endLeg(tx, st.byId, st.update, c.value(), session,
                      {QStringLiteral("transferred"), target});
    });
}

Result<Ticket> TicketService::park(const Session &session, const QString &window)
{
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) -> Result<Ticket> {
        Statements &st = statements();
        const Result<WindowContext> c = openWindow(tx, st.current, session, window);
        if (!c)
            return c.error();
        if (!c->called)
            return noCurrent(window);
        Ticket t = c->called.value();
        st.byId.addBindValue(t.id);
        if (const Status s = tx.exec(st.byId); !s)
            return s.error();
        const QDateTime legCalled = st.byId.next() ? TicketList::legCalledAt(st.byId) : QDateTime();
        st.byId.finish();
        t.status = QStringLiteral("parked");
        t.serviceMs += msBetween(t.serviceStartedAt, c->now);
        t.serviceStartedAt = QDateTime();
        if (const Status s = store(tx, st.update, t, legCalled); !s)
            return s.error();
        QJsonObject data = baseEvent(t, window, session.staffNo);
        data.insert(QStringLiteral("parked_at"), c->stamp);
        const Result<Event> e = tx.append(QStringLiteral("ticket.parked"), session.staffNo, data);
        if (!e)
            return e.error();
        return t;
    });
}

Result<Ticket> TicketService::resume(const Session &session, const QString &window,
                                     const QString &ticketNo)
{
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) -> Result<Ticket> {
        Statements &st = statements();
        const Result<WindowContext> c = openWindow(tx, st.current, session, window);
        if (!c)
            return c.error();
        std::optional<Ticket> parked;
        for (const Ticket &p : c->parked) {
            if (p.ticketNo == ticketNo.trimmed().toUpper())
                parked = p;
        }
        if (!parked) {
            return Error(QStringLiteral("queue.not_parked"),
                         QT_TRANSLATE_NOOP("Error", "Ticket %1 is not parked at window %2. "
                                                    "Choose one of the window's parked "
                                                    "tickets."),
                         {ticketNo, window});
        }
        if (c->called) {
            return Error(QStringLiteral("queue.still_serving"),
                         QT_TRANSLATE_NOOP("Error", "Ticket %1 is still at window %2. End its "
                                                    "service, transfer it or park it before "
                                                    "calling the next one."),
                         {c->called->ticketNo, window});
        }
        Ticket t = parked.value();
        st.byId.addBindValue(t.id);
        if (const Status s = tx.exec(st.byId); !s)
            return s.error();
        const QDateTime legCalled = st.byId.next() ? TicketList::legCalledAt(st.byId) : QDateTime();
        st.byId.finish();
        t.status = QStringLiteral("called");
        t.staffNo = session.staffNo;
        t.serviceStartedAt = c->now;
        if (const Status s = store(tx, st.update, t, legCalled); !s)
            return s.error();
        QJsonObject data = baseEvent(t, window, session.staffNo);
        data.insert(QStringLiteral("resumed_at"), c->stamp);
        const Result<Event> e = tx.append(QStringLiteral("ticket.resumed"), session.staffNo, data);
        if (!e)
            return e.error();
        return t;
    });
}

Result<QueueWindow> TicketService::takeOver(const Session &session, const QString &window)
{
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) -> Result<QueueWindow> {
        Statements &st = statements();
        const Result<WindowContext> c = openWindow(tx, st.current, session, window, false);
        if (!c)
            return c.error();
        QueueWindow w = c->window;
        if (w.handler == session.staffNo) {
            return Error(QStringLiteral("queue.already_yours"),
                         QT_TRANSLATE_NOOP("Error", "You already work window %1 today."), {window});
        }
        const QString post = eligiblePost(w, session);
        if (post.isEmpty())
            return notYourPost(w);
        const QString from = w.handler;
        QSqlQuery q = tx.prepare(QStringLiteral(
            "INSERT INTO window_post(window_code, business_day, staff_no, post, since) "
            "VALUES(?, ?, ?, ?, ?) ON CONFLICT(window_code) DO UPDATE SET "
            "business_day = excluded.business_day, staff_no = excluded.staff_no, "
            "post = excluded.post, since = excluded.since"));
        for (const QVariant &v : {QVariant(window), QVariant(day(c->today)),
                                  QVariant(session.staffNo), QVariant(post), QVariant(c->stamp)})
            q.addBindValue(v);
        if (const Status s = tx.exec(q); !s)
            return s.error();
        tx.touch(QStringLiteral("window_post"));
        QJsonObject data{{QStringLiteral("window"), window},
                         {QStringLiteral("staff"), session.staffNo},
                         {QStringLiteral("post"), post},
                         {QStringLiteral("from"), from},
                         {QStringLiteral("business_day"), day(c->today)},
                         {QStringLiteral("taken_at"), c->stamp}};
        // The customer at the window stays: the new handler serves them on.
        if (c->called) {
            Ticket t = c->called.value();
            QSqlQuery handover =
                tx.prepare(QStringLiteral("UPDATE ticket SET staff_no = ? WHERE ticket_id = ?"));
            handover.addBindValue(session.staffNo);
            handover.addBindValue(t.id);
            if (const Status s = tx.exec(handover); !s)
                return s.error();
            tx.touch(QStringLiteral("ticket"));
            data.insert(QStringLiteral("ticket_no"), t.ticketNo);
        }
        const Result<Event> e =
            tx.append(QStringLiteral("window.taken_over"), session.staffNo, data);
        if (!e)
            return e.error();
        w.handler = session.staffNo;
        w.post = post;
        return w;
    });
}

Result<Ticket> TicketService::find(const QString &ticketNo, QDate businessDay) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE business_day = ? AND ticket_no = ?")
                  .arg(TicketList::columns()));
    q.addBindValue(day(businessDay.isValid() ? businessDay : BusinessDay::today()));
    q.addBindValue(ticketNo.trimmed().toUpper());
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next()) {
        return Error(QStringLiteral("queue.unknown_ticket"),
                     QT_TRANSLATE_NOOP("Error", "There is no ticket %1 today. Check the number "
                                                "on the ticket."),
                     {ticketNo});
    }
    return TicketList::read(q);
}

Result<Ticket> TicketService::current(const QString &window) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE window_code = ? AND business_day = ? "
                             "AND status = 'called'")
                  .arg(TicketList::columns()));
    q.addBindValue(window);
    q.addBindValue(day(BusinessDay::today()));
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next())
        return noCurrent(window);
    return TicketList::read(q);
}

QList<Ticket> TicketService::parked(const QString &window) const
{
    QList<Ticket> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM ticket WHERE window_code = ? AND business_day = ? "
                             "AND status = 'parked' ORDER BY ticket_id")
                  .arg(TicketList::columns()));
    q.addBindValue(window);
    q.addBindValue(day(BusinessDay::today()));
    if (q.exec()) {
        while (q.next())
            list.append(TicketList::read(q));
    }
    return list;
}

QList<Ticket> TicketService::waitingFor(const QString &window, int limit) const
{
    QList<Ticket> list;
    const Result<QueueWindow> w = QueueSetup::window(m_db.connection(), window);
    if (!w)
        return list;
    QSqlQuery q =
        TicketList::waitingFor(m_db.connection(), w.value(), BusinessDay::today(), 0, limit);
    if (q.exec()) {
        while (q.next())
            list.append(TicketList::read(q));
    }
    return list;
}

int TicketService::waitingCount(const QString &window) const
{
    const Result<QueueWindow> w = QueueSetup::window(m_db.connection(), window);
    if (!w)
        return 0;
    QSqlQuery q =
        TicketList::waitingFor(m_db.connection(), w.value(), BusinessDay::today(), 0, 0, true);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}
