// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TicketService: numbering, call order, transfer, no-show, recall, park/resume, AB posts,
// the bad inputs of the issue, and the events every action leaves.
#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/queue/ticketservice.h"
#include "core/storage/eventlog.h"
#include "demo/demoseeder.h"
#include "queuefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Session clerk(const char *staffNo, const char *window = "W01", Role role = Role::Clerk)
{
    return QueueFixture::clerk(QString::fromLatin1(staffNo), QString::fromLatin1(window), role);
}

// The data of the newest event of a type.
QJsonObject lastEvent(Database &db, const QString &type)
{
    QSqlQuery q = db.query();
    q.prepare(
        QStringLiteral("SELECT data FROM event_log WHERE type = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

// Everything a refusal must leave untouched.
struct Snapshot
{
    qint64 events = 0;
    qint64 ticketRows = 0;
    qint64 ticketChanges = 0; // a checksum of the columns that move
    qint64 posts = 0;
    qint64 sequences = 0;

    static Snapshot of(TestDatabase &t)
    {
        Snapshot s;
        s.events = t.eventCount();
        s.ticketRows = t.scalar(QStringLiteral("SELECT count(*) FROM ticket"));
        s.ticketChanges = t.scalar(QStringLiteral(
            "SELECT coalesce(sum(length(status) + call_count + length(coalesce(window_code, '')) "
            "+ length(category) + transfers), 0) FROM ticket"));
        s.posts = t.scalar(QStringLiteral("SELECT count(*) FROM window_post"));
        s.sequences =
            t.scalar(QStringLiteral("SELECT coalesce(sum(last), 0) FROM number_sequence"));
        return s;
    }
    bool operator==(const Snapshot &o) const
    {
        return events == o.events && ticketRows == o.ticketRows &&
               ticketChanges == o.ticketChanges && posts == o.posts && sequences == o.sequences;
    }
};

} // namespace

class tst_TicketService : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Clock::reset(); }

    void numbering_data();
    void numbering();
    void callOrder_data();
    void callOrder();
    void issueWritesTheTicketAndItsEvent();
    void peopleAhead();
    void customerLink_data();
    void customerLink();
    void vipCustomerGetsTheGreenChannel();
    void callFinishAndTheEvents();
    void finishLinksTheCasesOfTheService();
    void recall();
    void noShow();
    void transfer_data();
    void transfer();
    void parkAndResume();
    void posts_data();
    void posts();
    void bTakesOverAsWindow();
    void actionsByState_data();
    void actionsByState();
    void refusals_data();
    void refusals();
    void newDayStartsAFreshQueue();
};

void tst_TicketService::numbering_data()
{
    QTest::addColumn<QStringList>("steps"); // "+N" moves N days on, else a category to issue
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("per category") << words("A A B A C B") << words("A001 A002 B001 A003 C001 B002");
    QTest::newRow("reset each business day")
        << words("A A B +1 A B B") << words("A001 A002 B001 A001 B001 B002");
    QTest::newRow("over a weekend") << words("C +5 C") << words("C001 C001");
}

void tst_TicketService::numbering()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, numbers);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    QStringList issued;
    for (const QString &step : steps) {
        if (step.startsWith(QLatin1Char('+'))) {
            Clock::advance(qint64(step.mid(1).toInt()) * 24 * 3600 * 1000);
            continue;
        }
        const Result<Ticket> t =
            tickets.issue(clerk("1001"), {step, QStringLiteral("normal"), {}, {}});
        QVERIFY2(t.ok(), qPrintable(t.error().english()));
        QCOMPARE(t->businessDay, Clock::today());
        issued.append(t->ticketNo);
    }
    QCOMPARE(issued, numbers);
}

void tst_TicketService::callOrder_data()
{
    QTest::addColumn<QStringList>("issue"); // category:priority, in issue order
    QTest::addColumn<QString>("window");
    QTest::addColumn<QStringList>("calls"); // the numbers called one after another

    QTest::newRow("first come first served")
        << words("A:normal A:normal A:normal") << str("W01") << words("A001 A002 A003");
    QTest::newRow("green channel first") << words("A:normal A:normal A:elderly A:normal A:disabled")
                                         << str("W01") << words("A003 A005 A001 A002 A004");
    QTest::newRow("across the categories a window serves")
        << words("B:normal A:normal B:normal A:vip") << str("W01") << words("A002 B001 A001 B002");
    QTest::newRow("only what the window serves")
        << words("A:normal B:normal C:normal B:elderly") << str("W02") << words("B002 B001");
    QTest::newRow("a green ticket of another category does not jump the queue")
        << words("C:normal A:vip C:normal") << str("W05") << words("C001 C002");
}

void tst_TicketService::callOrder()
{
    QFETCH(QStringList, issue);
    QFETCH(QString, window);
    QFETCH(QStringList, calls);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    for (const QString &spec : issue) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        const Result<Ticket> t = tickets.issue(clerk("1001"), {parts[0], parts[1], {}, {}});
        QVERIFY2(t.ok(), qPrintable(t.error().english()));
        Clock::advance(1000);
    }
    const Session at = QueueFixture::clerk(QStringLiteral("1002"), window);
    QStringList called;
    for (int i = 0; i < calls.size(); ++i) {
        const Result<Ticket> t = tickets.callNext(at, window);
        QVERIFY2(t.ok(), qPrintable(t.error().english()));
        called.append(t->ticketNo);
        QVERIFY(tickets.finish(at, window).ok());
        Clock::advance(1000);
    }
    QCOMPARE(called, calls);
    // The window's queue is empty now.
    const Result<Ticket> none = tickets.callNext(at, window);
    QCOMPARE(none.error().code(), QStringLiteral("queue.nothing_waiting"));
}

void tst_TicketService::issueWritesTheTicketAndItsEvent()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const qint64 before = hall.test().eventCount();
    const Result<Ticket> t =
        tickets.issue(clerk("1003"), {QStringLiteral("B"), QStringLiteral("elderly"), {}, {}});
    QVERIFY2(t.ok(), qPrintable(t.error().english()));
    QCOMPARE(t->ticketNo, QStringLiteral("B001"));
    QVERIFY(t->green);
    QCOMPARE(t->status, QStringLiteral("waiting"));
    QCOMPARE(t->issuedAt, QueueFixture::start());
    QCOMPARE(hall.test().eventCount(), before + 1);
    const QJsonObject e = lastEvent(hall.db(), QStringLiteral("ticket.issued"));
    QCOMPARE(e.value(QLatin1String("ticket_no")).toString(), QStringLiteral("B001"));
    QCOMPARE(e.value(QLatin1String("category")).toString(), QStringLiteral("B"));
    QCOMPARE(e.value(QLatin1String("priority")).toString(), QStringLiteral("elderly"));
    QCOMPARE(e.value(QLatin1String("issued_at")).toString(), Clock::stamp(QueueFixture::start()));
    QCOMPARE(e.value(QLatin1String("business_day")).toString(), QStringLiteral("2026-11-23"));
    const Result<Ticket> found = tickets.find(QStringLiteral("b001"));
    QVERIFY(found.ok());
    QCOMPARE(found->issuedBy, QStringLiteral("1003"));
    QCOMPARE(found->priority, QStringLiteral("elderly"));
}

void tst_TicketService::peopleAhead()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const auto issue = [&](const char *category, const char *priority) {
        Clock::advance(1000);
        return tickets
            .issue(clerk("1001"),
                   {QString::fromLatin1(category), QString::fromLatin1(priority), {}, {}})
            .value()
            .peopleAhead;
    };
    QCOMPARE(issue("A", "normal"), 0);
    QCOMPARE(issue("A", "normal"), 1);
    QCOMPARE(issue("B", "normal"), 0);
    QCOMPARE(issue("A", "elderly"), 0); // the green channel goes first
    QCOMPARE(issue("A", "normal"), 3);
    QCOMPARE(issue("A", "vip"), 1);
}

void tst_TicketService::customerLink_data()
{
    QTest::addColumn<QString>("link"); // "id", "phone", "other-phone" or literal text
    QTest::addColumn<QString>("code"); // expected refusal, empty when issued
    QTest::addColumn<bool>("linked");
    QTest::addColumn<bool>("contact");
    QTest::newRow("none") << str("") << str("") << false << false;
    QTest::newRow("registered ID number") << str("id") << str("") << true << true;
    QTest::newRow("registered mobile") << str("phone") << str("") << true << true;
    QTest::newRow("unregistered mobile is a contact")
        << str("13800138000") << str("") << false << true;
    QTest::newRow("unregistered ID number")
        << str("unknown-id") << str("queue.unknown_customer") << false << false;
    QTest::newRow("neither") << str("12345") << str("queue.bad_link") << false << false;
}

void tst_TicketService::customerLink()
{
    QFETCH(QString, link);
    QFETCH(QString, code);
    QFETCH(bool, linked);
    QFETCH(bool, contact);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    if (link == QLatin1String("id"))
        link = hall.customerIdNumber();
    else if (link == QLatin1String("phone"))
        link = hall.customerPhone();
    else if (link == QLatin1String("unknown-id"))
        link = DemoSeeder::makeIdNumber(QStringLiteral("110105"), QDate(1949, 12, 31), 2);
    TicketService tickets(hall.db());
    const Snapshot before = Snapshot::of(hall.test());
    const Result<Ticket> t =
        tickets.issue(clerk("1001"), {QStringLiteral("A"), QStringLiteral("normal"), link, {}});
    if (!code.isEmpty()) {
        QCOMPARE(t.error().code(), code);
        QVERIFY(Snapshot::of(hall.test()) == before);
        return;
    }
    QVERIFY2(t.ok(), qPrintable(t.error().english()));
    QCOMPARE(t->customerId, linked ? hall.customerId() : QString());
    QCOMPARE(!t->contactPhone.isEmpty(), contact);
    const QJsonObject e = lastEvent(hall.db(), QStringLiteral("ticket.issued"));
    QCOMPARE(e.value(QLatin1String("customer_id")).toString(), t->customerId);
    // The ID number itself is never written to the event.
    QVERIFY(!QJsonDocument(e).toJson().contains(hall.customerIdNumber().toLatin1()));
}

void tst_TicketService::vipCustomerGetsTheGreenChannel()
{
    QueueFixture hall(true);
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Result<Ticket> t = tickets.issue(
        clerk("1001"), {QStringLiteral("A"), QStringLiteral("normal"), hall.customerPhone(), {}});
    QVERIFY2(t.ok(), qPrintable(t.error().english()));
    QCOMPARE(t->priority, QStringLiteral("vip"));
    QVERIFY(t->green);
}

void tst_TicketService::callFinishAndTheEvents()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    QVERIFY(tickets.issue(clerk("1001"), {QStringLiteral("A"), {}, {}, {}}).ok());
    Clock::advance(5 * 60 * 1000);
    const Result<Ticket> called = tickets.callNext(clerk("1001"), QStringLiteral("W01"));
    QVERIFY2(called.ok(), qPrintable(called.error().english()));
    QCOMPARE(called->status, QStringLiteral("called"));
    QCOMPARE(called->windowCode, QStringLiteral("W01"));
    QCOMPARE(called->staffNo, QStringLiteral("1001"));
    QCOMPARE(called->callCount, 1);
    QJsonObject e = lastEvent(hall.db(), QStringLiteral("ticket.called"));
    QCOMPARE(e.value(QLatin1String("ticket_no")).toString(), QStringLiteral("A001"));
    QCOMPARE(e.value(QLatin1String("window")).toString(), QStringLiteral("W01"));
    QCOMPARE(e.value(QLatin1String("staff")).toString(), QStringLiteral("1001"));
    QCOMPARE(e.value(QLatin1String("called_at")).toString(), Clock::nowStamp());
    QCOMPARE(e.value(QLatin1String("waited_ms")).toInteger(), 5 * 60 * 1000);
    QCOMPARE(tickets.current(QStringLiteral("W01"))->ticketNo, QStringLiteral("A001"));

    Clock::advance(7 * 60 * 1000);
    const Result<Ticket> done = tickets.finish(clerk("1001"), QStringLiteral("W01"));
    QVERIFY2(done.ok(), qPrintable(done.error().english()));
    QCOMPARE(done->status, QStringLiteral("served"));
    QCOMPARE(done->serviceMs, 7 * 60 * 1000);
    e = lastEvent(hall.db(), QStringLiteral("ticket.finished"));
    QCOMPARE(e.value(QLatin1String("outcome")).toString(), QStringLiteral("served"));
    QCOMPARE(e.value(QLatin1String("finished_at")).toString(), Clock::nowStamp());
    QCOMPARE(e.value(QLatin1String("case_nos")).toArray().size(), 0);
    QCOMPARE(e.value(QLatin1String("service_ms")).toInteger(), 7 * 60 * 1000);
    QCOMPARE(tickets.current(QStringLiteral("W01")).error().code(),
             QStringLiteral("queue.no_current"));
    const Result<Ticket> stored = tickets.find(QStringLiteral("A001"));
    QCOMPARE(stored->outcome, QStringLiteral("served"));
    QCOMPARE(stored->finishedAt, Clock::nowUtc());
}

void tst_TicketService::finishLinksTheCasesOfTheService()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    CaseService cases(hall.db());
    const Session me = clerk("1001", "W05");
    const Session other = clerk("1002", "W01");
    QVERIFY(tickets.issue(me, {QStringLiteral("C"), {}, {}, {}}).ok());
    QVERIFY(tickets.issue(me, {QStringLiteral("C"), {}, {}, {}}).ok());
    // A case before the call is not part of the service.
    NewCase before;
    before.itemCode = QStringLiteral("T09");
    before.customerId = hall.customerId();
    QVERIFY(cases.registerCase(me, before).ok());
    Clock::advance(1000);
    QVERIFY(tickets.callNext(me, QStringLiteral("W05")).ok());
    Clock::advance(1000);
    const Result<QString> first = cases.registerCase(me, before);
    QVERIFY(first.ok());
    QVERIFY(cases.accept(me, first.value()).ok());
    // Another clerk's case at the same time is not either.
    QVERIFY(cases.registerCase(other, before).ok());
    // The customer steps aside; the clerk serves the next one meanwhile.
    QVERIFY(tickets.park(me, QStringLiteral("W05")).ok());
    Clock::advance(1000);
    QVERIFY(tickets.callNext(me, QStringLiteral("W05")).ok());
    const Result<QString> second = cases.registerCase(me, before);
    QVERIFY(second.ok());
    const Result<Ticket> c002 = tickets.finish(me, QStringLiteral("W05"));
    QVERIFY(c002.ok());
    QCOMPARE(c002->caseNos, QStringList{second.value()});
    Clock::advance(1000);
    QVERIFY(tickets.resume(me, QStringLiteral("W05"), QStringLiteral("C001")).ok());
    const Result<QString> third = cases.registerCase(me, before);
    QVERIFY(third.ok());
    const Result<Ticket> c001 = tickets.finish(me, QStringLiteral("W05"));
    QVERIFY2(c001.ok(), qPrintable(c001.error().english()));
    QCOMPARE(c001->caseNos, (QStringList{first.value(), third.value()}));
    // The ticket had no customer: it takes the one of its cases.
    QCOMPARE(c001->customerId, hall.customerId());
    const QJsonObject e = lastEvent(hall.db(), QStringLiteral("ticket.finished"));
    QCOMPARE(e.value(QLatin1String("case_nos")).toArray(),
             QJsonArray::fromStringList({first.value(), third.value()}));
}

void tst_TicketService::recall()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    QVERIFY(tickets.issue(clerk("1001"), {QStringLiteral("A"), {}, {}, {}}).ok());
    const Session me = clerk("1001");
    QCOMPARE(tickets.recall(me, QStringLiteral("W01")).error().code(),
             QStringLiteral("queue.no_current"));
    QVERIFY(tickets.callNext(me, QStringLiteral("W01")).ok());
    const QDateTime first = Clock::nowUtc();
    Clock::advance(30000);
    const Result<Ticket> again = tickets.recall(me, QStringLiteral("W01"));
    QVERIFY2(again.ok(), qPrintable(again.error().english()));
    QCOMPARE(again->callCount, 2);
    QCOMPARE(again->calledAt, Clock::nowUtc());
    QCOMPARE(again->firstCalledAt, first);
    const QJsonObject e = lastEvent(hall.db(), QStringLiteral("ticket.recalled"));
    QCOMPARE(e.value(QLatin1String("call_count")).toInt(), 2);
    QCOMPARE(e.value(QLatin1String("window")).toString(), QStringLiteral("W01"));
    // A recall is not a second wait.
    QCOMPARE(hall.test().scalar(
                 QStringLiteral("SELECT count(*) FROM event_log WHERE type = 'ticket.called'")),
             1);
}

void tst_TicketService::noShow()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session me = clerk("1001");
    QVERIFY(tickets.issue(me, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(tickets.issue(me, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(tickets.callNext(me, QStringLiteral("W01")).ok());
    QVERIFY(tickets.recall(me, QStringLiteral("W01")).ok());
    const Result<Ticket> gone = tickets.noShow(me, QStringLiteral("W01"));
    QVERIFY2(gone.ok(), qPrintable(gone.error().english()));
    QCOMPARE(gone->status, QStringLiteral("no_show"));
    QCOMPARE(gone->outcome, QStringLiteral("no_show"));
    const QJsonObject e = lastEvent(hall.db(), QStringLiteral("ticket.finished"));
    QCOMPARE(e.value(QLatin1String("outcome")).toString(), QStringLiteral("no_show"));
    QCOMPARE(e.value(QLatin1String("ticket_no")).toString(), QStringLiteral("A001"));
    // The window goes on with the next one; the no-show is never called again.
    QCOMPARE(tickets.callNext(me, QStringLiteral("W01"))->ticketNo, QStringLiteral("A002"));
    QVERIFY(tickets.finish(me, QStringLiteral("W01")).ok());
    QCOMPARE(tickets.callNext(me, QStringLiteral("W01")).error().code(),
             QStringLiteral("queue.nothing_waiting"));
}

void tst_TicketService::transfer_data()
{
    QTest::addColumn<QString>("toCategory");
    QTest::addColumn<QString>("toWindow");
    QTest::addColumn<QString>("callAt");    // the window that calls it next
    QTest::addColumn<QStringList>("order"); // what that window calls, in order
    QTest::addColumn<QStringList>("notAt"); // windows that may not call it
    QTest::newRow("to a category, keeping its place")
        << str("B") << str("") << str("W02") << words("A001 B001") << words("W05");
    QTest::newRow("to a window only")
        << str("") << str("W02") << str("W02") << words("A001 B001") << words("W01");
    QTest::newRow("to the telecom window, another category")
        << str("") << str("W05") << str("W05") << words("A001") << words("W02");
}

void tst_TicketService::transfer()
{
    QFETCH(QString, toCategory);
    QFETCH(QString, toWindow);
    QFETCH(QString, callAt);
    QFETCH(QStringList, order);
    QFETCH(QStringList, notAt);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session a = clerk("1001");
    QVERIFY(tickets.issue(a, {QStringLiteral("A"), {}, {}, {}}).ok()); // A001, transferred
    Clock::advance(1000);
    QVERIFY(tickets.issue(a, {QStringLiteral("B"), {}, {}, {}}).ok()); // B001, waits at W02
    Clock::advance(1000);
    QCOMPARE(tickets.callNext(a, QStringLiteral("W01"))->ticketNo, QStringLiteral("A001"));
    Clock::advance(60000);
    const Result<Ticket> moved = tickets.transfer(a, QStringLiteral("W01"), {toCategory, toWindow});
    QVERIFY2(moved.ok(), qPrintable(moved.error().english()));
    QCOMPARE(moved->status, QStringLiteral("waiting"));
    QCOMPARE(moved->transfers, 1);
    QCOMPARE(moved->category, toCategory.isEmpty() ? QStringLiteral("A") : toCategory);
    const QJsonObject e = lastEvent(hall.db(), QStringLiteral("ticket.finished"));
    QCOMPARE(e.value(QLatin1String("outcome")).toString(), QStringLiteral("transferred"));
    QCOMPARE(e.value(QLatin1String("to_category")).toString(), toCategory);
    QCOMPARE(e.value(QLatin1String("to_window")).toString(), toWindow);
    QCOMPARE(e.value(QLatin1String("service_ms")).toInteger(), 60000);

    for (const QString &w : notAt) {
        const QList<Ticket> waiting = tickets.waitingFor(w);
        for (const Ticket &t : waiting)
            QVERIFY2(t.ticketNo != QLatin1String("A001"), qPrintable(w));
    }
    const Session b = QueueFixture::clerk(QStringLiteral("1002"), callAt);
    QStringList called;
    for (int i = 0; i < order.size(); ++i) {
        Clock::advance(1000);
        const Result<Ticket> t = tickets.callNext(b, callAt);
        QVERIFY2(t.ok(), qPrintable(t.error().english()));
        called.append(t->ticketNo);
        QVERIFY(tickets.finish(b, callAt).ok());
    }
    QCOMPARE(called, order);
    // The second wait is measured from the transfer, not from the issue.
    QSqlQuery q = hall.db().query();
    QVERIFY(q.exec(QStringLiteral("SELECT data FROM event_log WHERE type = 'ticket.called' AND "
                                  "json_extract(data, '$.ticket_no') = 'A001' ORDER BY seq")));
    QList<qint64> waits;
    while (q.next())
        waits.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                         .object()
                         .value(QLatin1String("waited_ms"))
                         .toInteger());
    QCOMPARE(waits.size(), 2);
    QCOMPARE(waits.at(0), 2000);
    QVERIFY(waits.at(1) < 60000);
    const Result<Ticket> served = tickets.find(QStringLiteral("A001"));
    QCOMPARE(served->outcome, QStringLiteral("served"));
    QCOMPARE(served->windowCode, callAt);
}

void tst_TicketService::parkAndResume()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session me = clerk("1001");
    const QString w = QStringLiteral("W01");
    for (int i = 0; i < 2; ++i)
        QVERIFY(tickets.issue(me, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(tickets.callNext(me, w).ok());
    Clock::advance(60000);
    const Result<Ticket> parked = tickets.park(me, w);
    QVERIFY2(parked.ok(), qPrintable(parked.error().english()));
    QCOMPARE(parked->status, QStringLiteral("parked"));
    QCOMPARE(lastEvent(hall.db(), QStringLiteral("ticket.parked"))
                 .value(QLatin1String("ticket_no"))
                 .toString(),
             QStringLiteral("A001"));
    QCOMPARE(tickets.parked(w).size(), 1);
    // The window is free for the next customer.
    QCOMPARE(tickets.callNext(me, w)->ticketNo, QStringLiteral("A002"));
    // Resuming while another is served is refused, and so is a ticket not parked here.
    QCOMPARE(tickets.resume(me, w, QStringLiteral("A001")).error().code(),
             QStringLiteral("queue.still_serving"));
    QVERIFY(tickets.finish(me, w).ok());
    QCOMPARE(tickets.resume(me, w, QStringLiteral("A002")).error().code(),
             QStringLiteral("queue.not_parked"));
    QCOMPARE(tickets.resume(clerk("1002", "W02"), QStringLiteral("W02"), QStringLiteral("A001"))
                 .error()
                 .code(),
             QStringLiteral("queue.not_parked"));
    Clock::advance(10 * 60000); // the customer is away ten minutes: not service time
    const Result<Ticket> back = tickets.resume(me, w, QStringLiteral("a001"));
    QVERIFY2(back.ok(), qPrintable(back.error().english()));
    QCOMPARE(back->status, QStringLiteral("called"));
    QCOMPARE(lastEvent(hall.db(), QStringLiteral("ticket.resumed"))
                 .value(QLatin1String("ticket_no"))
                 .toString(),
             QStringLiteral("A001"));
    QVERIFY(tickets.parked(w).isEmpty());
    Clock::advance(2 * 60000);
    const Result<Ticket> done = tickets.finish(me, w);
    QVERIFY(done.ok());
    QCOMPARE(done->serviceMs, 3 * 60000);
}

void tst_TicketService::posts_data()
{
    QTest::addColumn<QString>("first");    // who acts at W01 first today (staff:role)
    QTest::addColumn<QString>("second");   // who acts next
    QTest::addColumn<QString>("code");     // refusal for second's call, empty if allowed
    QTest::addColumn<QString>("takeOver"); // refusal for second's takeOver, or "ok"
    // W01: A post 1001, B post 1002.
    QTest::newRow("A works, B must take over")
        << str("1001:clerk") << str("1002:clerk") << str("queue.window_taken") << str("ok");
    QTest::newRow("B works, A must take back")
        << str("1002:clerk") << str("1001:clerk") << str("queue.window_taken") << str("ok");
    QTest::newRow("neither A nor B") << str("1001:clerk") << str("1003:partner")
                                     << str("queue.window_taken") << str("queue.not_your_post");
    QTest::newRow("a supervisor covers")
        << str("1001:clerk") << str("2001:supervisor") << str("queue.window_taken") << str("ok");
    QTest::newRow("the same person goes on")
        << str("1001:clerk") << str("1001:clerk") << str("") << str("queue.already_yours");
    QTest::newRow("an outsider cannot open the window")
        << str("1003:partner") << str("1001:clerk") << str("") << str("queue.already_yours");
}

void tst_TicketService::posts()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, code);
    QFETCH(QString, takeOver);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const auto sessionOf = [](const QString &spec) {
        const QStringList p = spec.split(QLatin1Char(':'));
        Role role = Role::Clerk;
        Roles::fromKey(p.at(1), &role);
        return QueueFixture::clerk(p.at(0), QStringLiteral("W01"), role);
    };
    const QString w = QStringLiteral("W01");
    for (int i = 0; i < 3; ++i)
        QVERIFY(tickets.issue(clerk("1001"), {QStringLiteral("A"), {}, {}, {}}).ok());
    const Session s1 = sessionOf(first);
    const Result<Ticket> firstCall = tickets.callNext(s1, w);
    if (first.startsWith(QLatin1String("1003"))) {
        // Partner staff hold no post at W01: nobody works it yet, nothing is written.
        QCOMPARE(firstCall.error().code(), QStringLiteral("queue.not_your_post"));
        QCOMPARE(hall.test().scalar(QStringLiteral("SELECT count(*) FROM window_post")), 0);
    } else {
        QVERIFY2(firstCall.ok(), qPrintable(firstCall.error().english()));
        QVERIFY(tickets.finish(s1, w).ok());
    }
    const Session s2 = sessionOf(second);
    const Snapshot before = Snapshot::of(hall.test());
    const Result<Ticket> secondCall = tickets.callNext(s2, w);
    if (code.isEmpty()) {
        QVERIFY2(secondCall.ok(), qPrintable(secondCall.error().english()));
        QVERIFY(tickets.finish(s2, w).ok());
    } else {
        QCOMPARE(secondCall.error().code(), code);
        QVERIFY(Snapshot::of(hall.test()) == before);
    }
    const Result<QueueWindow> taken = tickets.takeOver(s2, w);
    if (takeOver == QLatin1String("ok")) {
        QVERIFY2(taken.ok(), qPrintable(taken.error().english()));
        QCOMPARE(taken->handler, s2.staffNo);
        const QJsonObject e = lastEvent(hall.db(), QStringLiteral("window.taken_over"));
        QCOMPARE(e.value(QLatin1String("from")).toString(), s1.staffNo);
        QCOMPARE(e.value(QLatin1String("staff")).toString(), s2.staffNo);
        // Now the window is theirs to call at, and no longer the first one's.
        QVERIFY(tickets.callNext(s2, w).ok());
        QCOMPARE(tickets.finish(s1, w).error().code(), QStringLiteral("queue.window_taken"));
    } else {
        QCOMPARE(taken.error().code(), takeOver);
    }
}

void tst_TicketService::bTakesOverAsWindow()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session a = clerk("1001", "W01");
    const Session b = clerk("1002", "W02"); // signed in at the own window, covering W01
    const QString w = QStringLiteral("W01");
    for (int i = 0; i < 3; ++i)
        QVERIFY(tickets.issue(a, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(tickets.callNext(a, w).ok()); // A001 being served by A
    QVERIFY(tickets.issue(a, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(tickets.park(a, w).ok());
    QVERIFY(tickets.callNext(a, w).ok()); // A002 at the window when A leaves
    const Result<QueueWindow> taken = tickets.takeOver(b, w);
    QVERIFY2(taken.ok(), qPrintable(taken.error().english()));
    QCOMPARE(taken->post, QStringLiteral("b"));
    QCOMPARE(QueueSetup::window(hall.db().connection(), w)->handler, QStringLiteral("1002"));
    // B serves A's customer on, resumes A's parked one, and calls A's queue.
    QCOMPARE(tickets.current(w)->staffNo, QStringLiteral("1002"));
    const Result<Ticket> a002 = tickets.finish(b, w);
    QVERIFY(a002.ok());
    QCOMPARE(lastEvent(hall.db(), QStringLiteral("ticket.finished"))
                 .value(QLatin1String("staff"))
                 .toString(),
             QStringLiteral("1002"));
    QVERIFY(tickets.resume(b, w, QStringLiteral("A001")).ok());
    QVERIFY(tickets.finish(b, w).ok());
    QCOMPARE(tickets.callNext(b, w)->ticketNo, QStringLiteral("A003"));
    // A, back, may no longer act there until taking the window back.
    QCOMPARE(tickets.recall(a, w).error().code(), QStringLiteral("queue.window_taken"));
    QVERIFY(tickets.takeOver(a, w).ok());
    QCOMPARE(tickets.current(w)->staffNo, QStringLiteral("1001"));
    QVERIFY(tickets.finish(a, w).ok());
}

void tst_TicketService::actionsByState_data()
{
    // What the window may do in each state: "" allowed, else the refusal.
    QTest::addColumn<QString>("state"); // idle, called, parked (A001 parked, nobody called)
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("after"); // A001's status afterwards
    const struct
    {
        const char *state;
        const char *action;
        const char *code;
        const char *after;
    } rows[] = {
        {"idle", "call", "", "called"},
        {"idle", "recall", "queue.no_current", "waiting"},
        {"idle", "no-show", "queue.no_current", "waiting"},
        {"idle", "finish", "queue.no_current", "waiting"},
        {"idle", "park", "queue.no_current", "waiting"},
        {"idle", "transfer", "queue.no_current", "waiting"},
        {"idle", "resume", "queue.not_parked", "waiting"},
        {"called", "call", "queue.still_serving", "called"},
        {"called", "recall", "", "called"},
        {"called", "no-show", "", "no_show"},
        {"called", "finish", "", "served"},
        {"called", "park", "", "parked"},
        {"called", "transfer", "", "waiting"},
        {"called", "resume", "queue.not_parked", "called"},
        {"parked", "call", "", "parked"},
        {"parked", "recall", "queue.no_current", "parked"},
        {"parked", "no-show", "queue.no_current", "parked"},
        {"parked", "finish", "queue.no_current", "parked"},
        {"parked", "park", "queue.no_current", "parked"},
        {"parked", "resume", "", "called"},
    };
    for (const auto &r : rows) {
        QTest::addRow("%s: %s", r.state, r.action)
            << str(r.state) << str(r.action) << str(r.code) << str(r.after);
    }
}

void tst_TicketService::actionsByState()
{
    QFETCH(QString, state);
    QFETCH(QString, action);
    QFETCH(QString, code);
    QFETCH(QString, after);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session me = clerk("1001");
    const QString w = QStringLiteral("W01");
    QVERIFY(tickets.issue(me, {QStringLiteral("A"), {}, {}, {}}).ok()); // A001
    QVERIFY(tickets.issue(me, {QStringLiteral("B"), {}, {}, {}}).ok()); // B001
    if (state != QLatin1String("idle"))
        QCOMPARE(tickets.callNext(me, w)->ticketNo, QStringLiteral("A001"));
    if (state == QLatin1String("parked"))
        QVERIFY(tickets.park(me, w).ok());
    const qint64 events = hall.test().eventCount();
    Error error;
    if (action == QLatin1String("call"))
        error = tickets.callNext(me, w).error();
    else if (action == QLatin1String("recall"))
        error = tickets.recall(me, w).error();
    else if (action == QLatin1String("no-show"))
        error = tickets.noShow(me, w).error();
    else if (action == QLatin1String("finish"))
        error = tickets.finish(me, w).error();
    else if (action == QLatin1String("park"))
        error = tickets.park(me, w).error();
    else if (action == QLatin1String("transfer"))
        error = tickets.transfer(me, w, {QStringLiteral("B"), {}}).error();
    else if (action == QLatin1String("resume"))
        error = tickets.resume(me, w, QStringLiteral("A001")).error();
    QCOMPARE(error.code(), code);
    // One event for an action, none for a refusal.
    QCOMPARE(hall.test().eventCount(), events + (code.isEmpty() ? 1 : 0));
    QCOMPARE(tickets.find(QStringLiteral("A001"))->status, after);
}

void tst_TicketService::refusals_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code");
    QTest::newRow("calling at a window that serves no category")
        << str("call W06") << str("queue.window_serves_nothing");
    QTest::newRow("calling at a window nobody waits for")
        << str("call W05") << str("queue.nothing_waiting");
    QTest::newRow("calling at an unknown window") << str("call W99") << str("queue.unknown_window");
    QTest::newRow("calling while a ticket is at the window")
        << str("call-twice W01") << str("queue.still_serving");
    QTest::newRow("transferring to a category that does not exist")
        << str("transfer-category Z") << str("queue.unknown_category");
    QTest::newRow("transferring to a category no window serves")
        << str("transfer-category D") << str("queue.category_unserved");
    QTest::newRow("transferring to an unknown window")
        << str("transfer-window W99") << str("queue.unknown_window");
    QTest::newRow("transferring to the same window")
        << str("transfer-window W01") << str("queue.same_window");
    QTest::newRow("transferring nowhere") << str("transfer-nowhere") << str("queue.bad_transfer");
    QTest::newRow("issuing after day close") << str("issue-closed A") << str("day.closed");
    QTest::newRow("calling after day close") << str("call-closed W01") << str("day.closed");
    QTest::newRow("issuing in an unknown category")
        << str("issue Z") << str("queue.unknown_category");
    QTest::newRow("issuing in a category no window serves")
        << str("issue D") << str("queue.category_unserved");
    QTest::newRow("issuing a made-up priority")
        << str("issue-priority A") << str("queue.bad_priority");
    QTest::newRow("issuing from the console") << str("issue-console A") << str("auth.forbidden");
    QTest::newRow("finishing with nobody at the window")
        << str("finish W01") << str("queue.no_current");
}

void tst_TicketService::refusals()
{
    QFETCH(QString, action);
    QFETCH(QString, code);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session me = clerk("1001");
    QVERIFY(tickets.issue(me, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(tickets.issue(me, {QStringLiteral("A"), {}, {}, {}}).ok());
    const QStringList words = action.split(QLatin1Char(' '));
    const QString verb = words.at(0);
    const QString arg = words.value(1);
    if (verb.startsWith(QLatin1String("transfer")) || verb == QLatin1String("call-twice"))
        QVERIFY(tickets.callNext(me, QStringLiteral("W01")).ok());
    if (verb.endsWith(QLatin1String("-closed"))) {
        QSqlQuery q = hall.db().query();
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO business_day(day, closed_at, closed_by) "
                                  "VALUES ('2026-11-23', '2026-11-23T09:00:00.000Z', '2001')")));
    }
    const Snapshot before = Snapshot::of(hall.test());
    Error error;
    if (verb.startsWith(QLatin1String("call")))
        error = tickets.callNext(me, arg).error();
    else if (verb == QLatin1String("transfer-category"))
        error = tickets.transfer(me, QStringLiteral("W01"), {arg, {}}).error();
    else if (verb == QLatin1String("transfer-window"))
        error = tickets.transfer(me, QStringLiteral("W01"), {{}, arg}).error();
    else if (verb == QLatin1String("transfer-nowhere"))
        error = tickets.transfer(me, QStringLiteral("W01"), {}).error();
    else if (verb == QLatin1String("issue") || verb == QLatin1String("issue-closed"))
        error = tickets.issue(me, {arg, {}, {}, {}}).error();
    else if (verb == QLatin1String("issue-priority"))
        error = tickets.issue(me, {arg, QStringLiteral("urgent"), {}, {}}).error();
    else if (verb == QLatin1String("issue-console"))
        error = tickets.issue(Session::forConsole(), {arg, {}, {}, {}}).error();
    else if (verb == QLatin1String("finish"))
        error = tickets.finish(me, arg).error();
    QCOMPARE(error.code(), code);
    // A clear sentence in both languages, and nothing written.
    QVERIFY(!error.english().isEmpty());
    QVERIFY(error.english().endsWith(QLatin1Char('.')));
    QVERIFY(Snapshot::of(hall.test()) == before);
}

void tst_TicketService::newDayStartsAFreshQueue()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session me = clerk("1001");
    QVERIFY(tickets.issue(me, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(tickets.issue(me, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(tickets.callNext(me, QStringLiteral("W01")).ok());
    Clock::advance(24 * 3600 * 1000);
    // Yesterday's leftovers are neither called nor in the way, and yesterday's post is free.
    QCOMPARE(tickets.waitingCount(QStringLiteral("W01")), 0);
    QVERIFY(QueueSetup::window(hall.db().connection(), QStringLiteral("W01"))->handler.isEmpty());
    QCOMPARE(tickets.callNext(clerk("1002"), QStringLiteral("W01")).error().code(),
             QStringLiteral("queue.nothing_waiting"));
    const Result<Ticket> today = tickets.issue(me, {QStringLiteral("A"), {}, {}, {}});
    QCOMPARE(today->ticketNo, QStringLiteral("A001"));
    QCOMPARE(tickets.callNext(clerk("1002"), QStringLiteral("W01"))->ticketNo,
             QStringLiteral("A001"));
    QCOMPARE(QueueSetup::window(hall.db().connection(), QStringLiteral("W01"))->handler,
             QStringLiteral("1002"));
}

QTEST_GUILESS_MAIN(tst_TicketService)
#include "tst_ticketservice.moc"
