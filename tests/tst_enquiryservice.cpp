// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Phone enquiries: what a staff member must note down, one enquiry.logged event with the
// contract's fields, refusals that write nothing.
#include "core/cases/enquiryservice.h"
#include "core/common/clock.h"
#include "core/storage/eventlog.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using EnquiryEdit = std::function<void(NewEnquiry &)>;
Q_DECLARE_METATYPE(EnquiryEdit)

namespace {
NewEnquiry call()
{
    NewEnquiry e;
    e.name = QStringLiteral(" 王大爷 ");
    e.unit = QStringLiteral("东风村3组");
    e.contact = QStringLiteral("0816-5621234");
    e.subject = QStringLiteral("高龄津贴什么时候发放");
    e.passedTo = QStringLiteral("民政窗口 1002 王强");
    return e;
}
} // namespace

class tst_EnquiryService : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDatabase> m_t;
    const Session m_clerk = TestDatabase::staff(QStringLiteral("1001"));

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(2, 30), Qt::UTC));
        m_t = std::make_unique<TestDatabase>();
        QVERIFY2(m_t->open(), qPrintable(m_t->problem()));
    }
    void cleanup()
    {
        m_t.reset();
        Clock::reset();
    }

    void logs()
    {
        EnquiryService enquiries(m_t->db());
        const qint64 before = m_t->eventCount();
        const Result<QString> id = enquiries.log(m_clerk, call());
        QVERIFY2(id.ok(), qPrintable(id.error().english()));
        QCOMPARE(m_t->eventCount(), before + 1);
        const Event e = EventLog::head(m_t->db().connection()).value();
        QCOMPARE(e.type, QStringLiteral("enquiry.logged"));
        QCOMPARE(e.staff, QStringLiteral("1001"));
        const QJsonObject data = e.dataObject();
        QCOMPARE(data.value(QLatin1String("enquiry_id")).toString(), id.value());
        QCOMPARE(data.value(QLatin1String("name")).toString(), QStringLiteral("王大爷"));
        QCOMPARE(data.value(QLatin1String("unit")).toString(), QStringLiteral("东风村3组"));
        QCOMPARE(data.value(QLatin1String("contact")).toString(), QStringLiteral("0816-5621234"));
        QCOMPARE(data.value(QLatin1String("subject")).toString(),
                 QStringLiteral("高龄津贴什么时候发放"));
        QCOMPARE(data.value(QLatin1String("passed_to")).toString(),
                 QStringLiteral("民政窗口 1002 王强"));
        const Enquiry stored = enquiries.find(id.value()).value();
        QCOMPARE(stored.name, QStringLiteral("王大爷"));
        QCOMPARE(stored.staffNo, QStringLiteral("1001"));
        QCOMPARE(stored.businessDay, Clock::today());
        // The unit may be left out.
        NewEnquiry noUnit = call();
        noUnit.unit.clear();
        noUnit.contact = QStringLiteral("13800138000");
        QVERIFY(enquiries.log(m_clerk, noUnit).ok());
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM enquiry")), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<EnquiryEdit>("edit");
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << EnquiryEdit([](NewEnquiry &e) { e.name = QStringLiteral(" "); })
                                 << "enquiry.name_required";
        QTest::newRow("name too long")
            << EnquiryEdit([](NewEnquiry &e) { e.name = QString(41, QChar(u'张')); })
            << "enquiry.name_required";
        QTest::newRow("unit too long")
            << EnquiryEdit([](NewEnquiry &e) { e.unit = QString(101, QChar(u'村')); })
            << "enquiry.bad_unit";
        QTest::newRow("no contact")
            << EnquiryEdit([](NewEnquiry &e) { e.contact.clear(); }) << "enquiry.bad_contact";
        QTest::newRow("contact in words")
            << EnquiryEdit([](NewEnquiry &e) { e.contact = QStringLiteral("村委会"); })
            << "enquiry.bad_contact";
        QTest::newRow("contact too short")
            << EnquiryEdit([](NewEnquiry &e) { e.contact = QStringLiteral("12345"); })
            << "enquiry.bad_contact";
        QTest::newRow("no subject")
            << EnquiryEdit([](NewEnquiry &e) { e.subject.clear(); }) << "enquiry.subject_required";
        QTest::newRow("passed to nobody")
            << EnquiryEdit([](NewEnquiry &e) { e.passedTo = QStringLiteral("  "); })
            << "enquiry.passed_to_required";
    }
    void refusals()
    {
        QFETCH(EnquiryEdit, edit);
        QFETCH(QString, code);
        NewEnquiry e = call();
        edit(e);
        const qint64 before = m_t->eventCount();
        QCOMPARE(EnquiryService(m_t->db()).log(m_clerk, e).error().code(), code);
        QCOMPARE(m_t->eventCount(), before);
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM enquiry")), 0);
    }

    void whoMayLog()
    {
        EnquiryService enquiries(m_t->db());
        QCOMPARE(enquiries.log(TestDatabase::console(), call()).error().code(),
                 QStringLiteral("auth.forbidden"));
        QSqlQuery q = m_t->db().query();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO business_day(day, closed_at, closed_by) "
                                      "VALUES('%1', 'x', '2001')")
                           .arg(Clock::today().toString(Qt::ISODate))));
        QCOMPARE(enquiries.log(m_clerk, call()).error().code(), QStringLiteral("day.closed"));
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM enquiry")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EnquiryService)
#include "tst_enquiryservice.moc"
