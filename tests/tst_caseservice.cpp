// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Cases at the window: registration rules, acceptance and due dates over the 2026 National
// Day holiday, the one-time notice, refusal, forwarding and the decision that comes back,
// the one extension, completion and delivery, closed business days, complaints' time
// limits, a case's history, and one event per action.
#include "core/cases/caseservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/customers/customerservice.h"
#include "core/master/masterdata.h"
#include "core/storage/eventlog.h"
#include "core/storage/writetransaction.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <functional>

namespace {

QString residentId(const char *first17)
{
    const QString body = QString::fromLatin1(first17);
    return body + IdNumber::checkCharacter(body);
}

QJsonObject field(const char *key, const char *type, bool required, QJsonArray options = {})
{
    QJsonObject f{{QStringLiteral("key"), QLatin1String(key)},
                  {QStringLiteral("label"), QLatin1String(key)},
                  {QStringLiteral("type"), QLatin1String(type)},
                  {QStringLiteral("required"), required}};
    if (!options.isEmpty())
        f.insert(QStringLiteral("options"), options);
    return f;
}

QJsonObject item(const char *code, const char *mode, int limit, QJsonArray materials = {},
                 QJsonArray fields = {})
{
    return {{QStringLiteral("code"), QLatin1String(code)},
            {QStringLiteral("name"), QLatin1String(code)},
            {QStringLiteral("window"), QStringLiteral("W01")},
            {QStringLiteral("mode"), QLatin1String(mode)},
            {QStringLiteral("limit_days"), limit},
            {QStringLiteral("materials"), materials},
            {QStringLiteral("fields"), fields}};
}

QJsonObject day(const char *date, const char *kind)
{
    return {{QStringLiteral("date"), QLatin1String(date)},
            {QStringLiteral("kind"), QLatin1String(kind)}};
}

// The 2026 calendar around National Day as the State Council published it: Mid-Autumn
// 25-27 September, National Day 1-7 October, makeup workdays Sunday 20 September and
// Saturday 10 October.
QJsonObject master()
{
    QJsonArray holidays;
    for (const char *d : {"2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02",
                          "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"})
        holidays.append(day(d, "holiday"));
    holidays.append(day("2026-09-20", "workday"));
    holidays.append(day("2026-10-10", "workday"));
    const QJsonArray birthFields{
        field("spouse_id", "id_number", true),
        field("order", "choice", true, {QStringLiteral("一孩"), QStringLiteral("二孩")}),
        field("children", "number", false),
        field("married_on", "date", false),
        field("contact", "phone", false),
        field("remark", "text", false)};
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("full"), true},
            {QStringLiteral("windows"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("W01")},
                                    {QStringLiteral("name"), QStringLiteral("综合窗口")}},
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("W05")},
                                    {QStringLiteral("name"), QStringLiteral("电信业务窗口")}}}},
            {QStringLiteral("catalogue"),
             QJsonArray{item("C05", "commitment", 5,
                             {QStringLiteral("身份证"), QStringLiteral("户口簿")}, birthFields),
                        item("C01", "commitment", 1), item("C02", "commitment", 2),
                        item("C10", "commitment", 10), item("IMM", "immediate", 0),
                        item("FWD", "forward", 20), item("OLD", "commitment", 3)}},
            {QStringLiteral("holidays"), holidays}};
}

void setToday(QDate d)
{
    Clock::setFixed(QDateTime(d, QTime(10, 0), Qt::LocalTime).toUTC());
}

using Edit = std::function<void(NewCase &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class tst_CaseService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    QString m_customer;
    const Session m_clerk =
        TestDatabase::staff(QStringLiteral("1001"), Role::Clerk, QStringLiteral("W01"));

    NewCase newCase(const char *itemCode = "C10") const
    {
        NewCase c;
        c.itemCode = QLatin1String(itemCode);
        c.customerId = m_customer;
        if (c.itemCode == QLatin1String("C05")) {
            c.materialsReceived = {QStringLiteral("身份证"), QStringLiteral("户口簿")};
            c.formData = {{QStringLiteral("spouse_id"), residentId("11010519491231002").toLower()},
                          {QStringLiteral("order"), QStringLiteral("一孩")}};
        }
        return c;
    }

    QString registered(const char *itemCode = "C10")
    {
        CaseService cases(m_t->db());
        const Result<QString> no = cases.registerCase(m_clerk, newCase(itemCode));
        if (!no.ok())
            qWarning() << no.error().english();
        return no.ok() ? no.value() : QString();
    }

    QString status(const QString &caseNo)
    {
        QSqlQuery q = m_t->db().query();
        q.prepare(QStringLiteral("SELECT status FROM service_case WHERE case_no = ?"));
        q.addBindValue(caseNo);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // The one event the last action appended.
    QJsonObject lastEvent(const QString &type, qint64 eventsBefore)
    {
        if (m_t->eventCount() != eventsBefore + 1) {
            qWarning() << "expected exactly one new event," << m_t->eventCount() - eventsBefore;
            return {};
        }
        const Event e = EventLog::head(m_t->db().connection()).value();
        if (e.type != type || e.staff != m_clerk.staffNo) {
            qWarning() << "unexpected event" << e.type << e.staff;
            return {};
        }
        return e.dataObject();
    }

private slots:
    void init()
    {
        setToday(QDate(2026, 9, 30));
        m_t = std::make_unique<TestDatabase>();
        QVERIFY2(m_t->open(), qPrintable(m_t->problem()));
        const Result<int> applied = MasterData::apply(m_t->db(), TestDatabase::console(), master());
        QVERIFY2(applied.ok(), qPrintable(applied.error().english()));
        QSqlQuery q = m_t->db().query();
        QVERIFY(q.exec(QStringLiteral("UPDATE catalogue_item SET active = 0 WHERE code = 'OLD'")));
        CustomerService customers(m_t->db());
        NewCustomer c;
        c.name = QStringLiteral("李秀英");
        c.idNumber = residentId("51070319650412002");
        const Result<Customer> customer = customers.registerCustomer(m_clerk, c);
        QVERIFY2(customer.ok(), qPrintable(customer.error().english()));
        m_customer = customer->customerId;
    }
    void cleanup()
    {
        m_t.reset();
        Clock::reset();
    }

    void registers()
    {
        CaseService cases(m_t->db());
        const qint64 events = m_t->eventCount();
        NewCase c = newCase("C05");
        c.channel = QStringLiteral("phone");
        c.formData.insert(QStringLiteral("children"), QStringLiteral("1"));
        c.formData.insert(QStringLiteral("contact"), QStringLiteral("138 0013 8000"));
        c.formData.insert(QStringLiteral("remark"), QString()); // optional and blank
        const Result<QString> no = cases.registerCase(m_clerk, c);
        QVERIFY2(no.ok(), qPrintable(no.error().english()));
        QCOMPARE(no.value(), QStringLiteral("CSTZ01-20260930-D1-0001"));
        QCOMPARE(cases.registerCase(m_clerk, newCase()).value(),
                 QStringLiteral("CSTZ01-20260930-D1-0002"));

        const ServiceCase stored = cases.find(no.value()).value();
        QCOMPARE(stored.status, CaseStatus::Registered);
        QCOMPARE(stored.firstResponder, QStringLiteral("1001"));
        QCOMPARE(stored.windowCode, QStringLiteral("W01"));
        QCOMPARE(stored.channel, QStringLiteral("phone"));
        QCOMPARE(stored.businessDay, QDate(2026, 9, 30));
        // Stored normalised: upper-case ID, 11-digit mobile, a number as a number.
        QCOMPARE(stored.formData.value(QLatin1String("spouse_id")).toString(),
                 residentId("11010519491231002"));
        QCOMPARE(stored.formData.value(QLatin1String("contact")).toString(),
                 QStringLiteral("13800138000"));
        QCOMPARE(stored.formData.value(QLatin1String("children")).toDouble(), 1.0);
        QVERIFY(!stored.formData.contains(QLatin1String("remark")));
        QCOMPARE(stored.materialsReceived.size(), 2);

        QCOMPARE(m_t->eventCount(), events + 2);
        const Result<QList<Event>> logged = EventLog::after(m_t->db().connection(), events, 1);
        const Event &e = logged.value().first();
        QCOMPARE(e.type, QStringLiteral("case.registered"));
        QCOMPARE(e.staff, QStringLiteral("1001"));
        const QJsonObject data = e.dataObject();
        QCOMPARE(data.value(QLatin1String("case_no")).toString(), no.value());
        QCOMPARE(data.value(QLatin1String("item_code")).toString(), QStringLiteral("C05"));
        QCOMPARE(data.value(QLatin1String("customer_id")).toString(), m_customer);
        QCOMPARE(data.value(QLatin1String("channel")).toString(), QStringLiteral("phone"));
        QCOMPARE(data.value(QLatin1String("first_responder")).toString(), QStringLiteral("1001"));
        QCOMPARE(data.value(QLatin1String("window")).toString(), QStringLiteral("W01"));
    }

    void registerRefusals_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown item")
            << Edit([](NewCase &c) { c.itemCode = QStringLiteral("X99"); })
            << QStringLiteral("case.unknown_item");
        QTest::newRow("withdrawn item")
            << Edit([](NewCase &c) { c.itemCode = QStringLiteral("OLD"); })
            << QStringLiteral("case.inactive_item");
        QTest::newRow("unknown customer") << Edit([](NewCase &c) {
            c.customerId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        }) << QStringLiteral("case.unknown_customer");
        QTest::newRow("e-mail channel")
            << Edit([](NewCase &c) { c.channel = QStringLiteral("email"); })
            << QStringLiteral("case.bad_channel");
        QTest::newRow("unknown window")
            << Edit([](NewCase &c) { c.windowCode = QStringLiteral("W09"); })
            << QStringLiteral("case.unknown_window");
        QTest::newRow("required field missing")
            << Edit([](NewCase &c) { c.formData.remove(QStringLiteral("spouse_id")); })
            << QStringLiteral("case.missing_field");
        QTest::newRow("required field blank") << Edit([](NewCase &c) {
            c.formData.insert(QStringLiteral("order"), QStringLiteral(" "));
        }) << QStringLiteral("case.missing_field");
        QTest::newRow("bad ID number") << Edit([](NewCase &c) {
            c.formData.insert(QStringLiteral("spouse_id"), QStringLiteral("110105194912310021"));
        }) << QStringLiteral("case.bad_field");
        QTest::newRow("unknown choice") << Edit([](NewCase &c) {
            c.formData.insert(QStringLiteral("order"), QStringLiteral("四孩"));
        }) << QStringLiteral("case.bad_field");
        QTest::newRow("number as words") << Edit([](NewCase &c) {
            c.formData.insert(QStringLiteral("children"), QStringLiteral("two"));
        }) << QStringLiteral("case.bad_field");
        QTest::newRow("month 13") << Edit([](NewCase &c) {
            c.formData.insert(QStringLiteral("married_on"), QStringLiteral("2020-13-01"));
        }) << QStringLiteral("case.bad_field");
        QTest::newRow("landline") << Edit([](NewCase &c) {
            c.formData.insert(QStringLiteral("contact"), QStringLiteral("08165621234"));
        }) << QStringLiteral("case.bad_field");
        QTest::newRow("text as number")
            << Edit([](NewCase &c) { c.formData.insert(QStringLiteral("remark"), 5); })
            << QStringLiteral("case.bad_field");
    }
    void registerRefusals()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, code);
        CaseService cases(m_t->db());
        NewCase c = newCase("C05");
        edit(c);
        const qint64 events = m_t->eventCount();
        const Result<QString> no = cases.registerCase(m_clerk, c);
        QVERIFY(!no.ok());
        QCOMPARE(no.error().code(), code);
        QVERIFY(!no.error().english().isEmpty());
        QCOMPARE(m_t->eventCount(), events);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM service_case")), 0);
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT count(*) FROM number_sequence WHERE kind = 'case'")),
            0);
    }

    void permissions()
    {
        CaseService cases(m_t->db());
        QCOMPARE(cases.registerCase(TestDatabase::console(), newCase()).error().code(),
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(cases.registerCase(Session(), newCase()).error().code(),
                 QStringLiteral("auth.not_signed_in"));
        const QString no = registered();
        QCOMPARE(cases.accept(TestDatabase::staff(QStringLiteral("9001"), Role::Admin), no)
                     .error()
                     .code(),
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(status(no), QStringLiteral("registered"));
    }

    void dueDates_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QString>("mode");
        QTest::newRow("5 days over National Day")
            << QDate(2026, 9, 30) << "C05" << QDate(2026, 10, 13) << "commitment";
        QTest::newRow("1 day before the holiday")
            << QDate(2026, 9, 29) << "C01" << QDate(2026, 9, 30) << "commitment";
        QTest::newRow("2 days jump the holiday")
            << QDate(2026, 9, 29) << "C02" << QDate(2026, 10, 8) << "commitment";
        QTest::newRow("10 days from Monday 28 Sep")
            << QDate(2026, 9, 28) << "C10" << QDate(2026, 10, 16) << "commitment";
        QTest::newRow("over Mid-Autumn")
            << QDate(2026, 9, 24) << "C02" << QDate(2026, 9, 29) << "commitment";
        QTest::newRow("makeup Sunday counts")
            << QDate(2026, 9, 18) << "C01" << QDate(2026, 9, 20) << "commitment";
        QTest::newRow("makeup Saturday counts")
            << QDate(2026, 10, 9) << "C01" << QDate(2026, 10, 10) << "commitment";
        QTest::newRow("accepted on a holiday")
            << QDate(2026, 10, 3) << "C01" << QDate(2026, 10, 8) << "commitment";
        QTest::newRow("immediate")
            << QDate(2026, 10, 10) << "IMM" << QDate(2026, 10, 10) << "immediate";
        QTest::newRow("forward runs its limit")
            << QDate(2026, 9, 30) << "FWD" << QDate(2026, 11, 3) << "forward";
    }
    void dueDates()
    {
        QFETCH(QDate, today);
        QFETCH(QString, item);
        QFETCH(QDate, due);
        QFETCH(QString, mode);
        setToday(today);
        CaseService cases(m_t->db());
        NewCase c = newCase(item.toLatin1().constData());
        if (item == QLatin1String("IMM"))
            c.materialsReceived = {QStringLiteral("身份证")};
        const QString no = cases.registerCase(m_clerk, c).value();
        const qint64 events = m_t->eventCount();
        const Result<CaseAcceptance> a = cases.accept(m_clerk, no);
        QVERIFY2(a.ok(), qPrintable(a.error().english()));
        QCOMPARE(a->dueOn, due);
        QCOMPARE(a->acceptedOn, today);
        QCOMPARE(a->mode, mode);

        const QJsonObject data = lastEvent(QStringLiteral("case.accepted"), events);
        QCOMPARE(data.value(QLatin1String("case_no")).toString(), no);
        QCOMPARE(data.value(QLatin1String("mode")).toString(), mode);
        QCOMPARE(data.value(QLatin1String("accepted_on")).toString(), today.toString(Qt::ISODate));
        QCOMPARE(data.value(QLatin1String("due_on")).toString(), due.toString(Qt::ISODate));
        QCOMPARE(data.value(QLatin1String("limit_days")).toInt(), a->limitDays);

        const ServiceCase stored = cases.find(no).value();
        QCOMPARE(stored.status, CaseStatus::Accepted);
        QCOMPARE(stored.dueOn, due);
        QCOMPARE(stored.mode, mode);
    }

    void oneTimeNotice()
    {
        CaseService cases(m_t->db());
        NewCase c = newCase("C05");
        c.materialsReceived = {QStringLiteral("身份证")};
        const QString no = cases.registerCase(m_clerk, c).value();

        qint64 events = m_t->eventCount();
        const Result<CaseAcceptance> early = cases.accept(m_clerk, no);
        QCOMPARE(early.error().code(), QStringLiteral("case.materials_missing"));
        QVERIFY(early.error().english().contains(QStringLiteral("户口簿")));
        QCOMPARE(status(no), QStringLiteral("registered"));
        QCOMPARE(cases.requestMaterials(m_clerk, no, {QStringLiteral(" ")}).error().code(),
                 QStringLiteral("case.nothing_missing"));
        QCOMPARE(m_t->eventCount(), events);

        QVERIFY(
            cases
                .requestMaterials(m_clerk, no, {QStringLiteral("户口簿"), QStringLiteral("户口簿")})
                .ok());
        QJsonObject data = lastEvent(QStringLiteral("case.materials_requested"), events);
        QCOMPARE(data.value(QLatin1String("case_no")).toString(), no);
        QCOMPARE(data.value(QLatin1String("missing")).toArray(),
                 QJsonArray{QStringLiteral("户口簿")});
        QCOMPARE(cases.find(no)->missing, QStringList{QStringLiteral("户口簿")});

        // One notice lists everything: there is no second one.
        events = m_t->eventCount();
        QCOMPARE(cases.requestMaterials(m_clerk, no, {QStringLiteral("照片")}).error().code(),
                 QStringLiteral("case.illegal_transition"));
        QCOMPARE(cases.accept(m_clerk, no).error().code(),
                 QStringLiteral("case.materials_missing"));
        QCOMPARE(m_t->eventCount(), events);

        const Result<CaseAcceptance> a = cases.accept(m_clerk, no, {QStringLiteral("户口簿")});
        QVERIFY2(a.ok(), qPrintable(a.error().english()));
        lastEvent(QStringLiteral("case.accepted"), events);
        const ServiceCase stored = cases.find(no).value();
        QCOMPARE(stored.materialsReceived.size(), 2);
        QVERIFY(stored.missing.isEmpty());
    }

    void refusal()
    {
        CaseService cases(m_t->db());
        const QString no = registered();
        qint64 events = m_t->eventCount();
        QCOMPARE(cases.refuse(m_clerk, no, QStringLiteral("  ")).error().code(),
                 QStringLiteral("case.reason_required"));
        QCOMPARE(cases.refuse(m_clerk, no, QString(501, QLatin1Char('x'))).error().code(),
                 QStringLiteral("case.reason_required"));
        QCOMPARE(m_t->eventCount(), events);
        QVERIFY(cases.refuse(m_clerk, no, QStringLiteral("不属于本中心受理范围")).ok());
        const QJsonObject data = lastEvent(QStringLiteral("case.refused"), events);
        QCOMPARE(data.value(QLatin1String("case_no")).toString(), no);
        QCOMPARE(data.value(QLatin1String("reason")).toString(),
                 QStringLiteral("不属于本中心受理范围"));
        QCOMPARE(cases.find(no)->refusalReason, QStringLiteral("不属于本中心受理范围"));
        QCOMPARE(status(no), QStringLiteral("refused"));
    }

    // Illegal moves through the service: refused, with nothing written.
    void illegalMoves_data()
    {
        QTest::addColumn<QString>("setup"); // actions already done
        QTest::addColumn<QString>("action");
        QTest::newRow("complete registered") << ""
                                             << "complete";
        QTest::newRow("accept twice") << "accept"
                                      << "accept";
        QTest::newRow("refuse accepted") << "accept"
                                         << "refuse";
        QTest::newRow("request after acceptance") << "accept"
                                                  << "request";
        QTest::newRow("complete twice") << "accept,complete"
                                        << "complete";
        QTest::newRow("accept refused") << "refuse"
                                        << "accept";
        QTest::newRow("complete refused") << "refuse"
                                          << "complete";
        QTest::newRow("refuse twice") << "refuse"
                                      << "refuse";
    }
    void illegalMoves()
    {
        QFETCH(QString, setup);
        QFETCH(QString, action);
        CaseService cases(m_t->db());
        const QString no = registered();
        const auto run = [&](const QString &a) -> Status {
            if (a == QLatin1String("accept")) {
                const auto r = cases.accept(m_clerk, no);
                return r ? success() : Status(r.error());
            }
            if (a == QLatin1String("complete")) {
                const auto r = cases.complete(m_clerk, no);
                return r ? success() : Status(r.error());
            }
            if (a == QLatin1String("refuse"))
                return cases.refuse(m_clerk, no, QStringLiteral("理由"));
            return cases.requestMaterials(m_clerk, no, {QStringLiteral("照片")});
        };
        for (const QString &a : setup.split(QLatin1Char(','), Qt::SkipEmptyParts))
            QVERIFY(run(a).ok());
        const QString before = status(no);
        const qint64 events = m_t->eventCount();
        const Status s = run(action);
        QCOMPARE(s.error().code(), QStringLiteral("case.illegal_transition"));
        QCOMPARE(status(no), before);
        QCOMPARE(m_t->eventCount(), events);
    }

    void unknownCase()
    {
        CaseService cases(m_t->db());
        QCOMPARE(cases.accept(m_clerk, QStringLiteral("CSTZ01-20260930-D1-9999")).error().code(),
                 QStringLiteral("case.not_found"));
        QCOMPARE(cases.complete(m_clerk, QStringLiteral("nope")).error().code(),
                 QStringLiteral("case.not_found"));
        QCOMPARE(cases.find(QStringLiteral("nope")).error().code(),
                 QStringLiteral("case.not_found"));
    }

    void completion_data()
    {
        QTest::addColumn<QDate>("handedOver");
        QTest::addColumn<bool>("onTime");
        QTest::newRow("before the due date") << QDate(2026, 10, 9) << true;
        QTest::newRow("on the due date") << QDate(2026, 10, 13) << true;
        QTest::newRow("a day late") << QDate(2026, 10, 14) << false;
    }
    void completion()
    {
        QFETCH(QDate, handedOver);
        QFETCH(bool, onTime);
        CaseService cases(m_t->db());
        const QString no = cases.registerCase(m_clerk, newCase("C05")).value();
        QCOMPARE(cases.accept(m_clerk, no)->dueOn, QDate(2026, 10, 13));
        setToday(handedOver);
        const qint64 events = m_t->eventCount();
        const Result<bool> done = cases.complete(m_clerk, no);
        QVERIFY2(done.ok(), qPrintable(done.error().english()));
        QCOMPARE(done.value(), onTime);
        const QJsonObject data = lastEvent(QStringLiteral("case.completed"), events);
        QCOMPARE(data.value(QLatin1String("case_no")).toString(), no);
        QCOMPARE(data.value(QLatin1String("completed_on")).toString(),
                 handedOver.toString(Qt::ISODate));
        QCOMPARE(data.value(QLatin1String("on_time")).toBool(), onTime);
        const ServiceCase stored = cases.find(no).value();
        QCOMPARE(stored.status, CaseStatus::Completed);
        QCOMPARE(stored.completedOn, handedOver);
        QCOMPARE(stored.onTime, std::optional<bool>(onTime));
    }

    void forwardDecideCompleteDeliver()
    {
        CaseService cases(m_t->db());
        const QString no = cases.registerCase(m_clerk, newCase("FWD")).value();
        QVERIFY(cases.accept(m_clerk, no).ok());
        qint64 events = m_t->eventCount();
        QCOMPARE(cases.forward(m_clerk, no, QStringLiteral("  ")).error().code(),
                 QStringLiteral("case.addressee_required"));
        QCOMPARE(cases.forward(m_clerk, no, QString(101, QLatin1Char('x'))).error().code(),
                 QStringLiteral("case.addressee_required"));
        QCOMPARE(m_t->eventCount(), events);
        QVERIFY(cases.forward(m_clerk, no, QStringLiteral("县政务服务中心")).ok());
        QJsonObject data = lastEvent(QStringLiteral("case.forwarded"), events);
        QCOMPARE(data.value(QLatin1String("case_no")).toString(), no);
        QCOMPARE(data.value(QLatin1String("to")).toString(), QStringLiteral("县政务服务中心"));
        QCOMPARE(data.value(QLatin1String("forwarded_on")).toString(),
                 QStringLiteral("2026-09-30"));
        ServiceCase stored = cases.find(no).value();
        QCOMPARE(stored.status, CaseStatus::Forwarded);
        QCOMPARE(stored.forwardedTo, QStringLiteral("县政务服务中心"));
        QCOMPARE(stored.forwardedOn, QDate(2026, 9, 30));
        QCOMPARE(cases.forward(m_clerk, no, QStringLiteral("市里")).error().code(),
                 QStringLiteral("case.illegal_transition"));

        // The decision arrives with the sync client: the device records it, no staff.
        setToday(QDate(2026, 10, 20));
        events = m_t->eventCount();
        {
            WriteTransaction tx(m_t->db());
            const Result<bool> moved =
                cases.recordDecision(tx, no, QStringLiteral("approved"), QStringLiteral("同意"),
                                     QStringLiteral("2026-10-19T02:00:00.000Z"));
            QVERIFY2(moved.ok(), qPrintable(moved.error().english()));
            QVERIFY(moved.value());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(m_t->eventCount(), events + 1);
        Event decided = EventLog::head(m_t->db().connection()).value();
        QCOMPARE(decided.type, QStringLiteral("case.decided"));
        QCOMPARE(decided.staff, QString(QLatin1String("")));
        data = decided.dataObject();
        QCOMPARE(data.value(QLatin1String("case_no")).toString(), no);
        QCOMPARE(data.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(data.value(QLatin1String("note")).toString(), QStringLiteral("同意"));
        QCOMPARE(data.value(QLatin1String("applied")).toBool(), true);
        stored = cases.find(no).value();
        QCOMPARE(stored.status, CaseStatus::Decided);
        QCOMPARE(stored.decision, QStringLiteral("approved"));
        QCOMPARE(stored.decisionNote, QStringLiteral("同意"));

        // A second decision (or one for a case of another terminal) is kept as a fact only.
        events = m_t->eventCount();
        {
            WriteTransaction tx(m_t->db());
            QCOMPARE(cases.recordDecision(tx, no, QStringLiteral("rejected"), {}, {}).value(),
                     false);
            QCOMPARE(cases
                         .recordDecision(tx, QStringLiteral("CSTZ01-20260930-D2-0001"),
                                         QStringLiteral("approved"), {}, {})
                         .value(),
                     false);
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(m_t->eventCount(), events + 2);
        decided = EventLog::head(m_t->db().connection()).value();
        QCOMPARE(decided.dataObject().value(QLatin1String("applied")).toBool(), false);
        QCOMPARE(cases.find(no)->decision, QStringLiteral("approved"));

        QCOMPARE(cases.complete(m_clerk, no).value(), true); // due 2026-11-03
        events = m_t->eventCount();
        QCOMPARE(cases.deliver(m_clerk, no, QStringLiteral("drone")).error().code(),
                 QStringLiteral("case.bad_delivery_method"));
        QVERIFY(cases.deliver(m_clerk, no, QStringLiteral("post")).ok());
        data = lastEvent(QStringLiteral("case.delivered"), events);
        QCOMPARE(data.value(QLatin1String("method")).toString(), QStringLiteral("post"));
        QCOMPARE(data.value(QLatin1String("delivered_on")).toString(),
                 QStringLiteral("2026-10-20"));
        stored = cases.find(no).value();
        QCOMPARE(stored.status, CaseStatus::Delivered);
        QCOMPARE(stored.deliveredOn, QDate(2026, 10, 20));
        QCOMPARE(stored.deliveryMethod, QStringLiteral("post"));
        QCOMPARE(cases.deliver(m_clerk, no, QStringLiteral("counter")).error().code(),
                 QStringLiteral("case.illegal_transition"));
    }

    void extension_data()
    {
        QTest::addColumn<QString>("approver"); // staff number and role: "2001 supervisor"
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code"); // empty: extended
        QTest::newRow("supervisor approves") << "2001 supervisor" << 10 << "需现场勘查"
                                             << "";
        QTest::newRow("nobody approved") << "" << 10 << "需现场勘查"
                                         << "case.approval_required";
        QTest::newRow("a clerk approved") << "1002 clerk" << 10 << "需现场勘查"
                                          << "case.approval_required";
        QTest::newRow("the clerk themselves") << "1001 clerk" << 10 << "需现场勘查"
                                              << "case.approval_required";
        QTest::newRow("no days") << "2001 supervisor" << 0 << "需现场勘查"
                                 << "case.bad_extension_days";
        QTest::newRow("too many days") << "2001 supervisor" << 31 << "需现场勘查"
                                       << "case.bad_extension_days";
        QTest::newRow("no reason") << "2001 supervisor" << 10 << " "
                                   << "case.reason_required";
    }
    void extension()
    {
        QFETCH(QString, approver);
        QFETCH(int, days);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        CaseService cases(m_t->db());
        const QString no = cases.registerCase(m_clerk, newCase("C05")).value();
        Session leader;
        if (!approver.isEmpty()) {
            const QStringList parts = approver.split(QLatin1Char(' '));
            leader = TestDatabase::staff(parts.at(0), parts.at(1) == QLatin1String("supervisor")
                                                          ? Role::Supervisor
                                                          : Role::Clerk);
        }
        // Not yet running: an extension needs a due date.
        QCOMPARE(cases
                     .extend(m_clerk, no, 10, QStringLiteral("x"),
                             TestDatabase::staff(QStringLiteral("2001"), Role::Supervisor))
                     .error()
                     .code(),
                 QStringLiteral("case.illegal_transition"));
        QCOMPARE(cases.accept(m_clerk, no)->dueOn, QDate(2026, 10, 13));
        const qint64 events = m_t->eventCount();
        const Result<CaseExtension> e = cases.extend(m_clerk, no, days, reason, leader);
        if (!code.isEmpty()) {
            QCOMPARE(e.error().code(), code);
            QCOMPARE(m_t->eventCount(), events);
            QCOMPARE(cases.find(no)->dueOn, QDate(2026, 10, 13));
            QVERIFY(!cases.find(no)->extended);
            return;
        }
        QVERIFY2(e.ok(), qPrintable(e.error().english()));
        // Ten working days after 13 October: the weekends of the 17th and 24th skipped.
        QCOMPARE(e->dueOn, QDate(2026, 10, 27));
        QCOMPARE(e->previousDueOn, QDate(2026, 10, 13));
        const QJsonObject data = lastEvent(QStringLiteral("case.extended"), events);
        QCOMPARE(data.value(QLatin1String("case_no")).toString(), no);
        QCOMPARE(data.value(QLatin1String("days")).toInt(), 10);
        QCOMPARE(data.value(QLatin1String("due_on")).toString(), QStringLiteral("2026-10-27"));
        QCOMPARE(data.value(QLatin1String("reason")).toString(), reason);
        QCOMPARE(data.value(QLatin1String("approved_by")).toString(), QStringLiteral("2001"));
        const ServiceCase stored = cases.find(no).value();
        QVERIFY(stored.extended);
        QCOMPARE(stored.status, CaseStatus::Accepted);
        QCOMPARE(stored.dueOn, QDate(2026, 10, 27));
        QCOMPARE(stored.originalDueOn, QDate(2026, 10, 13));
        QCOMPARE(stored.extensionDays, 10);
        QCOMPARE(stored.extensionReason, reason);
        QCOMPARE(stored.extensionApprovedBy, QStringLiteral("2001"));
        // Once only.
        QCOMPARE(cases.extend(m_clerk, no, 5, reason, leader).error().code(),
                 QStringLiteral("case.already_extended"));
        // Completed on the new date: on time.
        setToday(QDate(2026, 10, 27));
        QCOMPARE(cases.complete(m_clerk, no).value(), true);
    }

    void supervisorExtendsTheirOwnCase()
    {
        const Session supervisor =
            TestDatabase::staff(QStringLiteral("2001"), Role::Supervisor, QStringLiteral("W01"));
        CaseService cases(m_t->db());
        const QString no = cases.registerCase(supervisor, newCase("C05")).value();
        QVERIFY(cases.accept(supervisor, no).ok());
        const Result<CaseExtension> e =
            cases.extend(supervisor, no, 3, QStringLiteral("等待县级批复"), supervisor);
        QVERIFY2(e.ok(), qPrintable(e.error().english()));
        QCOMPARE(e->approvedBy, QStringLiteral("2001"));
    }

    // A closed business day takes no case action at all.
    void closedDay()
    {
        CaseService cases(m_t->db());
        const QString accepted = cases.registerCase(m_clerk, newCase("FWD")).value();
        QVERIFY(cases.accept(m_clerk, accepted).ok());
        const QString registeredCase = registered();
        QSqlQuery q = m_t->db().query();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO business_day(day, closed_at, closed_by) "
                                      "VALUES('2026-09-30', '2026-09-30T10:15:00.000Z', '2001')")));
        const qint64 events = m_t->eventCount();
        const Session leader = TestDatabase::staff(QStringLiteral("2001"), Role::Supervisor);
        const QList<std::function<Error()>> actions = {
            [&] { return cases.registerCase(m_clerk, newCase()).error(); },
            [&] { return cases.accept(m_clerk, registeredCase).error(); },
            [&] {
                return cases.requestMaterials(m_clerk, registeredCase, {QStringLiteral("照片")})
                    .error();
            },
            [&] { return cases.refuse(m_clerk, registeredCase, QStringLiteral("理由")).error(); },
            [&] { return cases.forward(m_clerk, accepted, QStringLiteral("县")).error(); },
            [&] {
                return cases.extend(m_clerk, accepted, 5, QStringLiteral("理由"), leader).error();
            },
            [&] { return cases.complete(m_clerk, accepted).error(); },
        };
        for (const auto &action : actions)
            QCOMPARE(action().code(), QStringLiteral("day.closed"));
        QCOMPARE(m_t->eventCount(), events);
        // The next day is open again.
        setToday(QDate(2026, 10, 8));
        QVERIFY(cases.complete(m_clerk, accepted).ok());
    }

    void complaintsRunFromRegistration_data()
    {
        QTest::addColumn<CaseKind>("kind");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QDate>("due");
        // 30 September 2026, then the National Day week off.
        QTest::newRow("complaint") << CaseKind::Complaint << 15 << QDate(2026, 10, 27);
        QTest::newRow("petition") << CaseKind::Petition << 40 << QDate(2026, 12, 1);
    }
    void complaintsRunFromRegistration()
    {
        QFETCH(CaseKind, kind);
        QFETCH(int, limit);
        QFETCH(QDate, due);
        CaseService cases(m_t->db());
        NewCase c;
        c.kind = kind;
        c.itemCode = QStringLiteral("C05"); // the matter complained about: no form, no materials
        c.customerId = m_customer;
        c.channel = QStringLiteral("letter");
        const qint64 events = m_t->eventCount();
        QCOMPARE(cases.registerCase(m_clerk, c).error().code(),
                 QStringLiteral("case.subject_required"));
        QCOMPARE(m_t->eventCount(), events);
        c.subject = QStringLiteral("  窗口人员态度生硬，材料清单前后说法不一  ");
        const Result<QString> no = cases.registerCase(m_clerk, c);
        QVERIFY2(no.ok(), qPrintable(no.error().english()));
        const Event e = EventLog::head(m_t->db().connection()).value();
        QCOMPARE(e.type, QStringLiteral("case.registered"));
        const QJsonObject data = e.dataObject();
        QCOMPARE(data.value(QLatin1String("kind")).toString(), CaseState::kindKey(kind));
        QCOMPARE(data.value(QLatin1String("due_on")).toString(), due.toString(Qt::ISODate));
        QCOMPARE(data.value(QLatin1String("limit_days")).toInt(), limit);
        const ServiceCase stored = cases.find(no.value()).value();
        QCOMPARE(stored.kind, kind);
        QCOMPARE(stored.subject, QStringLiteral("窗口人员态度生硬，材料清单前后说法不一"));
        QCOMPARE(stored.status, CaseStatus::Registered);
        QCOMPARE(stored.acceptedOn, QDate(2026, 9, 30));
        QCOMPARE(stored.dueOn, due);
        QCOMPARE(stored.limitDays, limit);
        QVERIFY(stored.mode.isEmpty());
        // Not an application: it is not accepted like one.
        QCOMPARE(cases.accept(m_clerk, no.value()).error().code(),
                 QStringLiteral("case.illegal_transition"));
        // Applications are still of kind case in their event.
        QCOMPARE(cases.find(registered())->kind, CaseKind::Case);
        QCOMPARE(EventLog::head(m_t->db().connection())
                     .value()
                     .dataObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("case"));
    }

    void historyNamesEveryStep()
    {
        CaseService cases(m_t->db());
        const QString other = registered();
        const QString no = cases.registerCase(m_clerk, newCase("C05")).value();
        QVERIFY(cases.accept(m_clerk, no).ok());
        {
            // A payment for the case is part of its history too.
            WriteTransaction tx(m_t->db());
            QVERIFY(tx.append(QStringLiteral("payment.taken"), QStringLiteral("1001"),
                              {{QStringLiteral("receipt_no"), QStringLiteral("R1")},
                               {QStringLiteral("case_no"), no},
                               {QStringLiteral("amount_fen"), 500}})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(cases.complete(m_clerk, no).ok());
        const Result<QList<Event>> history = cases.history(no);
        QVERIFY2(history.ok(), qPrintable(history.error().english()));
        QStringList types;
        for (const Event &e : history.value())
            types.append(e.type);
        QCOMPARE(types,
                 QStringList({QStringLiteral("case.registered"), QStringLiteral("case.accepted"),
                              QStringLiteral("payment.taken"), QStringLiteral("case.completed")}));
        QCOMPARE(cases.history(other)->size(), 1);
        QVERIFY(cases.history(QStringLiteral("nope"))->isEmpty());
        // Found through the index of migration 0005, not by reading the whole log.
        QSqlQuery q = m_t->db().query();
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq FROM event_log WHERE "
                                      "json_extract(data, '$.case_no') = 'x' ORDER BY seq")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("event_log_case_no")), qPrintable(plan));
    }

    void calendarFollowsMasterData()
    {
        setToday(QDate(2026, 11, 2)); // a Monday
        CaseService cases(m_t->db());
        const QString first = cases.registerCase(m_clerk, newCase("C05")).value();
        QCOMPARE(cases.accept(m_clerk, first)->dueOn, QDate(2026, 11, 9));
        // HQ declares a day off; the same service instance picks it up.
        const QJsonObject update{
            {QStringLiteral("version"), 2},
            {QStringLiteral("full"), false},
            {QStringLiteral("holidays"), QJsonArray{day("2026-11-04", "holiday")}}};
        QVERIFY(MasterData::apply(m_t->db(), TestDatabase::console(), update).ok());
        const QString second = cases.registerCase(m_clerk, newCase("C05")).value();
        QCOMPARE(cases.accept(m_clerk, second)->dueOn, QDate(2026, 11, 10));
    }

    void batchInOneTransaction()
    {
        CaseService cases(m_t->db());
        const qint64 events = m_t->eventCount();
        {
            WriteTransaction tx(m_t->db());
            QVERIFY(tx.begun().ok());
            for (int i = 0; i < 50; ++i) {
                const Result<QString> no = cases.registerCase(tx, m_clerk, newCase("C05"));
                QVERIFY2(no.ok(), qPrintable(no.error().english()));
                QVERIFY(cases.accept(tx, m_clerk, no.value()).ok());
                if (i % 2 == 0)
                    QVERIFY(cases.complete(tx, m_clerk, no.value()).ok());
            }
            // A refusal inside the batch writes nothing and leaves the batch usable.
            QCOMPARE(cases.registerCase(tx, m_clerk, newCase("X99")).error().code(),
                     QStringLiteral("case.unknown_item"));
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(m_t->eventCount(), events + 50 + 50 + 25);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM service_case WHERE status = "
                                            "'completed' AND on_time = 1")),
                 25);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM service_case WHERE status = "
                                            "'accepted' AND due_on = '2026-10-13'")),
                 25);
        QCOMPARE(EventLog::verify(m_t->db().connection()).value().intact(), true);
    }
};

QTEST_GUILESS_MAIN(tst_CaseService)
#include "tst_caseservice.moc"
