// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Working days for promised time limits, with the official 2026 holidays and makeup days.
#include "core/common/workingcalendar.h"

#include <QTest>

namespace {

using Kind = WorkingCalendar::DayKind;

// 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025). A test fixture only: the
// terminal receives its calendar from headquarters.
WorkingCalendar china2026()
{
    QMap<QDate, Kind> days;
    const auto holidays = [&days](QDate first, QDate last) {
        for (QDate d = first; d <= last; d = d.addDays(1))
            days.insert(d, Kind::Holiday);
    };
    holidays(QDate(2026, 1, 1), QDate(2026, 1, 3));   // 元旦
    holidays(QDate(2026, 2, 15), QDate(2026, 2, 23)); // 春节, 9 days
    holidays(QDate(2026, 4, 4), QDate(2026, 4, 6));   // 清明节
    holidays(QDate(2026, 5, 1), QDate(2026, 5, 5));   // 劳动节
    holidays(QDate(2026, 6, 19), QDate(2026, 6, 21)); // 端午节
    holidays(QDate(2026, 9, 25), QDate(2026, 9, 27)); // 中秋节
    holidays(QDate(2026, 10, 1), QDate(2026, 10, 7)); // 国庆节
    for (const QDate d : {QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28),
                          QDate(2026, 5, 9), QDate(2026, 9, 20), QDate(2026, 10, 10)})
        days.insert(d, Kind::Workday); // 调休: weekend days worked
    return WorkingCalendar(days);
}

// The obvious day-by-day count, to check the week-at-a-time arithmetic against.
int naiveBetween(const WorkingCalendar &calendar, QDate from, QDate to)
{
    if (to < from)
        return -naiveBetween(calendar, to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += calendar.isWorkingDay(d) ? 1 : 0;
    return n;
}

} // namespace

class tst_WorkingCalendar : public QObject
{
    Q_OBJECT
private slots:
    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("working");

        QTest::newRow("ordinary Monday") << QDate(2026, 11, 23) << true;
        QTest::newRow("ordinary Friday") << QDate(2026, 11, 27) << true;
        QTest::newRow("ordinary Saturday") << QDate(2026, 11, 28) << false;
        QTest::newRow("ordinary Sunday") << QDate(2026, 11, 29) << false;
        QTest::newRow("New Year, Thursday") << QDate(2026, 1, 1) << false;
        QTest::newRow("New Year makeup Sunday") << QDate(2026, 1, 4) << true;
        QTest::newRow("makeup Saturday before Spring Festival") << QDate(2026, 2, 14) << true;
        QTest::newRow("Spring Festival eve, Sunday") << QDate(2026, 2, 15) << false;
        QTest::newRow("Spring Festival, Tuesday") << QDate(2026, 2, 17) << false;
        QTest::newRow("last Spring Festival day, Monday") << QDate(2026, 2, 23) << false;
        QTest::newRow("back to work") << QDate(2026, 2, 24) << true;
        QTest::newRow("makeup Saturday after Spring Festival") << QDate(2026, 2, 28) << true;
        QTest::newRow("Sunday after makeup Saturday") << QDate(2026, 3, 1) << false;
        QTest::newRow("Qingming Monday") << QDate(2026, 4, 6) << false;
        QTest::newRow("Labour Day Tuesday") << QDate(2026, 5, 5) << false;
        QTest::newRow("Labour Day makeup Saturday") << QDate(2026, 5, 9) << true;
        QTest::newRow("National Day makeup Sunday") << QDate(2026, 9, 20) << true;
        QTest::newRow("National Day Wednesday") << QDate(2026, 10, 7) << false;
        QTest::newRow("National Day makeup Saturday") << QDate(2026, 10, 10) << true;
        QTest::newRow("leap day 2028, Tuesday") << QDate(2028, 2, 29) << true;
        QTest::newRow("invalid date") << QDate() << false;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, day);
        QFETCH(bool, working);
        QCOMPARE(china2026().isWorkingDay(day), working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("due");

        QTest::newRow("zero days is the same day") << QDate(2026, 1, 5) << 0 << QDate(2026, 1, 5);
        QTest::newRow("zero days on a holiday") << QDate(2026, 2, 17) << 0 << QDate(2026, 2, 17);
        QTest::newRow("next day") << QDate(2026, 2, 12) << 1 << QDate(2026, 2, 13);
        QTest::newRow("onto the makeup Saturday") << QDate(2026, 2, 12) << 2 << QDate(2026, 2, 14);
        // Fri 13 Feb + 10: Sat 14 (makeup) is 1, the nine-day holiday is skipped, 24-27 are
        // 2-5, Sat 28 (makeup) is 6, then 2-5 March are 7-10.
        QTest::newRow("across Spring Festival") << QDate(2026, 2, 13) << 10 << QDate(2026, 3, 5);
        QTest::newRow("accepted during the holiday")
            << QDate(2026, 2, 17) << 1 << QDate(2026, 2, 24);
        QTest::newRow("birth permit, 10 days, ordinary weeks")
            << QDate(2026, 11, 23) << 10 << QDate(2026, 12, 7);
        QTest::newRow("township service, 20 days over Spring Festival")
            << QDate(2026, 2, 10) << 20 << QDate(2026, 3, 16);
        QTest::newRow("minimum-income support, 27 days")
            << QDate(2026, 1, 5) << 27 << QDate(2026, 2, 11);
        QTest::newRow("forest-rights certificate, 30 days over National Day")
            << QDate(2026, 9, 1) << 30 << QDate(2026, 10, 19);
        QTest::newRow("onto the makeup Sunday before National Day")
            << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
        QTest::newRow("over National Day") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
        QTest::newRow("National Day makeup Saturday counts")
            << QDate(2026, 9, 30) << 4 << QDate(2026, 10, 12);
        QTest::newRow("Mid-Autumn into National Day")
            << QDate(2026, 9, 24) << 10 << QDate(2026, 10, 15);
        QTest::newRow("over Labour Day") << QDate(2026, 4, 30) << 5 << QDate(2026, 5, 11);
        QTest::newRow("over Dragon Boat") << QDate(2026, 6, 18) << 1 << QDate(2026, 6, 22);
        QTest::newRow("year end onto the makeup Sunday")
            << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
        QTest::newRow("accepted on Saturday") << QDate(2026, 11, 28) << 1 << QDate(2026, 11, 30);
        QTest::newRow("onto leap day") << QDate(2028, 2, 28) << 1 << QDate(2028, 2, 29);
        QTest::newRow("over a missing leap day") << QDate(2027, 2, 26) << 1 << QDate(2027, 3, 1);
        QTest::newRow("back one over the holiday")
            << QDate(2026, 2, 24) << -1 << QDate(2026, 2, 14);
        QTest::newRow("back five") << QDate(2026, 3, 2) << -5 << QDate(2026, 2, 24);
    }
    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, n);
        QFETCH(QDate, due);
        const WorkingCalendar calendar = china2026();
        QCOMPARE(calendar.addWorkingDays(start, n), due);
        QCOMPARE(calendar.workingDaysBetween(start, due), n);
        if (n > 0)
            QVERIFY(calendar.isWorkingDay(due));
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("days");

        QTest::newRow("same day") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << 0;
        QTest::newRow("Friday to Saturday") << QDate(2026, 11, 27) << QDate(2026, 11, 28) << 0;
        QTest::newRow("Friday to Monday") << QDate(2026, 11, 27) << QDate(2026, 11, 30) << 1;
        QTest::newRow("a plain week") << QDate(2026, 11, 23) << QDate(2026, 11, 30) << 5;
        QTest::newRow("backwards a plain week") << QDate(2026, 11, 30) << QDate(2026, 11, 23) << -5;
        QTest::newRow("Spring Festival week") << QDate(2026, 2, 13) << QDate(2026, 2, 23) << 1;
        QTest::newRow("February") << QDate(2026, 1, 31) << QDate(2026, 2, 28) << 16;
        QTest::newRow("October") << QDate(2026, 9, 30) << QDate(2026, 10, 31) << 18;
        QTest::newRow("all of 2026") << QDate(2025, 12, 31) << QDate(2026, 12, 31) << 248;
        QTest::newRow("all of 2026 backwards")
            << QDate(2026, 12, 31) << QDate(2025, 12, 31) << -248;
        QTest::newRow("invalid from") << QDate() << QDate(2026, 1, 5) << 0;
    }
    void workingDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, days);
        QCOMPARE(china2026().workingDaysBetween(from, to), days);
    }

    void countsAgreeWithDayByDay()
    {
        // Every span starting on each day of a stretch around Spring Festival, up to 60 days
        // either way, against the obvious loop; and adding then counting gives n back.
        const WorkingCalendar calendar = china2026();
        for (QDate from = QDate(2026, 1, 20); from <= QDate(2026, 3, 10); from = from.addDays(1)) {
            for (int span = -60; span <= 60; ++span) {
                const QDate to = from.addDays(span);
                QCOMPARE(calendar.workingDaysBetween(from, to), naiveBetween(calendar, from, to));
            }
            // Counting back from a day off, that day is not in (to, from], so the round trip
            // holds backwards only from a working day.
            const int earliest = calendar.isWorkingDay(from) ? -30 : 0;
            for (int n = earliest; n <= 30; ++n)
                QCOMPARE(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n)), n);
        }
    }

    void redundantSpecialDaysChangeNothing()
    {
        // Headquarters may list a holiday's weekend days, or a weekday as a workday.
        const WorkingCalendar plain;
        const WorkingCalendar redundant(
            {{QDate(2026, 11, 28), Kind::Holiday}, {QDate(2026, 11, 25), Kind::Workday}});
        QCOMPARE(redundant.workingDaysBetween(QDate(2026, 11, 20), QDate(2026, 12, 4)),
                 plain.workingDaysBetween(QDate(2026, 11, 20), QDate(2026, 12, 4)));
        QCOMPARE(plain.workingDaysBetween(QDate(2026, 11, 20), QDate(2026, 12, 4)), 10);
    }

    void nextWorkingDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("next");
        QTest::newRow("Monday") << QDate(2026, 11, 23) << QDate(2026, 11, 24);
        QTest::newRow("Friday") << QDate(2026, 11, 27) << QDate(2026, 11, 30);
        QTest::newRow("Saturday") << QDate(2026, 11, 28) << QDate(2026, 11, 30);
        QTest::newRow("before the makeup Saturday") << QDate(2026, 2, 13) << QDate(2026, 2, 14);
        QTest::newRow("makeup Saturday") << QDate(2026, 2, 14) << QDate(2026, 2, 24);
        QTest::newRow("invalid") << QDate() << QDate();
    }
    void nextWorkingDay()
    {
        QFETCH(QDate, day);
        QFETCH(QDate, next);
        QCOMPARE(china2026().nextWorkingDay(day), next);
    }

    void emptyCalendarIsMondayToFriday()
    {
        const WorkingCalendar calendar;
        QVERIFY(calendar.specialDays().isEmpty());
        QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 17)));
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 2, 14)));
        QCOMPARE(calendar.addWorkingDays(QDate(2026, 2, 13), 10), QDate(2026, 2, 27));
        QCOMPARE(calendar.addWorkingDays(QDate(), 3), QDate());
    }
};

QTEST_GUILESS_MAIN(tst_WorkingCalendar)
#include "tst_workingcalendar.moc"
