// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Real-name customers: the registration rules, duplicates, corrections, look-ups, events.
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/customers/customerservice.h"
#include "core/storage/eventlog.h"
#include "core/storage/fieldseal.h"
#include "core/storage/writetransaction.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace {

// A valid resident ID from its first 17 digits.
QString residentId(const char *first17)
{
    const QString body = QString::fromLatin1(first17);
    return body + IdNumber::checkCharacter(body);
}

NewCustomer person(const QString &name = QStringLiteral("李秀英"),
                   const QString &id = residentId("51070319650412002"),
                   const QString &phone = QStringLiteral("13800138000"))
{
    NewCustomer c;
    c.name = name;
    c.idNumber = id;
    c.phone = phone;
    c.address = QStringLiteral("城关镇解放路12号");
    return c;
}

} // namespace

class tst_CustomerService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    const Session m_clerk = TestDatabase::staff(QStringLiteral("1001"));

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime).toUTC());
        m_t = std::make_unique<TestDatabase>();
        QVERIFY2(m_t->open(), qPrintable(m_t->problem()));
    }
    void cleanup()
    {
        m_t.reset();
        Clock::reset();
    }

    void registersWithOneEvent()
    {
        CustomerService customers(m_t->db());
        const qint64 events = m_t->eventCount();
        const Result<Customer> c = customers.registerCustomer(m_clerk, person());
        QVERIFY2(c.ok(), qPrintable(c.error().english()));
        QCOMPARE(c->customerNo, QStringLiteral("KHTZ01-20261123-D1-0001"));
        QCOMPARE(c->idType, QStringLiteral("resident_id"));
        QCOMPARE(c->maskedIdNumber(), QStringLiteral("510703********") + c->idNumber.right(4));
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM customer")), 1);
        QCOMPARE(m_t->eventCount(), events + 1);
        const Event e = EventLog::head(m_t->db().connection()).value();
        QCOMPARE(e.type, QStringLiteral("customer.registered"));
        QCOMPARE(e.staff, QStringLiteral("1001"));
        const QJsonObject data = e.dataObject();
        QCOMPARE(data.value(QLatin1String("customer_id")).toString(), c->customerId);
        QCOMPARE(data.value(QLatin1String("name")).toString(), QStringLiteral("李秀英"));
        QCOMPARE(data.value(QLatin1String("id_type")).toString(), QStringLiteral("resident_id"));
        // The audit trail keeps the full number; screens mask it.
        QCOMPARE(data.value(QLatin1String("id_number")).toString(), person().idNumber);
        QCOMPARE(data.value(QLatin1String("phone")).toString(), QStringLiteral("13800138000"));

        const Result<Customer> second = customers.registerCustomer(
            m_clerk, person(QStringLiteral("王建国"), residentId("11010519491231002"),
                            QStringLiteral("+86 139-0013-9000")));
        QVERIFY(second.ok());
        QCOMPARE(second->customerNo, QStringLiteral("KHTZ01-20261123-D1-0002"));
        QCOMPARE(second->phone, QStringLiteral("13900139000"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("idType");
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("code");
        const QString ok = residentId("11010519491231002");
        const QString wrongCheck =
            ok.left(17) + (ok.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1'));
        QTest::newRow("empty name") << QString() << "resident_id" << ok << ""
                                    << "customer.bad_name";
        QTest::newRow("blank name") << "   "
                                    << "resident_id" << ok << ""
                                    << "customer.bad_name";
        QTest::newRow("41 characters") << QString(41, QChar(0x5F20)) << "resident_id" << ok << ""
                                       << "customer.bad_name";
        QTest::newRow("bad checksum") << "张三"
                                      << "resident_id" << wrongCheck << ""
                                      << "id.checksum";
        QTest::newRow("short ID") << "张三"
                                  << "resident_id" << ok.left(16) << ""
                                  << "id.length";
        QTest::newRow("empty ID") << "张三"
                                  << "resident_id"
                                  << ""
                                  << ""
                                  << "id.empty";
        QTest::newRow("unknown document") << "张三"
                                          << "driving_licence" << ok << ""
                                          << "customer.bad_id_type";
        QTest::newRow("empty passport") << "John Smith"
                                        << "passport"
                                        << " "
                                        << ""
                                        << "customer.bad_id_number";
        QTest::newRow("long passport") << "John Smith"
                                       << "passport" << QString(31, QLatin1Char('E')) << ""
                                       << "customer.bad_id_number";
        QTest::newRow("10-digit mobile") << "张三"
                                         << "resident_id" << ok << "1380013800"
                                         << "mobile.length";
        QTest::newRow("landline") << "张三"
                                  << "resident_id" << ok << "08165621234"
                                  << "mobile.prefix";
        QTest::newRow("letters") << "张三"
                                 << "resident_id" << ok << "1380013800a"
                                 << "mobile.characters";
    }
    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, idType);
        QFETCH(QString, idNumber);
        QFETCH(QString, phone);
        QFETCH(QString, code);
        CustomerService customers(m_t->db());
        NewCustomer c;
        c.name = name;
        c.idType = idType;
        c.idNumber = idNumber;
        c.phone = phone;
        const qint64 events = m_t->eventCount();
        const Result<Customer> r = customers.registerCustomer(m_clerk, c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), code);
        QVERIFY(!r.error().english().isEmpty());
        QCOMPARE(m_t->eventCount(), events);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM customer")), 0);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM number_sequence WHERE kind = "
                                            "'customer'")),
                 0);
    }

    void duplicateIdRefused()
    {
        CustomerService customers(m_t->db());
        const Result<Customer> first = customers.registerCustomer(m_clerk, person());
        QVERIFY(first.ok());
        const qint64 events = m_t->eventCount();
        // The same number typed differently (spaces) is the same person.
        const QString spaced =
            person().idNumber.left(6) + QLatin1Char(' ') + person().idNumber.mid(6);
        const Result<Customer> again =
            customers.registerCustomer(m_clerk, person(QStringLiteral("李秀英"), spaced));
        QCOMPARE(again.error().code(), QStringLiteral("customer.duplicate_id"));
        QVERIFY(again.error().english().contains(first->customerNo));
        QVERIFY(again.error().english().contains(QLatin1String("Look the customer up")));
        QCOMPARE(m_t->eventCount(), events);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM customer")), 1);
    }

    void lowerCaseXIsNormalised()
    {
        // 11010519491231002X is valid when its check character is X; find one that is.
        QString withX;
        for (int seq = 100; seq < 999 && withX.isEmpty(); ++seq) {
            const QString body = QStringLiteral("1101051949123%1").arg(seq) + QLatin1Char('1');
            if (IdNumber::checkCharacter(body.left(17)) == QLatin1Char('X'))
                withX = body.left(17) + QLatin1Char('X');
        }
        QVERIFY(!withX.isEmpty());
        CustomerService customers(m_t->db());
        const Result<Customer> c =
            customers.registerCustomer(m_clerk, person(QStringLiteral("赵敏"), withX.toLower()));
        QVERIFY2(c.ok(), qPrintable(c.error().english()));
        QCOMPARE(c->idNumber, withX);
        QVERIFY(customers.findByIdNumber(withX.toLower()).ok());
        QCOMPARE(customers.registerCustomer(m_clerk, person(QStringLiteral("赵敏"), withX))
                     .error()
                     .code(),
                 QStringLiteral("customer.duplicate_id"));
    }

    void passportSkipsChecksum()
    {
        CustomerService customers(m_t->db());
        NewCustomer c = person(QStringLiteral("John Smith"), QStringLiteral("e 1234567"));
        c.idType = Customer::passport();
        const Result<Customer> r = customers.registerCustomer(m_clerk, c);
        QVERIFY2(r.ok(), qPrintable(r.error().english()));
        QCOMPARE(r->idNumber, QStringLiteral("E1234567"));
        QCOMPARE(customers.findByIdNumber(QStringLiteral("E1234567")).value().customerId,
                 r->customerId);
        QCOMPARE(customers.findByIdNumber(QStringLiteral("E1234567"), Customer::passport())
                     .value()
                     .customerId,
                 r->customerId);
        QVERIFY(!customers.findByIdNumber(QStringLiteral("E1234567"), Customer::residentId()).ok());
        // No mobile is allowed (some applicants have none).
        NewCustomer noPhone =
            person(QStringLiteral("周大爷"), residentId("51070319400101001"), QString());
        QVERIFY(customers.registerCustomer(m_clerk, noPhone).ok());
    }

    void permissions()
    {
        CustomerService customers(m_t->db());
        const Session admin = TestDatabase::staff(QStringLiteral("9001"), Role::Admin);
        QCOMPARE(customers.registerCustomer(admin, person()).error().code(),
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(customers.registerCustomer(Session(), person()).error().code(),
                 QStringLiteral("auth.not_signed_in"));
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM customer")), 0);
        // halldeskctl import-customers runs as the console.
        QVERIFY(customers.registerCustomer(TestDatabase::console(), person()).ok());
        QVERIFY(
            customers
                .registerCustomer(TestDatabase::staff(QStringLiteral("3001"), Role::Partner),
                                  person(QStringLiteral("王五"), residentId("11010519800101003")))
                .ok());
    }

    void update()
    {
        CustomerService customers(m_t->db());
        const Customer c = customers.registerCustomer(m_clerk, person()).value();
        const Customer other =
            customers
                .registerCustomer(m_clerk,
                                  person(QStringLiteral("王建国"), residentId("11010519491231002")))
                .value();
        const qint64 events = m_t->eventCount();

        CustomerChanges changes;
        changes.phone = QStringLiteral("139 0000 1111");
        changes.vip = true;
        changes.address = c.address; // unchanged: not reported
        const Result<Customer> updated = customers.update(m_clerk, c.customerId, changes);
        QVERIFY2(updated.ok(), qPrintable(updated.error().english()));
        QCOMPARE(updated->phone, QStringLiteral("13900001111"));
        QVERIFY(updated->vip);
        QCOMPARE(m_t->eventCount(), events + 1);
        const Event e = EventLog::head(m_t->db().connection()).value();
        QCOMPARE(e.type, QStringLiteral("customer.updated"));
        const QJsonObject data = e.dataObject();
        QCOMPARE(data.value(QLatin1String("customer_id")).toString(), c.customerId);
        const QJsonObject changed = data.value(QLatin1String("changes")).toObject();
        QCOMPARE(changed.keys(), QStringList({QStringLiteral("phone"), QStringLiteral("vip")}));
        QCOMPARE(changed.value(QLatin1String("phone")).toString(), QStringLiteral("13900001111"));
        QCOMPARE(customers.findById(c.customerId)->phone, QStringLiteral("13900001111"));

        // Refusals write nothing.
        CustomerChanges same;
        same.phone = QStringLiteral("13900001111");
        QCOMPARE(customers.update(m_clerk, c.customerId, same).error().code(),
                 QStringLiteral("customer.no_changes"));
        CustomerChanges takeover;
        takeover.idNumber = other.idNumber;
        QCOMPARE(customers.update(m_clerk, c.customerId, takeover).error().code(),
                 QStringLiteral("customer.duplicate_id"));
        CustomerChanges badName;
        badName.name = QString();
        QCOMPARE(customers.update(m_clerk, c.customerId, badName).error().code(),
                 QStringLiteral("customer.bad_name"));
        QCOMPARE(customers.update(m_clerk, QStringLiteral("nobody"), changes).error().code(),
                 QStringLiteral("customer.not_found"));
        QCOMPARE(m_t->eventCount(), events + 1);
    }

    void lookups()
    {
        CustomerService customers(m_t->db());
        const Customer li = customers.registerCustomer(m_clerk, person()).value();
        const Customer wang = customers
                                  .registerCustomer(m_clerk, person(QStringLiteral("王建国"),
                                                                    residentId("11010519491231002"),
                                                                    QStringLiteral("13800138000")))
                                  .value();
        customers.registerCustomer(m_clerk,
                                   person(QStringLiteral("建国李"), residentId("11010519800101003"),
                                          QStringLiteral("13700137000")));

        QCOMPARE(customers.findById(li.customerId)->name, li.name);
        QCOMPARE(customers.findById(QStringLiteral("x")).error().code(),
                 QStringLiteral("customer.not_found"));
        QCOMPARE(customers.findByCustomerNo(li.customerNo.toLower())->customerId, li.customerId);
        QCOMPARE(customers.findByIdNumber(wang.idNumber)->customerId, wang.customerId);
        // A shared family mobile finds both, newest first.
        Clock::advance(1000);
        const QList<Customer> family = customers.findByPhone(QStringLiteral("138-0013-8000"));
        QCOMPARE(family.size(), 2);
        QVERIFY(customers.findByPhone(QStringLiteral("12345")).isEmpty());

        const QList<Customer> prefix =
            customers.searchByName(QStringLiteral("王"), 10, CustomerService::NameMatch::Prefix);
        QCOMPARE(prefix.size(), 1);
        QCOMPARE(prefix.first().customerId, wang.customerId);
        // Contains: the prefix match first, then the others.
        const QList<Customer> contains = customers.searchByName(QStringLiteral("建国"));
        QCOMPARE(contains.size(), 2);
        QCOMPARE(contains.first().name, QStringLiteral("建国李"));
        QCOMPARE(customers.searchByName(QStringLiteral("建国"), 1).size(), 1);
        QVERIFY(customers.searchByName(QStringLiteral("赵")).isEmpty());

        // One search box.
        QCOMPARE(customers.search(wang.idNumber).size(), 1);
        QCOMPARE(customers.search(QStringLiteral("13700137000")).size(), 1);
        QCOMPARE(customers.search(li.customerNo).first().customerId, li.customerId);
        QCOMPARE(customers.search(QStringLiteral("秀英")).first().customerId, li.customerId);
        QVERIFY(customers.search(QStringLiteral("  ")).isEmpty());
    }

    void preferencesAndGreenChannel()
    {
        CustomerService customers(m_t->db());
        NewCustomer n = person();
        n.vip = true;
        n.preferences = QStringLiteral("请在18点后来电；说方言");
        const Customer c = customers.registerCustomer(m_clerk, n).value();
        QVERIFY(c.vip);
        QCOMPARE(customers.findById(c.customerId)->preferences, n.preferences);

        CustomerChanges changes;
        changes.preferences = QStringLiteral("  只接短信  ");
        const Result<Customer> updated = customers.update(m_clerk, c.customerId, changes);
        QVERIFY2(updated.ok(), qPrintable(updated.error().english()));
        QCOMPARE(customers.findById(c.customerId)->preferences, QStringLiteral("只接短信"));
        const QJsonObject data = EventLog::head(m_t->db().connection())->dataObject();
        QCOMPARE(data.value(QLatin1String("changes")).toObject(),
                 QJsonObject({{QStringLiteral("preferences"), QStringLiteral("只接短信")}}));

        changes.preferences = QString(201, QLatin1Char('x'));
        QCOMPARE(customers.update(m_clerk, c.customerId, changes).error().code(),
                 QStringLiteral("customer.bad_preferences"));
    }

    // A list fetches what it shows: pages in a stable order, no row twice, none left out.
    void searchPages()
    {
        CustomerService customers(m_t->db());
        WriteTransaction tx(m_t->db());
        for (int i = 0; i < 23; ++i) {
            const QString body =
                QStringLiteral("51070319650412%1").arg(i + 100, 3, 10, QLatin1Char('0'));
            // Names starting with 建国 (the prefix range), then names containing it.
            const QString name = i < 9 ? QStringLiteral("建国%1").arg(QChar(0x4e00 + i))
                                       : QStringLiteral("王建国%1").arg(QChar(0x4e00 + i));
            QVERIFY(customers
                        .registerCustomer(tx, m_clerk,
                                          person(name, residentId(qPrintable(body)),
                                                 QStringLiteral("13800138000")))
                        .ok());
        }
        QVERIFY(tx.commit().ok());
        const auto pages = [&](const std::function<QList<Customer>(int, int)> &fetch) {
            QStringList ids;
            for (int offset = 0;; offset += 5) {
                const QList<Customer> page = fetch(5, offset);
                for (const Customer &c : page)
                    ids.append(c.customerId);
                if (page.size() < 5)
                    break;
            }
            return ids;
        };
        const QStringList byName = pages([&](int limit, int offset) {
            return customers.search(QStringLiteral("建国"), limit, offset);
        });
        QCOMPARE(byName.size(), 23);
        QCOMPARE(QSet<QString>(byName.cbegin(), byName.cend()).size(), 23);
        // The 9 prefix matches come first, in name order.
        QCOMPARE(customers.findById(byName.at(8))->name.left(2), QStringLiteral("建国"));
        QCOMPARE(customers.findById(byName.at(9))->name.left(1), QStringLiteral("王"));
        // A page that starts after the prefix matches (offset 10: none of them on it).
        QCOMPARE(customers.search(QStringLiteral("建国"), 5, 10).size(), 5);
        QCOMPARE(pages([&](int limit, int offset) {
                     return customers.search(QStringLiteral("13800138000"), limit, offset);
                 }).size(),
                 23);
        const QStringList newest =
            pages([&](int limit, int offset) { return customers.newest(limit, offset); });
        QCOMPARE(newest.size(), 23);
        QCOMPARE(customers.findById(newest.first())->name,
                 QStringLiteral("王建国%1").arg(QChar(0x4e00 + 22)));
        // An exact match is one row, on the first page only.
        QCOMPARE(customers.search(customers.findById(byName.first())->customerNo, 5, 0).size(), 1);
        QVERIFY(customers.search(customers.findById(byName.first())->customerNo, 5, 5).isEmpty());
    }

    // Digits as they are typed: the start of an ID number, the last four of a mobile, the
    // start of a mobile or of a customer number; at most the limit, with a word of more.
    void partialNumbers()
    {
        CustomerService customers(m_t->db());
        const Customer li = customers.registerCustomer(m_clerk, person()).value();
        const Customer wang = customers
                                  .registerCustomer(m_clerk, person(QStringLiteral("王建国"),
                                                                    residentId("11010519491231002"),
                                                                    QStringLiteral("13981645120")))
                                  .value();
        QVERIFY(CustomerService::isPartialNumber(QStringLiteral("5107")));
        QVERIFY(CustomerService::isPartialNumber(QStringLiteral("510 703-1965")));
        QVERIFY(CustomerService::isPartialNumber(QStringLiteral("KHTZ01-2026")));
        QVERIFY(CustomerService::isPartialNumber(QStringLiteral("cstz01-20261123")));
        QVERIFY(!CustomerService::isPartialNumber(QStringLiteral("510")));
        QVERIFY(!CustomerService::isPartialNumber(QStringLiteral("Khan")));
        QVERIFY(!CustomerService::isPartialNumber(QStringLiteral("王建国")));
        QVERIFY(!CustomerService::isPartialNumber(li.idNumber)); // whole: looked up exactly
        QVERIFY(!CustomerService::isPartialNumber(QStringLiteral("13981645120")));

        const auto names = [&](const QString &typed) {
            QStringList found;
            for (const Customer &c : customers.search(typed))
                found.append(c.name);
            return found;
        };
        QCOMPARE(names(QStringLiteral("510703")), QStringList{li.name});
        QCOMPARE(names(QStringLiteral("1101 0519")), QStringList{wang.name});
        QCOMPARE(names(QStringLiteral("5120")), QStringList{wang.name}); // the mobile's last four
        QCOMPARE(names(QStringLiteral("0028")), QStringList{li.name}); // the ID number's last four
        QCOMPARE(names(QStringLiteral("1398164")), QStringList{wang.name});
        QCOMPARE(names(wang.customerNo.left(14).toLower()).size(), 2); // KHTZ01-2026112
        QVERIFY(names(QStringLiteral("9999")).isEmpty());
        // Not paged: one list, from the first row.
        QVERIFY(customers.search(QStringLiteral("510703"), 50, 50).isEmpty());

        // Sixty customers whose ID numbers begin 110105: fifty listed, and there are more.
        {
            WriteTransaction tx(m_t->db());
            for (int i = 0; i < 60; ++i) {
                const QString body =
                    QStringLiteral("11010519800101%1").arg(i + 100, 3, 10, QLatin1Char('0'));
                QVERIFY(customers
                            .registerCustomer(tx, m_clerk,
                                              person(QStringLiteral("批量"),
                                                     residentId(qPrintable(body)), QString()))
                            .ok());
            }
            QVERIFY(tx.commit().ok());
        }
        const CustomerService::NumberMatches many =
            customers.searchPartialNumber(QStringLiteral("110105"));
        QCOMPARE(many.customers.size(), CustomerService::PartialNumberLimit);
        QVERIFY(many.more);
        QCOMPARE(many.customers.first().customerId, wang.customerId); // in ID number order
        const CustomerService::NumberMatches few =
            customers.searchPartialNumber(QStringLiteral("1101051980010110"));
        QCOMPARE(few.customers.size(), 10);
        QVERIFY(!few.more);
    }

    // ID numbers are stored sealed, with their blind index and masked parts; the service
    // reads them opened, and finds them by the full number and by the parts.
    void idNumbersAreStoredSealed()
    {
        CustomerService customers(m_t->db());
        const Customer li = customers.registerCustomer(m_clerk, person()).value();
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id_number, id_blind, id_region, id_last_four FROM "
                                      "customer")));
        QVERIFY(q.next());
        QVERIFY(FieldSeal::isSealed(q.value(0).toString()));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("510703")));
        QCOMPARE(q.value(1).toString(), FieldSeal::blindIndex(m_t->db().deviceKey(), li.idNumber));
        QCOMPARE(q.value(2).toString(), QStringLiteral("510703"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("0028"));
        QCOMPARE(customers.findById(li.customerId)->idNumber, residentId("51070319650412002"));
        QCOMPARE(customers.findByIdNumber(li.idNumber.toLower())->customerId, li.customerId);
        QCOMPARE(customers.search(li.idNumber).size(), 1);
        // A correction re-seals: the old number is no longer found, the new one is.
        CustomerChanges fix;
        fix.idNumber = residentId("44030619880512004");
        QVERIFY(customers.update(m_clerk, li.customerId, fix).ok());
        QCOMPARE(customers.findByIdNumber(li.idNumber).error().code(),
                 QStringLiteral("customer.not_found"));
        QCOMPARE(customers.findByIdNumber(*fix.idNumber)->customerId, li.customerId);
        QCOMPARE(customers.searchPartialNumber(QStringLiteral("0046")).customers.size(), 1);
        // The same document twice is still refused, through the blind index.
        QCOMPARE(customers.registerCustomer(m_clerk, person(QStringLiteral("重复"), *fix.idNumber))
                     .error()
                     .code(),
                 QStringLiteral("customer.duplicate_id"));
        // A passport has no masked parts: it is found by its whole number only.
        NewCustomer visitor = person(QStringLiteral("Anna Berg"), QStringLiteral("e 1234567"));
        visitor.idType = Customer::passport();
        const Customer anna = customers.registerCustomer(m_clerk, visitor).value();
        QCOMPARE(customers.findByIdNumber(QStringLiteral("E1234567"))->customerId, anna.customerId);
        QCOMPARE(customers.search(QStringLiteral("E1234567")).size(), 1);
    }

    // Digits beyond the region are compared with the opened numbers of that region.
    void prefixBeyondTheRegionIsFiltered()
    {
        CustomerService customers(m_t->db());
        customers.registerCustomer(m_clerk,
                                   person(QStringLiteral("甲"), residentId("11010519491231002")));
        customers.registerCustomer(m_clerk,
                                   person(QStringLiteral("乙"), residentId("11010519800101003"),
                                          QStringLiteral("13700137000")));
        const auto found = customers.searchPartialNumber(QStringLiteral("11010519800"));
        QCOMPARE(found.customers.size(), 1);
        QCOMPARE(found.customers.first().name, QStringLiteral("乙"));
        QVERIFY(!found.more);
    }

    // Each look-up of a partial number is a range of an index: never a scan of the
    // customers, whose number may be a million. The ID numbers are sealed: the queries
    // are those of their region, last four and blind index (CustomerService).
    void partialNumbersUseIndexes()
    {
        QSqlQuery q(m_t->db().connection());
        const auto plan = [&q](const QString &sql) {
            QStringList steps;
            if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
                while (q.next())
                    steps.append(q.value(3).toString());
            }
            return steps.join(QStringLiteral("; "));
        };
        const QStringList queries = {
            QStringLiteral("SELECT * FROM customer WHERE id_region >= '5107' AND id_region < "
                           "'5108' ORDER BY id_region"),
            QStringLiteral("SELECT * FROM customer WHERE id_region >= '510703' AND id_region < "
                           "'510704' ORDER BY id_region"),
            QStringLiteral("SELECT * FROM customer WHERE id_last_four = '0028'"),
            // The full number: one probe of the blind index, with or without the kind.
            QStringLiteral("SELECT * FROM customer WHERE id_blind = 'ab12' AND id_type = "
                           "'resident_id'"),
            QStringLiteral("SELECT * FROM customer WHERE id_blind = 'ab12' LIMIT 1"),
            QStringLiteral("SELECT * FROM customer WHERE phone >= '139' AND phone < '13:' ORDER "
                           "BY phone"),
            QStringLiteral("SELECT * FROM customer WHERE substr(phone, -4) = '5120' OR customer_id "
                           "IN (SELECT customer_id FROM subscription WHERE substr(number, -4) = "
                           "'5120' AND status <> 'cancelled') ORDER BY created_at DESC"),
        };
        for (const QString &sql : queries) {
            const QString steps = plan(sql);
            QVERIFY2(!steps.isEmpty(), qPrintable(sql));
            QVERIFY2(!steps.contains(QStringLiteral("SCAN ")), qPrintable(steps));
            QVERIFY2(steps.contains(QStringLiteral("USING INDEX")), qPrintable(steps));
        }
    }

    void substringSearchUsesTheNameEndings()
    {
        CustomerService customers(m_t->db());
        const Customer twice =
            customers
                .registerCustomer(m_clerk,
                                  person(QStringLiteral("王国国"), residentId("11010519491231002")))
                .value();
        customers.registerCustomer(m_clerk,
                                   person(QStringLiteral("国华"), residentId("11010519800101003")));
        const Customer li = customers
                                .registerCustomer(m_clerk, person(QStringLiteral("李建国"),
                                                                  residentId("51070319650412002")))
                                .value();
        QStringList names;
        for (const Customer &c : customers.searchByName(QStringLiteral("国")))
            names.append(c.name);
        // The name that begins with it first; each of the others once.
        QCOMPARE(names.size(), 3);
        QCOMPARE(names.first(), QStringLiteral("国华"));
        QCOMPARE(names.count(QStringLiteral("王国国")), 1);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM customer_name_ending WHERE "
                                            "customer_id = '%1'")
                                 .arg(twice.customerId)),
                 2); // 国国, 国

        // A corrected name is found by its new parts only.
        CustomerChanges rename;
        rename.name = QStringLiteral("李建华");
        QVERIFY(customers.update(m_clerk, li.customerId, rename).ok());
        QVERIFY(customers.searchByName(QStringLiteral("建国")).isEmpty());
        QCOMPARE(customers.searchByName(QStringLiteral("建华")).size(), 1);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM customer_name_ending WHERE "
                                            "customer_id = '%1'")
                                 .arg(li.customerId)),
                 2); // 建华, 华
    }

    void batchInOneTransaction()
    {
        CustomerService customers(m_t->db());
        const qint64 events = m_t->eventCount();
        {
            WriteTransaction tx(m_t->db());
            QVERIFY(tx.begun().ok());
            for (int i = 0; i < 200; ++i) {
                const QString body =
                    QStringLiteral("51070319650412%1").arg(i + 100, 3, 10, QLatin1Char('0'));
                const QString id = body + IdNumber::checkCharacter(body);
                const Result<Customer> c =
                    customers.registerCustomer(tx, m_clerk, person(QStringLiteral("批量"), id));
                QVERIFY2(c.ok(), qPrintable(c.error().english()));
            }
            // A refusal inside the batch leaves the transaction usable.
            QCOMPARE(customers.registerCustomer(tx, m_clerk, person(QString())).error().code(),
                     QStringLiteral("customer.bad_name"));
            QVERIFY(tx.commit().ok());
        }
        const qint64 rows = m_t->scalar(QStringLiteral("SELECT count(*) FROM customer"));
        QCOMPARE(rows, 200);
        QCOMPARE(m_t->eventCount(), events + rows);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT last FROM number_sequence WHERE kind = "
                                            "'customer'")),
                 rows);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerService)
#include "tst_customerservice.moc"
