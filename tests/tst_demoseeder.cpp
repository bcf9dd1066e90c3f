// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo branch: staff who can sign in, master data, idempotence, and generated history
// written through the services (one event per action, an intact chain, valid IDs).
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"
#include "core/master/masterdata.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/eventlog.h"
#include "core/storage/sealing.h"
#include "demo/demoseeder.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class tst_DemoSeeder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { PasswordHasher::setIterations(1000); }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        auto db = Database::open(m_dir->filePath(QStringLiteral("demo.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().english()));
        m_db = db.take();
    }
    void cleanup()
    {
        m_db.reset();
        Clock::reset();
    }

    void idNumbersAreValid_data()
    {
        QTest::addColumn<quint64>("n");
        for (quint64 n : {0ULL, 1ULL, 2ULL, 999ULL, 123456ULL, 999999ULL, 1999999ULL})
            QTest::addRow("%llu", n) << n;
    }
    void idNumbersAreValid()
    {
        QFETCH(quint64, n);
        const DemoSeeder::Person p = DemoSeeder::person(n);
        const Result<IdNumber> id = IdNumber::parse(p.idNumber);
        QVERIFY2(id.ok(), qPrintable(p.idNumber));
        QCOMPARE(id->value(), p.idNumber);
        QVERIFY(MobileNumber::parse(p.phone).ok());
        QVERIFY(p.name.size() >= 2 && p.name.size() <= 3);
        QVERIFY(p.address.startsWith(QStringLiteral("四川省绵阳市三台县城关镇")));
    }
    void peopleAreDistinct()
    {
        QSet<QString> ids, phones;
        for (quint64 n = 0; n < 20000; ++n) {
            const DemoSeeder::Person p = DemoSeeder::person(n);
            ids.insert(p.idNumber);
            phones.insert(p.phone);
        }
        QCOMPARE(ids.size(), 20000);
        QCOMPARE(phones.size(), 20000);
    }
    void knownChecksum()
    {
        // GB 11643 worked example: 11010519491231002X.
        QCOMPARE(DemoSeeder::makeIdNumber(QStringLiteral("110105"), QDate(1949, 12, 31), 2),
                 QStringLiteral("11010519491231002X"));
    }

    void seedsBranchAndStaff()
    {
        DemoSeeder seeder(*m_db);
        QStringList steps;
        const Result<DemoSeeder::Summary> s =
            seeder.seed({}, [&steps](const QString &step) { steps.append(step); });
        QVERIFY2(s.ok(), qPrintable(s.error().english()));
        QCOMPARE(s->staff, 5);
        // The cases the demo shows from the start (CaseDemo), with their applicants.
        QCOMPARE(s->customers, 9);
        QCOMPARE(s->cases, 9);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM service_case")), 9);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM enquiry")), 2);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM service_case WHERE kind = "
                                             "'complaint'")),
                 1);
        QVERIFY(!steps.isEmpty());

        const DeviceIdentity device = DeviceIdentity::load(m_db->connection());
        QCOMPARE(device.branchCode, QStringLiteral("TZ01"));
        QCOMPARE(device.branchName, QStringLiteral("城关镇便民服务中心"));
        QCOMPARE(device.deviceTag, QStringLiteral("D1"));

        StaffService staff(*m_db);
        const QList<StaffRecord> all = staff.list();
        QCOMPARE(all.size(), 5);
        for (const StaffRecord &r : all) {
            QVERIFY2(!r.mustChangePassword, qPrintable(r.staffNo));
            const Result<Session> session =
                staff.login(r.staffNo, QStringLiteral("Demo@") + r.staffNo, QStringLiteral("W01"));
            QVERIFY2(session.ok(),
                     qPrintable(r.staffNo + QLatin1Char(' ') + session.error().english()));
            QVERIFY(!session->mustChangePassword);
        }
        QCOMPARE(staff.find(QStringLiteral("1003")).value().role, Role::Partner);
        QCOMPARE(staff.find(QStringLiteral("2001")).value().role, Role::Supervisor);
        QCOMPARE(staff.find(QStringLiteral("9001")).value().role, Role::Admin);

        const Result<EventLog::Verification> v = EventLog::verify(m_db->connection());
        QVERIFY(v.ok() && v->intact());
    }

    void appliesTheMasterData()
    {
        QVERIFY(DemoSeeder(*m_db).seed({}, {}).ok());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM service_window")), 5);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM service_window WHERE "
                                             "staff_a IS NOT NULL AND staff_b IS NOT NULL")),
                 5);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM holiday WHERE day = "
                                             "'2026-02-16' AND kind = 'holiday'")),
                 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM holiday WHERE day = "
                                             "'2026-01-04' AND kind = 'workday'")),
                 1);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM holiday WHERE day LIKE "
                                            "'2027-%'")) > 10);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM catalogue_item")), 29);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM catalogue_item WHERE "
                                             "category = 'C' AND window_code = 'W05'")),
                 9);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM fee_item")), 4);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT amount_fen FROM fee_item WHERE code = "
                                             "'TEL-SIM'")),
                 1000);
        QCOMPARE(MasterData::version(m_db->connection()), 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM event_log WHERE type = "
                                             "'master.applied'")),
                 1);
        // The demo passwords are set by the seeder's own event, one per staff member.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM event_log WHERE type = "
                                             "'staff.demo_password_set'")),
                 5);
    }

    void secondRunAddsNothing()
    {
        DemoSeeder seeder(*m_db);
        QVERIFY(seeder.seed({}, {}).ok());
        const qint64 events = EventLog::count(m_db->connection()).value();
        const QList<qint64> rows = rowCounts();
        const Result<DemoSeeder::Summary> again = seeder.seed({}, {});
        QVERIFY2(again.ok(), qPrintable(again.error().english()));
        QCOMPARE(again->staff, 0);
        QCOMPARE(again->customers, 0);
        QCOMPARE(again->cases, 0);
        QCOMPARE(EventLog::count(m_db->connection()).value(), events);
        QCOMPARE(again->events, events);
        QCOMPARE(rowCounts(), rows);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM staff")), 5);
        // A second seeder on the same database, as halldeskctl seed-demo run twice.
        QVERIFY(DemoSeeder(*m_db).seed({}, {}).ok());
        QCOMPARE(EventLog::count(m_db->connection()).value(), events);
        QCOMPARE(rowCounts(), rows);
    }

    // seed-demo on a terminal of another branch: refused before anything is written; the
    // branch, device and enrolment stay as they were.
    void anotherBranchIsNotRebranded()
    {
        DeviceIdentity::Setup branch;
        branch.branchCode = QStringLiteral("QX09");
        branch.branchName = QStringLiteral("河口村便民服务室");
        const Result<DeviceIdentity> before = DeviceIdentity::ensure(*m_db, branch);
        QVERIFY(before.ok());
        const qint64 events = EventLog::count(m_db->connection()).value();
        const Result<DemoSeeder::Summary> seeded = DemoSeeder(*m_db).seed({5, 2}, {});
        QVERIFY(!seeded.ok());
        QCOMPARE(seeded.error().code(), QStringLiteral("demo.other_branch"));
        QVERIFY(seeded.error().english().contains(QLatin1String("QX09")));
        const DeviceIdentity after = DeviceIdentity::load(m_db->connection());
        QCOMPARE(after.branchCode, QStringLiteral("QX09"));
        QCOMPARE(after.deviceId, before->deviceId);
        QCOMPARE(EventLog::count(m_db->connection()).value(), events);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM staff")), 0);
    }

    void historyGoesThroughTheServices()
    {
        DemoSeeder seeder(*m_db);
        QVERIFY(seeder.seed({}, {}).ok());
        const qint64 before = EventLog::count(m_db->connection()).value();
        // The showcase cases of the first run are not part of the history checked here.
        const qint64 shownCustomers = count(*m_db, QStringLiteral("SELECT count(*) FROM customer"));
        const qint64 shownCases =
            count(*m_db, QStringLiteral("SELECT max(rowid) FROM service_case"));

        DemoSeeder::Options options;
        options.customers = 200;
        options.days = 30;
        const Result<DemoSeeder::Summary> s = seeder.seed(options, {});
        QVERIFY2(s.ok(), qPrintable(s.error().english()));
        QCOMPARE(s->staff, 0);
        QCOMPARE(s->customers, 200);
        QVERIFY2(s->cases >= 300 && s->cases <= 500, qPrintable(QString::number(s->cases)));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM customer")),
                 200 + shownCustomers);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM service_case WHERE rowid > %1")
                                  .arg(shownCases)),
                 s->cases);
        // The clock is real again afterwards.
        QVERIFY(qAbs(Clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // One event per action, and every row that an action changed has its event.
        const auto events = [this, before](const char *type) {
            return count(*m_db, QStringLiteral("SELECT count(*) FROM event_log WHERE seq > %1 "
                                               "AND type = '%2'")
                                    .arg(before)
                                    .arg(QLatin1String(type)));
        };
        const auto cases = [this, shownCases](const char *where) {
            return count(*m_db,
                         QStringLiteral("SELECT count(*) FROM service_case WHERE rowid > %1 AND %2")
                             .arg(shownCases)
                             .arg(QLatin1String(where)));
        };
        QCOMPARE(events("customer.registered"), 200);
        QCOMPARE(events("case.registered"), s->cases);
        QCOMPARE(events("case.accepted"), cases("accepted_on IS NOT NULL"));
        QCOMPARE(events("case.completed"), cases("status = 'completed'"));
        QCOMPARE(events("case.completed"), cases("completed_on IS NOT NULL"));
        QCOMPARE(events("case.refused"), cases("status = 'refused'"));
        QCOMPARE(cases("status = 'refused'"), cases("refusal_reason IS NOT NULL"));
        // A notice is followed by acceptance or the case still waits for the materials.
        QCOMPARE(events("case.materials_requested"),
                 cases("status = 'materials_requested'") +
                     count(*m_db, QStringLiteral("SELECT count(*) FROM event_log a WHERE seq > "
                                                 "0 AND type = 'case.materials_requested' AND "
                                                 "EXISTS (SELECT 1 FROM event_log b WHERE "
                                                 "b.type = 'case.accepted' AND "
                                                 "json_extract(b.data, '$.case_no') = "
                                                 "json_extract(a.data, '$.case_no'))")));
        const qint64 actions =
            events("customer.registered") + events("case.registered") + events("case.accepted") +
            events("case.completed") + events("case.refused") + events("case.materials_requested") +
            events("ticket.issued") + events("ticket.called") + events("ticket.finished") +
            events("ticket.rated") + events("callback.recorded") + events("service.opened") +
            events("service.changed") + cashEvents(before);
        QCOMPARE(s->events, EventLog::count(m_db->connection()).value());
        QCOMPARE(s->events - before, actions);

        // A realistic mix: most completed, some refused, some waiting, some still running.
        const qint64 completed = cases("status = 'completed'");
        QVERIFY2(completed > s->cases * 6 / 10, qPrintable(QString::number(completed)));
        const qint64 refused = cases("status = 'refused'");
        QVERIFY2(refused > 0 && refused < s->cases / 10, qPrintable(QString::number(refused)));
        QVERIFY(events("case.materials_requested") > 0);
        QVERIFY(cases("status = 'materials_requested'") > 0);
        QVERIFY(cases("status = 'accepted'") > 0);
        QCOMPARE(cases("status NOT IN ('accepted', 'materials_requested', 'refused', "
                       "'completed')"),
                 0);
        QVERIFY(cases("on_time = 1") > 0);
        // Cases are handled by the demo clerks at real windows, never by the console.
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM event_log WHERE seq > %1 AND "
                                             "staff NOT IN ('1001', '1002') AND type <> "
                                             "'day.closed'")
                                  .arg(before)),
                 0);
        QCOMPARE(cases("first_responder NOT IN ('1001', '1002') OR window_code IS NULL"), 0);
        QCOMPARE(cases("window_code NOT IN (SELECT window_code FROM catalogue_item c WHERE "
                       "c.code = item_code)"),
                 0);

        // History is dated over the last 30 days, in order, never in the future.
        QSqlQuery q = m_db->query();
        QVERIFY(q.exec(
            QStringLiteral("SELECT min(at), max(at) FROM event_log WHERE seq > %1").arg(before)));
        QVERIFY(q.next());
        const QDateTime first = Clock::parseStamp(q.value(0).toString());
        const QDateTime last = Clock::parseStamp(q.value(1).toString());
        QVERIFY(first >= QDateTime::currentDateTimeUtc().addDays(-31));
        QVERIFY(last <= QDateTime::currentDateTimeUtc().addSecs(60));
        // (The cash desk is seeded after the history, back-dated day by day: in order itself.)
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event_log a JOIN event_log b ON "
                                      "b.seq = a.seq + 1 WHERE a.seq > %1 AND b.at < a.at AND "
                                      "b.type NOT IN ('shift.opened', 'payment.taken')")
                           .arg(before)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        QVERIFY(q.exec(QStringLiteral("SELECT id_number, phone FROM customer WHERE rowid > %1")
                           .arg(shownCustomers)));
        int checked = 0;
        while (q.next()) {
            // Stored sealed with the device key; valid once opened.
            const QString idNumber = Sealing::openText(m_db->deviceKey(), q.value(0).toString());
            QVERIFY2(IdNumber::parse(idNumber).ok(), qPrintable(idNumber));
            QVERIFY(MobileNumber::parse(q.value(1).toString()).ok());
            ++checked;
        }
        QCOMPARE(checked, 200);

        // The cash desk: paid fee-bearing cases on closed past days (and today so far).
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM business_day")) >= 1);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM payment p JOIN business_day d "
                                            "ON d.day = p.business_day")) > 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM payment WHERE business_day < "
                                             "date('now', 'localtime') AND business_day NOT IN "
                                             "(SELECT day FROM business_day)")),
                 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM shift WHERE status = 'open' AND "
                                             "business_day < date('now', 'localtime')")),
                 0);
        QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM payment_adjustment")) > 0);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM payment p WHERE NOT EXISTS "
                                             "(SELECT 1 FROM receipt_print r WHERE r.receipt_no = "
                                             "p.receipt_no)")),
                 0);

        const Result<EventLog::Verification> v = EventLog::verify(m_db->connection());
        QVERIFY(v.ok());
        QVERIFY2(v->intact(), qPrintable(v->problem));
        QCOMPARE(v->checked, s->events);

        // Seeding again without history adds nothing.
        const Result<DemoSeeder::Summary> same = seeder.seed({}, {});
        QVERIFY(same.ok());
        QCOMPARE(same->events, s->events);

        // More history on top adds new customers, never duplicates.
        options.customers = 50;
        options.days = 5;
        const Result<DemoSeeder::Summary> more = seeder.seed(options, {});
        QVERIFY2(more.ok(), qPrintable(more.error().english()));
        QCOMPARE(more->customers, 50);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM customer")),
                 250 + shownCustomers);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(DISTINCT id_number) FROM customer")),
                 250 + shownCustomers);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(DISTINCT customer_no) FROM customer")),
                 250 + shownCustomers);
        QVERIFY(EventLog::verify(m_db->connection()).value().intact());
    }

private:
    // The events of the demo cash desk (CashDemo) after seq before.
    qint64 cashEvents(qint64 before)
    {
        return count(*m_db, QStringLiteral("SELECT count(*) FROM event_log WHERE seq > %1 AND type "
                                           "IN ('payment.taken', 'payment.voided', "
                                           "'payment.refunded', 'shift.opened', 'shift.closed', "
                                           "'day.closed')")
                                .arg(before));
    }

    // The rows of every table the seeder writes.
    QList<qint64> rowCounts()
    {
        QList<qint64> rows;
        for (const char *table :
             {"staff", "service_window", "catalogue_item", "fee_item", "holiday", "setting",
              "customer", "service_case", "enquiry", "number_sequence", "event_log"})
            rows.append(
                count(*m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        return rows;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(tst_DemoSeeder)
#include "tst_demoseeder.moc"
