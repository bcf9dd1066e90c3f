// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixture.h"

#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/customers/customerservice.h"
#include "core/master/masterdata.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/writetransaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <ctime>

namespace {

QJsonObject item(const char *code, const QString &name, const char *window, const char *mode,
                 int limit)
{
    return {{QStringLiteral("code"), QLatin1String(code)},
            {QStringLiteral("name"), name},
            {QStringLiteral("window"), QLatin1String(window)},
            {QStringLiteral("mode"), QLatin1String(mode)},
            {QStringLiteral("limit_days"), limit}};
}

QJsonObject fee(const char *code, const QString &name, int amountFen)
{
    return {{QStringLiteral("code"), QLatin1String(code)},
            {QStringLiteral("name"), name},
            {QStringLiteral("amount_fen"), amountFen}};
}

QJsonObject master()
{
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("full"), true},
            {QStringLiteral("windows"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("W01")},
                                    {QStringLiteral("name"), QStringLiteral("综合窗口")}},
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("W05")},
                                    {QStringLiteral("name"), QStringLiteral("电信业务窗口")}}}},
            {QStringLiteral("catalogue"),
             QJsonArray{item("C10", QStringLiteral("生育登记"), "W01", "commitment", 10),
                        item("C02", QStringLiteral("林权证变更"), "W01", "commitment", 2),
                        item("IMM", QStringLiteral("医疗卡补办"), "W01", "immediate", 0),
                        item("FWD", QStringLiteral("宅基地审批"), "W05", "forward", 20),
                        item("TS01", QStringLiteral("服务投诉"), "W01", "commitment", 15)}},
            {QStringLiteral("fees"), QJsonArray{fee("F01", QStringLiteral("工本费"), 500),
                                                fee("F02", QStringLiteral("证书费"), 500),
                                                fee("F03", QStringLiteral("复印费"), 100)}},
            {QStringLiteral("holidays"), QJsonArray{}}};
}

QJsonArray lines(std::initializer_list<std::tuple<const char *, int, int>> items)
{
    QJsonArray a;
    for (const auto &[code, qty, amount] : items) {
        a.append(QJsonObject{{QStringLiteral("fee_code"), QLatin1String(code)},
                             {QStringLiteral("qty"), qty},
                             {QStringLiteral("amount_fen"), amount}});
    }
    return a;
}

Session clerk(const QString &staffNo, const QString &window)
{
    Session s;
    s.staffNo = staffNo;
    s.name = staffNo;
    s.role = Role::Clerk;
    s.window = window;
    return s;
}

} // namespace

void ReportFixture::useChinaTime()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

QDateTime ReportFixture::local(QDate date, int hour, int minute, int second, int msec)
{
    return QDateTime(date, QTime(hour, minute, second, msec), Qt::LocalTime).toUTC();
}

bool ReportFixture::fail(const QString &what)
{
    if (m_problem.isEmpty())
        m_problem = what;
    return false;
}

bool ReportFixture::event(const QDateTime &utc, const QString &type, const QString &staff,
                          const QJsonObject &data)
{
    Clock::setFixed(utc);
    WriteTransaction tx(m_db);
    const Result<Event> e = tx.commit(type, staff, data);
    return e ? true : fail(type + QStringLiteral(": ") + e.error().english());
}

QString ReportFixture::registerCase(const QDateTime &utc, const QString &staffNo,
                                    const QString &window, const char *itemCode)
{
    Clock::setFixed(utc);
    NewCase c;
    c.itemCode = QLatin1String(itemCode);
    c.customerId = m_customer;
    const Result<QString> no = CaseService(m_db).registerCase(clerk(staffNo, window), c);
    if (!no) {
        fail(QStringLiteral("register: ") + no.error().english());
        return QString();
    }
    return no.value();
}

bool ReportFixture::accept(const QDateTime &utc, const QString &staffNo, const QString &caseNo)
{
    Clock::setFixed(utc);
    const Result<CaseAcceptance> a =
        CaseService(m_db).accept(clerk(staffNo, QStringLiteral("W01")), caseNo);
    return a ? true : fail(QStringLiteral("accept: ") + a.error().english());
}

bool ReportFixture::complete(const QDateTime &utc, const QString &staffNo, const QString &caseNo)
{
    Clock::setFixed(utc);
    const Result<bool> c =
        CaseService(m_db).complete(clerk(staffNo, QStringLiteral("W01")), caseNo);
    return c ? true : fail(QStringLiteral("complete: ") + c.error().english());
}

bool ReportFixture::write()
{
    const QDate d = day();
    Clock::setFixed(local(QDate(2026, 11, 1), 8, 0));
    if (!DeviceIdentity::ensure(m_db, {QString(), QStringLiteral("城关镇便民服务中心"), QString()}))
        return fail(QStringLiteral("branch name"));
    if (const Result<int> m = MasterData::apply(m_db, Session::forConsole(), master()); !m)
        return fail(QStringLiteral("master: ") + m.error().english());
    QSqlQuery q = m_db.query();
    for (const auto &[no, name, role] :
         {std::tuple{"1001", "张丽", "clerk"}, std::tuple{"1002", "王强", "clerk"},
          std::tuple{"2001", "赵主任", "supervisor"}}) {
        q.prepare(QStringLiteral("INSERT INTO staff (staff_no, name, role, password_hash, "
                                 "created_at, updated_at) VALUES (?, ?, ?, 'x', ?, ?)"));
        for (const QVariant &v : {QVariant(QLatin1String(no)), QVariant(QString::fromUtf8(name)),
                                  QVariant(QLatin1String(role)), QVariant(Clock::nowStamp()),
                                  QVariant(Clock::nowStamp())})
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    NewCustomer person;
    person.name = QStringLiteral("李秀英");
    const QString body = QStringLiteral("51070319650412002");
    person.idNumber = body + IdNumber::checkCharacter(body);
    const Result<Customer> customer = CustomerService(m_db).registerCustomer(
        clerk(QStringLiteral("1001"), QStringLiteral("W01")), person);
    if (!customer)
        return fail(customer.error().english());
    m_customer = customer->customerId;

    const QString s1001 = QStringLiteral("1001");
    const QString s1002 = QStringLiteral("1002");
    const QString w01 = QStringLiteral("W01");
    const QString w05 = QStringLiteral("W05");

    // Earlier in the month: E (completed late on the day), K (overdue), L (due soon),
    // M (overdue on the day, completed the next day).
    caseE = registerCase(local(QDate(2026, 11, 2), 9, 0), s1001, w01, "C10");
    accept(local(QDate(2026, 11, 2), 9, 5), s1001, caseE); // due 2026-11-16
    caseK = registerCase(local(QDate(2026, 11, 2), 10, 0), s1001, w01, "C02");
    accept(local(QDate(2026, 11, 2), 10, 5), s1001, caseK); // due 2026-11-04
    caseM = registerCase(local(QDate(2026, 11, 10), 10, 0), s1001, w01, "C02");
    accept(local(QDate(2026, 11, 10), 10, 5), s1001, caseM); // due 2026-11-12
    caseL = registerCase(local(QDate(2026, 11, 20), 10, 0), s1001, w01, "C02");
    accept(local(QDate(2026, 11, 20), 10, 5), s1001, caseL); // due 2026-11-24
    // A payment three days before, voided on the day.
    event(local(QDate(2026, 11, 20), 10, 0), QStringLiteral("payment.taken"), s1001,
          {{QStringLiteral("receipt_no"), QStringLiteral("RCTZ01-20261120-D1-0001")},
           {QStringLiteral("case_no"), QJsonValue()},
           {QStringLiteral("amount_fen"), 1000},
           {QStringLiteral("method"), QStringLiteral("cash")},
           {QStringLiteral("shift_id"), QStringLiteral("S0")},
           {QStringLiteral("items"), lines({{"F01", 2, 1000}})}});
    // The last moment of the day before: not the day's.
    caseJ = registerCase(local(d.addDays(-1), 23, 59, 59, 999), s1002, w05, "C10");

    // ---- the day
    caseG = registerCase(local(d, 0, 0), s1001, w01, "C10"); // its first moment
    event(local(d, 8, 30), QStringLiteral("shift.opened"), s1001,
          {{QStringLiteral("shift_id"), QStringLiteral("S1")},
           {QStringLiteral("window"), w01},
           {QStringLiteral("float_fen"), 10000}});
    event(local(d, 8, 31), QStringLiteral("shift.opened"), s1002,
          {{QStringLiteral("shift_id"), QStringLiteral("S2")},
           {QStringLiteral("window"), w05},
           {QStringLiteral("float_fen"), 10000}});

    // Tickets: waits 2, 4, 8, 11, 14 and 28 minutes; services 10, 4, 9.5 and 1 minutes.
    struct Ticket
    {
        const char *no;
        int issuedH, issuedM;
    };
    for (const Ticket &t :
         {Ticket{"A001", 9, 0}, Ticket{"A002", 9, 1}, Ticket{"A003", 9, 2}, Ticket{"B001", 10, 0},
          Ticket{"B002", 10, 1}, Ticket{"B003", 10, 2}, Ticket{"A004", 16, 0}}) {
        const QDateTime at = local(d, t.issuedH, t.issuedM);
        event(at, QStringLiteral("ticket.issued"), QString(),
              {{QStringLiteral("ticket_no"), QLatin1String(t.no)},
               {QStringLiteral("category"), QLatin1String(t.no).left(1)},
               {QStringLiteral("priority"), 0},
               {QStringLiteral("issued_at"), Clock::stamp(at)}});
    }
    const auto call = [&](const char *no, const QString &staff, const QString &window, int h,
                          int m) {
        const QDateTime at = local(d, h, m);
        event(at, QStringLiteral("ticket.called"), staff,
              {{QStringLiteral("ticket_no"), QLatin1String(no)},
               {QStringLiteral("window"), window},
               {QStringLiteral("staff"), staff},
               {QStringLiteral("called_at"), Clock::stamp(at)}});
    };
    const auto finish = [&](const char *no, const QString &staff, const char *outcome, int h, int m,
                            int s = 0) {
        const QDateTime at = local(d, h, m, s);
        event(at, QStringLiteral("ticket.finished"), staff,
              {{QStringLiteral("ticket_no"), QLatin1String(no)},
               {QStringLiteral("outcome"), QLatin1String(outcome)},
               {QStringLiteral("finished_at"), Clock::stamp(at)},
               {QStringLiteral("case_nos"), QJsonArray()}});
    };
    call("A001", s1001, w01, 9, 2);
    caseA = registerCase(local(d, 9, 5), s1001, w01, "C10");
    accept(local(d, 9, 10), s1001, caseA);
    finish("A001", s1001, "served", 9, 12);
    call("A002", s1001, w01, 9, 5);
    finish("A002", s1001, "served", 9, 9);
    call("A003", s1001, w01, 9, 10);
    call("A003", s1001, w01, 9, 12); // a recall
    finish("A003", s1001, "no_show", 9, 13);
    caseB = registerCase(local(d, 9, 20), s1001, w01, "IMM");
    accept(local(d, 9, 21), s1001, caseB);
    complete(local(d, 9, 40), s1001, caseB);
    event(local(d, 9, 45), QStringLiteral("payment.taken"), s1001,
          {{QStringLiteral("receipt_no"), QStringLiteral("RCTZ01-20261123-D1-0001")},
           {QStringLiteral("case_no"), caseB},
           {QStringLiteral("amount_fen"), 1500},
           {QStringLiteral("method"), QStringLiteral("cash")},
           {QStringLiteral("shift_id"), QStringLiteral("S1")},
           {QStringLiteral("items"), lines({{"F01", 1, 500}, {"F02", 2, 1000}})}});
    caseC = registerCase(local(d, 10, 0), s1002, w05, "C10");
    Clock::setFixed(local(d, 10, 5));
    if (!CaseService(m_db).refuse(clerk(s1002, w05), caseC, QStringLiteral("不属本中心受理范围")))
        return fail(QStringLiteral("refuse"));
    event(local(d, 10, 10), QStringLiteral("payment.taken"), s1002,
          {{QStringLiteral("receipt_no"), QStringLiteral("RCTZ01-20261123-D1-0002")},
           {QStringLiteral("case_no"), QJsonValue()},
           {QStringLiteral("amount_fen"), 2000},
           {QStringLiteral("method"), QStringLiteral("qr")},
           {QStringLiteral("shift_id"), QStringLiteral("S2")},
           {QStringLiteral("items"), lines({{"F02", 4, 2000}})}});
    call("B001", s1002, w05, 10, 11);
    call("B002", s1002, w05, 10, 15);
    finish("B002", s1002, "transferred", 10, 16);
    finish("B001", s1002, "served", 10, 20, 30);
    call("B003", s1002, w05, 10, 30);
    finish("B003", s1002, "served", 10, 31);
    caseD = registerCase(local(d, 11, 0), s1002, w05, "FWD");
    accept(local(d, 11, 5), s1002, caseD);
    event(local(d, 11, 30), QStringLiteral("case.forwarded"), s1002,
          {{QStringLiteral("case_no"), caseD},
           {QStringLiteral("to"), QStringLiteral("县政务服务中心")}});
    event(local(d, 11, 40), QStringLiteral("payment.voided"), s1001,
          {{QStringLiteral("receipt_no"), QStringLiteral("RCTZ01-20261120-D1-0001")},
           {QStringLiteral("reason"), QStringLiteral("重复收费")},
           {QStringLiteral("approved_by"), QStringLiteral("2001")}});
    event(local(d, 13, 0), QStringLiteral("payment.taken"), s1001,
          {{QStringLiteral("receipt_no"), QStringLiteral("RCTZ01-20261123-D1-0003")},
           {QStringLiteral("case_no"), QJsonValue()},
           {QStringLiteral("amount_fen"), 300},
           {QStringLiteral("method"), QStringLiteral("card")},
           {QStringLiteral("shift_id"), QStringLiteral("S1")},
           {QStringLiteral("items"), lines({{"F03", 3, 300}})}});
    event(local(d, 13, 5), QStringLiteral("payment.voided"), s1001,
          {{QStringLiteral("receipt_no"), QStringLiteral("RCTZ01-20261123-D1-0003")},
           {QStringLiteral("reason"), QStringLiteral("金额录错")},
           {QStringLiteral("approved_by"), QStringLiteral("2001")}});
    complete(local(d, 14, 0), s1001, caseE); // due 11-16: late
    // The complaint: counter-cases' case.registered with kind = complaint.
    caseF = QStringLiteral("CSTZ01-20261123-D1-0900");
    {
        Clock::setFixed(local(d, 15, 0));
        QSqlQuery c = m_db.query();
        c.prepare(QStringLiteral(
            "INSERT INTO service_case (case_no, item_code, customer_id, channel, "
            "first_responder, window_code, status, business_day, created_at, updated_at) "
            "VALUES (?, 'TS01', ?, 'phone', '1001', 'W01', 'registered', ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(caseF), QVariant(m_customer), QVariant(d.toString(Qt::ISODate)),
              QVariant(Clock::nowStamp()), QVariant(Clock::nowStamp())})
            c.addBindValue(v);
        if (!c.exec())
            return fail(c.lastError().text());
    }
    event(local(d, 15, 0), QStringLiteral("case.registered"), s1001,
          {{QStringLiteral("case_no"), caseF},
           {QStringLiteral("item_code"), QStringLiteral("TS01")},
           {QStringLiteral("customer_id"), m_customer},
           {QStringLiteral("channel"), QStringLiteral("phone")},
           {QStringLiteral("first_responder"), s1001},
           {QStringLiteral("window"), w01},
           {QStringLiteral("kind"), QStringLiteral("complaint")}});
    event(local(d, 16, 0), QStringLiteral("payment.taken"), s1002,
          {{QStringLiteral("receipt_no"), QStringLiteral("RCTZ01-20261123-D1-0004")},
           {QStringLiteral("case_no"), QJsonValue()},
           {QStringLiteral("amount_fen"), 800},
           {QStringLiteral("method"), QStringLiteral("cash")},
           {QStringLiteral("shift_id"), QStringLiteral("S2")},
           {QStringLiteral("items"), lines({{"F01", 1, 500}, {"F03", 3, 300}})}});
    event(local(d, 16, 30), QStringLiteral("payment.refunded"), s1002,
          {{QStringLiteral("receipt_no"), QStringLiteral("RCTZ01-20261123-D1-0002")},
           {QStringLiteral("amount_fen"), 200},
           {QStringLiteral("reason"), QStringLiteral("=多收，退还")},
           {QStringLiteral("approved_by"), QStringLiteral("2001")}});
    // Ratings: tickets 5, 4 (1001) and 2 (1002); cases 5 and 1 (1001).
    const auto rate = [&](const char *type, const char *key, const QString &no,
                          const QString &staff, int score, int minute) {
        event(local(d, 16, minute), QLatin1String(type), staff,
              {{QLatin1String(key), no}, {QStringLiteral("score"), score}});
    };
    rate("ticket.rated", "ticket_no", QStringLiteral("A001"), s1001, 5, 40);
    rate("ticket.rated", "ticket_no", QStringLiteral("A002"), s1001, 4, 41);
    rate("ticket.rated", "ticket_no", QStringLiteral("B001"), s1002, 2, 42);
    rate("case.rated", "case_no", caseB, s1001, 5, 43);
    rate("case.rated", "case_no", caseE, s1001, 1, 44);
    event(local(d, 17, 0), QStringLiteral("callback.recorded"), s1001,
          {{QStringLiteral("case_no"), caseE},
           {QStringLiteral("attempt"), 1},
           {QStringLiteral("reached"), false},
           {QStringLiteral("outcome"), QStringLiteral("无人接听")}});
    event(local(d, 17, 10), QStringLiteral("callback.recorded"), s1001,
          {{QStringLiteral("case_no"), caseE},
           {QStringLiteral("attempt"), 2},
           {QStringLiteral("reached"), true},
           {QStringLiteral("outcome"), QStringLiteral("已致歉，客户接受")}});
    event(local(d, 17, 30), QStringLiteral("shift.closed"), s1001,
          {{QStringLiteral("shift_id"), QStringLiteral("S1")},
           {QStringLiteral("expected_cash_fen"), 11500},
           {QStringLiteral("counted_cash_fen"), 11450},
           {QStringLiteral("variance_fen"), -50}});
    event(local(d, 17, 35), QStringLiteral("shift.closed"), s1002,
          {{QStringLiteral("shift_id"), QStringLiteral("S2")},
           {QStringLiteral("expected_cash_fen"), 10800},
           {QStringLiteral("counted_cash_fen"), 10800},
           {QStringLiteral("variance_fen"), 0}});
    caseH = registerCase(local(d, 23, 59, 59, 999), s1002, w05, "IMM"); // its last moment

    // ---- the next day: a case at its first moment, M completed (late), and the day
    // before closed.
    caseI = registerCase(local(today(), 0, 0), s1001, w01, "C10");
    complete(local(today(), 9, 30), s1001, caseM);
    event(local(today(), 9, 35), QStringLiteral("day.closed"), QStringLiteral("2001"),
          {{QStringLiteral("business_day"), d.toString(Qt::ISODate)},
           {QStringLiteral("totals"), QJsonObject()}});
    {
        QSqlQuery c = m_db.query();
        c.prepare(QStringLiteral("INSERT INTO business_day (day, closed_at, closed_by) "
                                 "VALUES (?, ?, '2001')"));
        c.addBindValue(d.toString(Qt::ISODate));
        c.addBindValue(Clock::nowStamp());
        if (!c.exec())
            return fail(c.lastError().text());
    }
    Clock::setFixed(local(today(), 10, 0));
    return m_problem.isEmpty();
}

bool ReportFixture::writeCallbacks()
{
    QSqlQuery q = m_db.query();
    // The callback table is the queue's (0007_queue.sql): rows as its services leave them.
    struct Row
    {
        const char *id;
        QString caseNo;
        const char *ticketNo;
        const char *dueOn;
        const char *status;
        int attempts;
        const char *doneOn;
    };
    const Row rows[] = {
        {"cb1", caseE, nullptr, "2026-11-23", "done", 2, "2026-11-23"},  // due and done
        {"cb2", QString(), "B001", "2026-11-23", "open", 0, nullptr},    // due, open
        {"cb3", caseK, nullptr, "2026-11-21", "open", 1, nullptr},       // overdue
        {"cb4", caseA, nullptr, "2026-11-24", "open", 0, nullptr},       // not yet due
        {"cb5", caseK, nullptr, "2026-11-18", "done", 1, "2026-11-20"}}; // done before
    for (const Row &r : rows) {
        q.prepare(QStringLiteral("INSERT INTO callback (callback_id, case_no, ticket_no, reason, "
                                 "due_on, status, attempts, done_on, outcome, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "'2026-11-17T02:00:00.000Z', '2026-11-23T02:00:00.000Z')"));
        for (const QVariant &v :
             {QVariant(QLatin1String(r.id)), r.caseNo.isEmpty() ? QVariant() : QVariant(r.caseNo),
              r.ticketNo ? QVariant(QLatin1String(r.ticketNo)) : QVariant(),
              QVariant(QStringLiteral("差评回访")), QVariant(QLatin1String(r.dueOn)),
              QVariant(QLatin1String(r.status)), QVariant(r.attempts),
              r.doneOn ? QVariant(QLatin1String(r.doneOn)) : QVariant(),
              QVariant(r.doneOn ? QStringLiteral("已解决") : QString())})
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}
