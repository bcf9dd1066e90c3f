// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Due soon and overdue: the rule (due within 2 working days, today included; overdue from
// the day after), over weekends and the 2026 National Day holiday, and the counts the
// status bar shows, straight from the database.
#include "core/cases/casedeadline.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

namespace {

// Mid-Autumn 25-27 September and National Day 1-7 October 2026 off; Sunday 20 September and
// Saturday 10 October worked (调休).
WorkingCalendar calendar2026()
{
    QMap<QDate, WorkingCalendar::DayKind> days;
    for (int d : {25, 26, 27})
        days.insert(QDate(2026, 9, d), WorkingCalendar::DayKind::Holiday);
    for (int d = 1; d <= 7; ++d)
        days.insert(QDate(2026, 10, d), WorkingCalendar::DayKind::Holiday);
    days.insert(QDate(2026, 9, 20), WorkingCalendar::DayKind::Workday);
    days.insert(QDate(2026, 10, 10), WorkingCalendar::DayKind::Workday);
    return WorkingCalendar(days);
}

} // namespace

class tst_CaseDeadline : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<CaseKind>("kind");
        QTest::addColumn<CaseStatus>("status");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<DueState>("expected");
        const CaseKind app = CaseKind::Case;
        const CaseStatus acc = CaseStatus::Accepted;
        // Wednesday 11 November 2026.
        const QDate wed(2026, 11, 11);
        QTest::newRow("due today") << app << acc << wed << wed << DueState::DueSoon;
        QTest::newRow("due tomorrow") << app << acc << wed << wed.addDays(1) << DueState::DueSoon;
        QTest::newRow("due in 2 working days")
            << app << acc << wed << QDate(2026, 11, 13) << DueState::DueSoon;
        QTest::newRow("due in 3 working days")
            << app << acc << wed << QDate(2026, 11, 16) << DueState::OnTrack;
        QTest::newRow("due yesterday") << app << acc << wed << wed.addDays(-1) << DueState::Overdue;
        // Friday: the weekend does not count, so Tuesday is still 2 working days away.
        QTest::newRow("Friday, due Tuesday")
            << app << acc << QDate(2026, 11, 13) << QDate(2026, 11, 17) << DueState::DueSoon;
        QTest::newRow("Friday, due Wednesday")
            << app << acc << QDate(2026, 11, 13) << QDate(2026, 11, 18) << DueState::OnTrack;
        // Before the National Day week: 8 and 9 October are the next working days.
        QTest::newRow("over the holiday, due 9 Oct")
            << app << acc << QDate(2026, 9, 30) << QDate(2026, 10, 9) << DueState::DueSoon;
        QTest::newRow("over the holiday, due makeup Saturday")
            << app << acc << QDate(2026, 9, 30) << QDate(2026, 10, 10) << DueState::OnTrack;
        QTest::newRow("on a holiday, overdue since")
            << app << CaseStatus::Forwarded << QDate(2026, 10, 3) << QDate(2026, 9, 30)
            << DueState::Overdue;
        // Only running cases have a due state.
        QTest::newRow("completed late")
            << app << CaseStatus::Completed << wed << wed.addDays(-9) << DueState::None;
        QTest::newRow("refused") << app << CaseStatus::Refused << wed << wed << DueState::None;
        QTest::newRow("waiting for materials")
            << app << CaseStatus::MaterialsRequested << wed << QDate() << DueState::None;
        QTest::newRow("no due date") << app << acc << wed << QDate() << DueState::None;
        QTest::newRow("complaint registered, overdue")
            << CaseKind::Complaint << CaseStatus::Registered << wed << wed.addDays(-1)
            << DueState::Overdue;
        QTest::newRow("complaint replied") << CaseKind::Complaint << CaseStatus::Replied << wed
                                           << wed.addDays(-1) << DueState::None;
    }
    void classify()
    {
        QFETCH(CaseKind, kind);
        QFETCH(CaseStatus, status);
        QFETCH(QDate, today);
        QFETCH(QDate, due);
        QFETCH(DueState, expected);
        QCOMPARE(CaseDeadline::classify(kind, status, due, today, calendar2026()), expected);
    }

    // An on-the-spot case is due the day it is accepted: no warning, no extension.
    void onTheSpotCases()
    {
        const QDate wednesday(2026, 11, 11);
        const QString immediate = QStringLiteral("immediate");
        QCOMPARE(CaseDeadline::classify(CaseKind::Case, CaseStatus::Accepted, wednesday, wednesday,
                                        calendar2026(), immediate),
                 DueState::None);
        QCOMPARE(CaseDeadline::classify(CaseKind::Case, CaseStatus::Accepted, wednesday,
                                        wednesday.addDays(1), calendar2026(), immediate),
                 DueState::Overdue);
        QCOMPARE(CaseDeadline::classify(CaseKind::Case, CaseStatus::Accepted, wednesday, wednesday,
                                        calendar2026(), QStringLiteral("commitment")),
                 DueState::DueSoon);
        QVERIFY(!CaseDeadline::mayExtend(immediate));
        QVERIFY(CaseDeadline::mayExtend(QStringLiteral("commitment")));
    }

    void counts()
    {
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        QSqlQuery q = t.db().query();
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO catalogue_item(code, name, mode) VALUES('C1', 'C1', 'commitment')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO customer(customer_id, customer_no, name, id_number, created_at, "
            "updated_at) VALUES('c', 'K1', '张三', '1', 'x', 'x')")));
        struct Row
        {
            const char *kind;
            const char *status;
            const char *due; // NULL when empty
            const char *mode = "commitment";
        };
        // Wednesday 11 November: due soon up to Friday 13th.
        const Row rows[] = {
            {"case", "accepted", "2026-11-10"},        // overdue
            {"case", "forwarded", "2026-10-30"},       // overdue
            {"case", "accepted", "2026-11-11"},        // due soon
            {"case", "decided", "2026-11-13"},         // due soon
            {"case", "accepted", "2026-11-16"},        // on track
            {"case", "completed", "2026-11-01"},       // finished
            {"case", "refused", ""},                   // finished
            {"case", "registered", ""},                // not running
            {"case", "materials_requested", ""},       // not running
            {"complaint", "registered", "2026-11-12"}, // due soon
            {"petition", "assigned", "2026-11-02"},    // overdue
            {"complaint", "replied", "2026-11-02"},    // finished
            // On-the-spot cases: never due soon, overdue when left past their day.
            {"case", "accepted", "2026-11-11", "immediate"}, // none
            {"case", "accepted", "2026-11-10", "immediate"}, // overdue
        };
        int n = 0;
        for (const Row &r : rows) {
            q.prepare(QStringLiteral(
                "INSERT INTO service_case(case_no, item_code, customer_id, channel, "
                "first_responder, status, due_on, business_day, created_at, updated_at, kind, "
                "mode) "
                "VALUES(?, 'C1', 'c', 'visit', '1001', ?, ?, '2026-11-01', 'x', 'x', ?, ?)"));
            q.addBindValue(QStringLiteral("N%1").arg(++n));
            q.addBindValue(QLatin1String(r.status));
            q.addBindValue(*r.due ? QVariant(QLatin1String(r.due))
                                  : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(QLatin1String(r.kind));
            q.addBindValue(QLatin1String(r.mode));
            QVERIFY2(q.exec(), r.status);
        }
        const Result<CaseDeadline::Counts> counts =
            CaseDeadline::count(t.db().connection(), QDate(2026, 11, 11), calendar2026());
        QVERIFY2(counts.ok(), qPrintable(counts.error().english()));
        QCOMPARE(counts->overdue, 4);
        QCOMPARE(counts->dueSoon, 3);
        // The same rows classified one by one agree with the query.
        QVERIFY(q.exec(QStringLiteral("SELECT kind, status, due_on, mode FROM service_case")));
        qint64 soon = 0;
        qint64 overdue = 0;
        while (q.next()) {
            CaseKind kind;
            CaseStatus status;
            QVERIFY(CaseState::kindFromKey(q.value(0).toString(), &kind));
            QVERIFY(CaseState::fromKey(q.value(1).toString(), &status));
            const DueState s = CaseDeadline::classify(
                kind, status, QDate::fromString(q.value(2).toString(), Qt::ISODate),
                QDate(2026, 11, 11), calendar2026(), q.value(3).toString());
            soon += s == DueState::DueSoon;
            overdue += s == DueState::Overdue;
        }
        QCOMPARE(soon, counts->dueSoon);
        QCOMPARE(overdue, counts->overdue);
    }
};

QTEST_GUILESS_MAIN(tst_CaseDeadline)
#include "tst_casedeadline.moc"
