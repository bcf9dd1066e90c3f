// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Master data from headquarters: validation before anything is written, full and partial
// application in one transaction, versions, the holiday calendar.
#include "core/common/clock.h"
#include "core/common/holidaycalendar.h"
#include "core/master/masterdata.h"
#include "core/storage/eventlog.h"
#include "core/storage/settingstore.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <functional>

namespace {

QJsonObject holiday(const char *date, const char *kind)
{
    return {{QStringLiteral("date"), QLatin1String(date)},
            {QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("name"), QStringLiteral("国庆节")}};
}

// A small branch: two windows, two fees, three items, the 2026 National Day calendar.
QJsonObject master(int version = 1, bool full = true)
{
    const QJsonArray windows{
        QJsonObject{{QStringLiteral("code"), QStringLiteral("W01")},
                    {QStringLiteral("name"), QStringLiteral("综合窗口")},
                    {QStringLiteral("categories"), QJsonArray{QStringLiteral("A")}},
                    {QStringLiteral("staff_a"), QStringLiteral("1001")},
                    {QStringLiteral("staff_b"), QStringLiteral("9999")}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("W05")},
                    {QStringLiteral("name"), QStringLiteral("电信业务窗口")}}};
    const QJsonArray fees{QJsonObject{{QStringLiteral("code"), QStringLiteral("F01")},
                                      {QStringLiteral("name"), QStringLiteral("SIM卡补换卡费")},
                                      {QStringLiteral("amount_fen"), 1000},
                                      {QStringLiteral("unit"), QStringLiteral("张")},
                                      {QStringLiteral("legal_basis"), QStringLiteral("公示资费")}},
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("F02")},
                                      {QStringLiteral("name"), QStringLiteral("工本费")},
                                      {QStringLiteral("amount_fen"), 0}}};
    const QJsonArray fields{
        QJsonObject{{QStringLiteral("key"), QStringLiteral("spouse_id")},
                    {QStringLiteral("label"), QStringLiteral("配偶身份证号码")},
                    {QStringLiteral("type"), QStringLiteral("id_number")},
                    {QStringLiteral("required"), true}},
        QJsonObject{{QStringLiteral("key"), QStringLiteral("order")},
                    {QStringLiteral("label"), QStringLiteral("孩次")},
                    {QStringLiteral("type"), QStringLiteral("choice")},
                    {QStringLiteral("options"),
                     QJsonArray{QStringLiteral("一孩"), QStringLiteral("二孩")}}}};
    const QJsonArray catalogue{
        QJsonObject{{QStringLiteral("code"), QStringLiteral("G001")},
                    {QStringLiteral("name"), QStringLiteral("生育登记")},
                    {QStringLiteral("department"), QStringLiteral("卫健办")},
                    {QStringLiteral("window"), QStringLiteral("W01")},
                    {QStringLiteral("category"), QStringLiteral("A")},
                    {QStringLiteral("mode"), QStringLiteral("commitment")},
                    {QStringLiteral("limit_days"), 10},
                    {QStringLiteral("materials"),
                     QJsonArray{QStringLiteral("身份证"), QStringLiteral("结婚证")}},
                    {QStringLiteral("fees"), QJsonArray{}},
                    {QStringLiteral("legal_basis"), QStringLiteral("人口与计划生育法")},
                    {QStringLiteral("fields"), fields}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("T05")},
                    {QStringLiteral("name"), QStringLiteral("补换SIM卡")},
                    {QStringLiteral("window"), QStringLiteral("W05")},
                    {QStringLiteral("mode"), QStringLiteral("immediate")},
                    {QStringLiteral("limit_days"), 0},
                    {QStringLiteral("fees"), QJsonArray{QStringLiteral("F01")}}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("G032")},
                    {QStringLiteral("name"), QStringLiteral("不动产登记")},
                    {QStringLiteral("window"), QStringLiteral("W01")},
                    {QStringLiteral("mode"), QStringLiteral("forward")},
                    {QStringLiteral("limit_days"), 30},
                    {QStringLiteral("fees"), QJsonArray{QStringLiteral("F02")}}}};
    QJsonArray holidays;
    for (const char *d : {"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"})
        holidays.append(holiday(d, "holiday"));
    holidays.append(holiday("2026-09-20", "workday"));
    holidays.append(holiday("2026-10-10", "workday"));
    holidays.append(holiday("2025-10-01", "holiday"));
    return {
        {QStringLiteral("version"), version},
        {QStringLiteral("full"), full},
        {QStringLiteral("branch"), QJsonObject{{QStringLiteral("code"), QStringLiteral("TZ01")},
                                               {QStringLiteral("name"), QStringLiteral("城关镇")}}},
        {QStringLiteral("windows"), windows},
        {QStringLiteral("staff"), QJsonArray{}},
        {QStringLiteral("catalogue"), catalogue},
        {QStringLiteral("fees"), fees},
        {QStringLiteral("holidays"), holidays}};
}

// Edits one entry of an array member in place.
void editEntry(QJsonObject &o, const char *array, int index,
               const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray a = o.value(QLatin1String(array)).toArray();
    QJsonObject e = a.at(index).toObject();
    edit(e);
    a.replace(index, e);
    o.insert(QLatin1String(array), a);
}

void appendEntry(QJsonObject &o, const char *array, const QJsonValue &v)
{
    QJsonArray a = o.value(QLatin1String(array)).toArray();
    a.append(v);
    o.insert(QLatin1String(array), a);
}

using Mutation = std::function<void(QJsonObject &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class tst_MasterData : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;

    // Everything an apply may touch, to prove a refusal changed nothing.
    QList<qint64> snapshot()
    {
        QList<qint64> counts;
        for (const char *sql :
             {"SELECT count(*) FROM service_window", "SELECT count(*) FROM catalogue_item",
              "SELECT count(*) FROM fee_item", "SELECT count(*) FROM holiday",
              "SELECT count(*) FROM catalogue_item WHERE active = 1",
              "SELECT count(*) FROM event_log",
              "SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'master.version'"})
            counts.append(m_t->scalar(QString::fromLatin1(sql)));
        return counts;
    }

    void addStaff(const char *staffNo)
    {
        QSqlQuery q = m_t->db().query();
        q.prepare(QStringLiteral("INSERT INTO staff(staff_no, name, role, password_hash, "
                                 "created_at, updated_at) VALUES(?, 'x', 'clerk', 'x', 'x', 'x')"));
        q.addBindValue(QString::fromLatin1(staffNo));
        QVERIFY(q.exec());
    }

private slots:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY2(m_t->open(), qPrintable(m_t->problem()));
        addStaff("1001");
    }
    void cleanup() { m_t.reset(); }

    void schemaStartsAtVersionZero()
    {
        QCOMPARE(MasterData::version(m_t->db().connection()), 0);
        QCOMPARE(m_t->db().schemaVersion(), m_t->db().latestKnownVersion());
    }

    void appliesFullMaster()
    {
        const qint64 eventsBefore = m_t->eventCount();
        const Result<int> applied = MasterData::apply(m_t->db(), TestDatabase::console(), master());
        QVERIFY2(applied.ok(), qPrintable(applied.error().english()));
        QCOMPARE(applied.value(), 1);
        QCOMPARE(MasterData::version(m_t->db().connection()), 1);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM service_window")), 2);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM catalogue_item")), 3);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM fee_item")), 2);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM holiday")), 8);
        // Known staff fill the post; an unknown staff number leaves it empty.
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM service_window WHERE code = "
                                            "'W01' AND staff_a = '1001' AND staff_b IS NULL")),
                 1);

        const Result<CatalogueItem> item =
            MasterData::item(m_t->db().connection(), QStringLiteral("G001"));
        QVERIFY(item.ok());
        QCOMPARE(item->mode, QStringLiteral("commitment"));
        QCOMPARE(item->limitDays, 10);
        QCOMPARE(item->windowCode, QStringLiteral("W01"));
        QCOMPARE(item->materials,
                 QStringList({QStringLiteral("身份证"), QStringLiteral("结婚证")}));
        QCOMPARE(item->fields.size(), 2);
        QCOMPARE(item->fields.at(0).type, QStringLiteral("id_number"));
        QVERIFY(item->fields.at(0).required);
        QCOMPARE(item->fields.at(1).options.size(), 2);
        QCOMPARE(MasterData::item(m_t->db().connection(), QStringLiteral("T05"))->feeCodes,
                 QStringList{QStringLiteral("F01")});
        QCOMPARE(MasterData::item(m_t->db().connection(), QStringLiteral("NOPE")).error().code(),
                 QStringLiteral("catalogue.item_not_found"));
        const QList<FeeItem> fees = MasterData::fees(m_t->db().connection());
        QCOMPARE(fees.size(), 2);
        QCOMPARE(fees.at(0).amountFen, 1000);

        // Exactly one event, with the version and counts.
        QCOMPARE(m_t->eventCount(), eventsBefore + 1);
        const Event e = EventLog::head(m_t->db().connection()).value();
        QCOMPARE(e.type, QStringLiteral("master.applied"));
        const QJsonObject data = e.dataObject();
        QCOMPARE(data.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(data.value(QLatin1String("catalogue")).toInt(), 3);
        QCOMPARE(data.value(QLatin1String("holidays")).toInt(), 8);
    }

    void refusesInvalidMaster_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::newRow("no version")
            << Mutation([](QJsonObject &o) { o.remove(QStringLiteral("version")); })
            << QStringLiteral("master.bad_version");
        QTest::newRow("version 0")
            << Mutation([](QJsonObject &o) { o.insert(QStringLiteral("version"), 0); })
            << QStringLiteral("master.bad_version");
        QTest::newRow("version text") << Mutation([](QJsonObject &o) {
            o.insert(QStringLiteral("version"), QStringLiteral("2"));
        }) << QStringLiteral("master.bad_version");
        QTest::newRow("unknown mode") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 0, [](QJsonObject &e) {
                e.insert(QStringLiteral("mode"), QStringLiteral("later"));
            });
        }) << QStringLiteral("master.bad_mode");
        QTest::newRow("negative limit") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 0,
                      [](QJsonObject &e) { e.insert(QStringLiteral("limit_days"), -1); });
        }) << QStringLiteral("master.bad_limit");
        QTest::newRow("fractional limit") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 0,
                      [](QJsonObject &e) { e.insert(QStringLiteral("limit_days"), 2.5); });
        }) << QStringLiteral("master.bad_limit");
        QTest::newRow("unknown fee") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 1, [](QJsonObject &e) {
                e.insert(QStringLiteral("fees"), QJsonArray{QStringLiteral("F99")});
            });
        }) << QStringLiteral("master.unknown_fee");
        QTest::newRow("unknown window") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 1, [](QJsonObject &e) {
                e.insert(QStringLiteral("window"), QStringLiteral("W09"));
            });
        }) << QStringLiteral("master.unknown_window");
        QTest::newRow("duplicate item") << Mutation([](QJsonObject &o) {
            appendEntry(o, "catalogue", o.value(QLatin1String("catalogue")).toArray().at(0));
        }) << QStringLiteral("master.duplicate");
        QTest::newRow("duplicate window") << Mutation([](QJsonObject &o) {
            appendEntry(o, "windows", o.value(QLatin1String("windows")).toArray().at(1));
        }) << QStringLiteral("master.duplicate");
        QTest::newRow("duplicate fee") << Mutation([](QJsonObject &o) {
            appendEntry(o, "fees", o.value(QLatin1String("fees")).toArray().at(0));
        }) << QStringLiteral("master.duplicate");
        QTest::newRow("duplicate holiday") << Mutation([](QJsonObject &o) {
            appendEntry(o, "holidays", holiday("2026-10-01", "workday"));
        }) << QStringLiteral("master.duplicate");
        QTest::newRow("item without code") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 2, [](QJsonObject &e) { e.remove(QStringLiteral("code")); });
        }) << QStringLiteral("master.bad_item");
        QTest::newRow("window without name") << Mutation([](QJsonObject &o) {
            editEntry(o, "windows", 1, [](QJsonObject &e) { e.remove(QStringLiteral("name")); });
        }) << QStringLiteral("master.bad_window");
        QTest::newRow("negative fee") << Mutation([](QJsonObject &o) {
            editEntry(o, "fees", 0,
                      [](QJsonObject &e) { e.insert(QStringLiteral("amount_fen"), -100); });
        }) << QStringLiteral("master.bad_fee");
        QTest::newRow("fee in yuan") << Mutation([](QJsonObject &o) {
            editEntry(o, "fees", 0,
                      [](QJsonObject &e) { e.insert(QStringLiteral("amount_fen"), 10.5); });
        }) << QStringLiteral("master.bad_fee");
        QTest::newRow("fee too large") << Mutation([](QJsonObject &o) {
            editEntry(o, "fees", 0,
                      [](QJsonObject &e) { e.insert(QStringLiteral("amount_fen"), 2e9); });
        }) << QStringLiteral("master.bad_fee");
        QTest::newRow("February 30") << Mutation([](QJsonObject &o) {
            appendEntry(o, "holidays", holiday("2026-02-30", "holiday"));
        }) << QStringLiteral("master.bad_holiday");
        QTest::newRow("date not ISO") << Mutation([](QJsonObject &o) {
            appendEntry(o, "holidays", holiday("2026/10/08", "holiday"));
        }) << QStringLiteral("master.bad_holiday");
        QTest::newRow("unknown day kind") << Mutation([](QJsonObject &o) {
            appendEntry(o, "holidays", holiday("2026-10-08", "half"));
        }) << QStringLiteral("master.bad_holiday");
        QTest::newRow("unknown field type") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 2, [](QJsonObject &e) {
                e.insert(
                    QStringLiteral("fields"),
                    QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x")},
                                           {QStringLiteral("type"), QStringLiteral("money")}}});
            });
        }) << QStringLiteral("master.bad_field");
        QTest::newRow("choice without options") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 2, [](QJsonObject &e) {
                e.insert(
                    QStringLiteral("fields"),
                    QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x")},
                                           {QStringLiteral("type"), QStringLiteral("choice")}}});
            });
        }) << QStringLiteral("master.bad_field");
        QTest::newRow("other branch") << Mutation([](QJsonObject &o) {
            o.insert(QStringLiteral("branch"),
                     QJsonObject{{QStringLiteral("code"), QStringLiteral("XX09")}});
        }) << QStringLiteral("master.wrong_branch");
    }
    void refusesInvalidMaster()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        // Against an applied version 1, so "unchanged" covers updates as well as inserts.
        QVERIFY(MasterData::apply(m_t->db(), TestDatabase::console(), master(1)).ok());
        QJsonObject m = master(2);
        mutate(m);
        const QList<qint64> before = snapshot();
        const Result<int> applied = MasterData::apply(m_t->db(), TestDatabase::console(), m);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code(), code);
        QVERIFY(!applied.error().english().isEmpty());
        QCOMPARE(snapshot(), before);
    }

    // A number field's range and decimals (the same check as headquarters' import).
    void refusesBadFormRanges_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::newRow("number below its own minimum") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 2, [](QJsonObject &e) {
                e.insert(QStringLiteral("fields"),
                         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x")},
                                                {QStringLiteral("type"), QStringLiteral("number")},
                                                {QStringLiteral("min"), 10},
                                                {QStringLiteral("max"), 5}}});
            });
        }) << QStringLiteral("master.bad_range");
        QTest::newRow("seven decimals") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 2, [](QJsonObject &e) {
                e.insert(QStringLiteral("fields"),
                         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x")},
                                                {QStringLiteral("type"), QStringLiteral("number")},
                                                {QStringLiteral("decimals"), 7}}});
            });
        }) << QStringLiteral("master.bad_range");
        QTest::newRow("range given as text") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 2, [](QJsonObject &e) {
                e.insert(QStringLiteral("fields"),
                         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x")},
                                                {QStringLiteral("type"), QStringLiteral("number")},
                                                {QStringLiteral("max"), QStringLiteral("5000")}}});
            });
        }) << QStringLiteral("master.bad_range");
        QTest::newRow("range on a text field") << Mutation([](QJsonObject &o) {
            editEntry(o, "catalogue", 2, [](QJsonObject &e) {
                e.insert(QStringLiteral("fields"),
                         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x")},
                                                {QStringLiteral("type"), QStringLiteral("text")},
                                                {QStringLiteral("max"), 5}}});
            });
        }) << QStringLiteral("master.bad_range");
    }
    void refusesBadFormRanges() { refusesInvalidMaster(); }

    void errorNamesTheItem()
    {
        QJsonObject m = master();
        editEntry(m, "catalogue", 1, [](QJsonObject &e) {
            e.insert(QStringLiteral("fees"), QJsonArray{QStringLiteral("F77")});
        });
        const Error e = MasterData::apply(m_t->db(), TestDatabase::console(), m).error();
        QVERIFY(e.english().contains(QLatin1String("T05")));
        QVERIFY(e.english().contains(QLatin1String("F77")));
    }

    void onlyAdministratorsApply()
    {
        const QList<qint64> before = snapshot();
        const Result<int> applied =
            MasterData::apply(m_t->db(), TestDatabase::staff(QStringLiteral("1001")), master());
        QCOMPARE(applied.error().code(), QStringLiteral("auth.forbidden"));
        QCOMPARE(snapshot(), before);
        QVERIFY(MasterData::apply(
                    m_t->db(), TestDatabase::staff(QStringLiteral("9001"), Role::Admin), master())
                    .ok());
    }

    void versions()
    {
        QVERIFY(MasterData::apply(m_t->db(), TestDatabase::console(), master(2)).ok());
        const qint64 events = m_t->eventCount();
        // The same document again (a retried download): success, nothing written.
        const Result<int> again = MasterData::apply(m_t->db(), TestDatabase::console(), master(2));
        QVERIFY(again.ok());
        QCOMPARE(again.value(), 2);
        QCOMPARE(m_t->eventCount(), events);
        // The same version with other content, or an older one: refused.
        QJsonObject changed = master(2);
        editEntry(changed, "fees", 0,
                  [](QJsonObject &e) { e.insert(QStringLiteral("amount_fen"), 1200); });
        QCOMPARE(MasterData::apply(m_t->db(), TestDatabase::console(), changed).error().code(),
                 QStringLiteral("master.stale"));
        QCOMPARE(MasterData::apply(m_t->db(), TestDatabase::console(), master(1)).error().code(),
                 QStringLiteral("master.stale"));
        QCOMPARE(m_t->eventCount(), events);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT amount_fen FROM fee_item WHERE code = 'F01'")),
                 1000);
    }

    void fullReplacesPartialUpserts()
    {
        QVERIFY(MasterData::apply(m_t->db(), TestDatabase::console(), master(1)).ok());

        // Version 2, full: G032 and fee F02 withdrawn, the 2026 calendar replaced.
        QJsonObject v2 = master(2);
        QJsonArray items = v2.value(QLatin1String("catalogue")).toArray();
        items.removeAt(2);
        v2.insert(QStringLiteral("catalogue"), items);
        QJsonArray fees = v2.value(QLatin1String("fees")).toArray();
        fees.removeAt(1);
        v2.insert(QStringLiteral("fees"), fees);
        v2.insert(QStringLiteral("holidays"), QJsonArray{holiday("2026-10-08", "holiday")});
        const Result<int> applied = MasterData::apply(m_t->db(), TestDatabase::console(), v2);
        QVERIFY2(applied.ok(), qPrintable(applied.error().english()));
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM catalogue_item")), 3);
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT active FROM catalogue_item WHERE code = 'G032'")),
            0);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT active FROM fee_item WHERE code = 'F02'")), 0);
        QCOMPARE(MasterData::catalogue(m_t->db().connection()).size(), 2);
        QCOMPARE(MasterData::catalogue(m_t->db().connection(), true).size(), 3);
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT count(*) FROM holiday WHERE day LIKE '2026-%'")), 1);
        // A year the document does not mention keeps its calendar.
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT count(*) FROM holiday WHERE day = '2025-10-01'")),
            1);

        // Version 3, partial: one new item using a fee applied earlier; the rest untouched.
        QJsonObject v3{
            {QStringLiteral("version"), 3},
            {QStringLiteral("full"), false},
            {QStringLiteral("catalogue"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("T06")},
                                    {QStringLiteral("name"), QStringLiteral("停机保号")},
                                    {QStringLiteral("window"), QStringLiteral("W05")},
                                    {QStringLiteral("mode"), QStringLiteral("immediate")},
                                    {QStringLiteral("fees"), QJsonArray{QStringLiteral("F01")}}}}},
            {QStringLiteral("holidays"), QJsonArray{holiday("2026-10-09", "holiday")}}};
        const Result<int> partial = MasterData::apply(m_t->db(), TestDatabase::console(), v3);
        QVERIFY2(partial.ok(), qPrintable(partial.error().english()));
        QCOMPARE(MasterData::catalogue(m_t->db().connection()).size(), 3);
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT count(*) FROM service_window WHERE active = 1")), 2);
        QCOMPARE(
            m_t->scalar(QStringLiteral("SELECT count(*) FROM holiday WHERE day LIKE '2026-%'")), 2);
        QCOMPARE(MasterData::version(m_t->db().connection()), 3);

        // A partial master may not name a fee that was withdrawn.
        QJsonObject v4 = v3;
        v4.insert(QStringLiteral("version"), 4);
        editEntry(v4, "catalogue", 0, [](QJsonObject &e) {
            e.insert(QStringLiteral("fees"), QJsonArray{QStringLiteral("F02")});
        });
        QCOMPARE(MasterData::apply(m_t->db(), TestDatabase::console(), v4).error().code(),
                 QStringLiteral("master.unknown_fee"));
    }

    void holidayCalendar_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::newRow("Tue before the holiday") << QDate(2026, 9, 29) << 2 << QDate(2026, 10, 8);
        QTest::newRow("over National Day") << QDate(2026, 9, 30) << 5 << QDate(2026, 10, 13);
        QTest::newRow("makeup Sunday") << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
        QTest::newRow("makeup Saturday") << QDate(2026, 10, 9) << 1 << QDate(2026, 10, 10);
    }
    void holidayCalendar()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, due);
        QVERIFY(MasterData::apply(m_t->db(), TestDatabase::console(), master()).ok());
        const WorkingCalendar calendar = HolidayCalendar::load(m_t->db().connection());
        QCOMPARE(calendar.specialDays().size(), 8);
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 1)));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 10)));
        QCOMPARE(calendar.addWorkingDays(start, days), due);
    }

    void demoMasterApplies()
    {
        QFile file(QStringLiteral(":/demo/master.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("no demo master data in this build");
        const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
        const Result<int> applied = MasterData::apply(m_t->db(), TestDatabase::console(), demo);
        QVERIFY2(applied.ok(), qPrintable(applied.error().english()));
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM catalogue_item")),
                 demo.value(QLatin1String("catalogue")).toArray().size());
    }
};

QTEST_GUILESS_MAIN(tst_MasterData)
#include "tst_masterdata.moc"
