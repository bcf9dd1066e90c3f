// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing customers from a CSV file: encodings, CSV quoting, the header, and all or
// nothing with every bad row reported (line, column, why).
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/customers/customerimport.h"
#include "core/customers/customerservice.h"
#include "core/storage/eventlog.h"
#include "testdatabase.h"

#include <QStringEncoder>
#include <QTest>

namespace {

QString residentId(const char *first17)
{
    const QString body = QString::fromLatin1(first17);
    return body + IdNumber::checkCharacter(body);
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder(text);
}

} // namespace

class tst_CustomerImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;

    qint64 customers() { return m_t->scalar(QStringLiteral("SELECT count(*) FROM customer")); }

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

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding"); // empty: refused
        const QString text = QStringLiteral("name\n张三\n");
        QTest::newRow("utf-8") << text.toUtf8() << "UTF-8";
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8";
        QTest::newRow("gb18030") << gb18030(text) << "GB18030";
        QTest::newRow("ascii") << QByteArray("name\nZhang San\n") << "UTF-8";
        QTest::newRow("utf-16") << QByteArray("\xFF\xFEn\0a\0", 6) << "";
        QTest::newRow("binary") << QByteArray("\x80\x80\xFF\xFE\x81", 5) << "";
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QString found;
        const Result<QString> text = CustomerImport::decode(bytes, &found);
        QCOMPARE(text.ok(), !encoding.isEmpty());
        if (!text) {
            QCOMPARE(text.error().code(), QStringLiteral("import.encoding"));
            return;
        }
        QCOMPARE(found, encoding);
        QVERIFY(text->startsWith(QLatin1String("name\n")));
        QVERIFY(!text->contains(QChar(0xFEFF)));
    }

    void csvQuoting()
    {
        const Result<QList<CustomerImport::Record>> r = CustomerImport::parse(QStringLiteral(
            "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,,3\nlast,row,no-newline"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->at(1).fields, QStringList({QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                                               QStringLiteral("two\nlines")}));
        QCOMPARE(r->at(1).line, 2);
        QCOMPARE(r->at(2).fields,
                 QStringList({QStringLiteral("1"), QStringLiteral(""), QStringLiteral("3")}));
        QCOMPARE(r->at(2).line, 4); // the quoted line break counts
        QCOMPARE(r->at(3).fields, QStringList({QStringLiteral("last"), QStringLiteral("row"),
                                               QStringLiteral("no-newline")}));
        const Result<QList<CustomerImport::Record>> open =
            CustomerImport::parse(QStringLiteral("a,b\n1,\"never closed\n2,3\n"));
        QVERIFY(!open.ok());
        QCOMPARE(open.error().code(), QStringLiteral("import.quote"));
        QVERIFY(open.error().english().contains(QLatin1String("line 2")));
    }

    void importsAllInGb18030()
    {
        const QString csv =
            QStringLiteral("序号,name,id_number,phone,address,vip,notes\n"
                           "1,李秀英,%1,13800138000,\"城关镇解放街12号,3单元\",1,耳背\n"
                           "2,王建国,%2,,东风村3组,,\n")
                .arg(residentId("51070319650412002"), residentId("11010519491231002").toLower());
        const qint64 events = m_t->eventCount();
        const Result<CustomerImportReport> r =
            CustomerImport::importBytes(m_t->db(), TestDatabase::console(), gb18030(csv));
        QVERIFY2(r.ok(), qPrintable(r.error().english()));
        QCOMPARE(r->encoding, QStringLiteral("GB18030"));
        QCOMPARE(r->rows, 2);
        QCOMPARE(r->imported, 2);
        QVERIFY(r->problems.isEmpty());
        QCOMPARE(r->ignoredColumns, QStringList{QStringLiteral("序号")});
        QCOMPARE(customers(), 2);
        QCOMPARE(m_t->eventCount(), events + 2);
        const Customer li =
            CustomerService(m_t->db()).findByIdNumber(residentId("51070319650412002")).value();
        QCOMPARE(li.name, QStringLiteral("李秀英"));
        QCOMPARE(li.address, QStringLiteral("城关镇解放街12号,3单元"));
        QVERIFY(li.vip);
        QCOMPARE(li.notes, QStringLiteral("耳背"));
        QVERIFY(EventLog::verify(m_t->db().connection())->intact());
    }

    void everyBadRowReportedNothingWritten()
    {
        CustomerService(m_t->db()).registerCustomer(
            TestDatabase::console(), NewCustomer{QStringLiteral("赵刚"), Customer::residentId(),
                                                 residentId("51072219700101001"), QString(),
                                                 QString(), false, QString(), QString()});
        QString badChecksum = residentId("51070319650412002");
        badChecksum[17] =
            badChecksum.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        const QString csv =
            QStringLiteral("name,id_number,phone,address,vip\n"
                           "张三,%1,13800138000,a,\n" // line 2: fine
                           "李四,%2,13800138000,b,\n" // 3: checksum
                           "王五,%3,1380013800,c,\n"  // 4: 10-digit mobile
                           ",%4,,d,\n"                // 5: no name
                           "\n"                       // 6: blank, skipped
                           "赵六,%1,,e,\n"            // 7: same as line 2
                           "赵刚,%5,,f,\n"            // 8: already registered
                           "孙七,%6,,g,maybe\n"       // 9: vip
                           "周八,%7,,h,0,extra\n")    // 10: too many fields
                .arg(residentId("11010519491231002"), badChecksum, residentId("51072319720808001"),
                     residentId("51072519900101001"), residentId("51072219700101001"),
                     residentId("51078119881111001"), residentId("51072219991231001"));
        const qint64 before = customers();
        const qint64 events = m_t->eventCount();
        const Result<CustomerImportReport> r =
            CustomerImport::importBytes(m_t->db(), TestDatabase::console(), csv.toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error().english()));
        QCOMPARE(r->imported, 0);
        QCOMPARE(r->rows, 8);
        QCOMPARE(customers(), before);
        QCOMPARE(m_t->eventCount(), events);
        QList<QPair<int, QString>> where;
        for (const ImportProblem &p : r->problems)
            where.append({p.line, p.field});
        const QList<QPair<int, QString>> expected = {
            {3, QStringLiteral("id_number")}, {4, QStringLiteral("phone")},
            {5, QStringLiteral("name")},      {7, QStringLiteral("id_number")},
            {8, QStringLiteral("id_number")}, {9, QStringLiteral("vip")},
            {10, QStringLiteral("row")}};
        QCOMPARE(where, expected);
        QCOMPARE(r->problems.at(0).error.code(), QStringLiteral("id.checksum"));
        QCOMPARE(r->problems.at(3).error.code(), QStringLiteral("import.duplicate_in_file"));
        QVERIFY(r->problems.at(3).english().contains(QLatin1String("line 2")));
        QCOMPARE(r->problems.at(4).error.code(), QStringLiteral("customer.duplicate_id"));
        QVERIFY(r->problems.at(1).english().startsWith(QLatin1String("Line 4, phone: ")));
    }

    void headerProblems_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << ""
                               << "import.empty";
        QTest::newRow("no address") << "name,id_number,phone\n"
                                    << "import.header";
        QTest::newRow("twice") << "name,id_number,phone,address,Name\n"
                               << "import.header";
    }
    void headerProblems()
    {
        QFETCH(QString, csv);
        QFETCH(QString, code);
        const Result<CustomerImportReport> r =
            CustomerImport::importBytes(m_t->db(), TestDatabase::console(), csv.toUtf8());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), code);
    }

    void shortRowsAreEmptyAtTheEnd()
    {
        // A spreadsheet leaves out empty fields at the end of a row.
        const QString csv = QStringLiteral("name,id_number,address,phone\n张三,%1,东风村\n")
                                .arg(residentId("11010519491231002"));
        const Result<CustomerImportReport> r =
            CustomerImport::importBytes(m_t->db(), TestDatabase::console(), csv.toUtf8());
        QVERIFY2(r.ok() && r->imported == 1, r ? "" : qPrintable(r.error().english()));
    }

    void missingFile()
    {
        const Result<CustomerImportReport> r = CustomerImport::importFile(
            m_t->db(), TestDatabase::console(), QStringLiteral("/nonexistent/x.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QStringLiteral("import.unreadable"));
    }
};

QTEST_GUILESS_MAIN(tst_CustomerImport)
#include "tst_customerimport.moc"
