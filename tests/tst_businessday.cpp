// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The business day: open until its row in business_day exists (written by the day close).
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

class tst_BusinessDay : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Clock::reset(); }

    void closedDayRefusesWithTheDate()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC));
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        const QDate day = BusinessDay::today();
        QCOMPARE(day, Clock::today());
        QVERIFY(!BusinessDay::isClosed(t.db().connection(), day));
        QVERIFY(BusinessDay::requireOpen(t.db().connection(), day).ok());

        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO business_day(day, closed_at, closed_by) "
                                      "VALUES ('%1', '2026-11-23T10:00:00.000Z', '2001')")
                           .arg(day.toString(Qt::ISODate))));
        QVERIFY(BusinessDay::isClosed(t.db().connection(), day));
        const Status refused = BusinessDay::requireOpen(t.db().connection(), day);
        QCOMPARE(refused.error().code(), QStringLiteral("day.closed"));
        QVERIFY(refused.error().english().contains(day.toString(Qt::ISODate)));
        QVERIFY(BusinessDay::requireOpen(t.db().connection(), day.addDays(1)).ok());
    }
};

QTEST_GUILESS_MAIN(tst_BusinessDay)
#include "tst_businessday.moc"
