// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CallbackService: attempts, retry at another time of day, closing as reached or
// unreachable, and what it refuses.
#include "core/common/clock.h"
#include "core/common/holidaycalendar.h"
#include "core/queue/callbackservice.h"
#include "core/storage/writetransaction.h"
#include "queuefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {

QJsonObject lastEvent(Database &db, const QString &type)
{
    QSqlQuery q = db.query();
    q.prepare(
        QStringLiteral("SELECT data FROM event_log WHERE type = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QDateTime local(QDate d, QTime t)
{
    return QDateTime(d, t, Qt::LocalTime).toUTC();
}

// A callback for ticket A001, due on the next day, opened as a rating would open it.
QString openOne(Database &db)
{
    WriteTransaction tx(db);
    NewCallback c;
    c.ticketNo = QStringLiteral("A001");
    c.businessDay = Clock::today();
    c.reason = QStringLiteral("rating");
    c.dueOn = Clock::today().addDays(1);
    c.contactPhone = QStringLiteral("13800138000");
    c.score = 1;
    const Result<QString> id = CallbackService::open(tx, c);
    if (!id || !tx.commit())
        return QString();
    return id.value();
}

} // namespace

class tst_CallbackService : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Clock::reset(); }

    void retryAtAnotherTimeOfDay_data()
    {
        QTest::addColumn<QDateTime>("attempt");
        QTest::addColumn<QDateTime>("retry");
        const QDate monday(2026, 11, 23);
        const QDate friday(2026, 11, 27);
        QTest::newRow("morning: the afternoon")
            << local(monday, QTime(9, 10)) << local(monday, QTime(14, 30));
        QTest::newRow("just before noon")
            << local(monday, QTime(11, 59)) << local(monday, QTime(14, 30));
        QTest::newRow("afternoon: next morning")
            << local(monday, QTime(15, 0)) << local(monday.addDays(1), QTime(9, 30));
        QTest::newRow("Friday afternoon: Monday morning")
            << local(friday, QTime(16, 45)) << local(QDate(2026, 11, 30), QTime(9, 30));
        QTest::newRow("before a holiday: after it")
            << local(QDate(2026, 12, 31), QTime(14, 0)) << local(QDate(2027, 1, 4), QTime(9, 30));
    }
    void retryAtAnotherTimeOfDay()
    {
        QFETCH(QDateTime, attempt);
        QFETCH(QDateTime, retry);
        QMap<QDate, WorkingCalendar::DayKind> special;
        special.insert(QDate(2027, 1, 1), WorkingCalendar::DayKind::Holiday);
        QCOMPARE(CallbackService::retryAfter(attempt, WorkingCalendar(special)), retry);
    }

    void unreachableThreeTimesCloses()
    {
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        const QString id = openOne(hall.db());
        QVERIFY(!id.isEmpty());
        CallbackService callbacks(hall.db());
        const Session me = QueueFixture::clerk(QStringLiteral("1002"));
        const QDate monday(2026, 11, 23);
        Clock::setFixed(local(monday.addDays(1), QTime(9, 15)));
        Result<Callback> c = callbacks.record(me, id, {false, {}, QStringLiteral("无人接听")});
        QVERIFY2(c.ok(), qPrintable(c.error().english()));
        QCOMPARE(c->attempts, 1);
        QVERIFY(c->isOpen());
        QCOMPARE(c->retryAfter, local(monday.addDays(1), QTime(14, 30)));
        QJsonObject e = lastEvent(hall.db(), QStringLiteral("callback.recorded"));
        QCOMPARE(e.value(QLatin1String("callback_id")).toString(), id);
        QCOMPARE(e.value(QLatin1String("ticket_no")).toString(), QStringLiteral("A001"));
        QCOMPARE(e.value(QLatin1String("attempt")).toInt(), 1);
        QCOMPARE(e.value(QLatin1String("reached")).toBool(), false);
        QCOMPARE(e.value(QLatin1String("done")).toBool(), false);

        Clock::setFixed(local(monday.addDays(1), QTime(14, 40)));
        c = callbacks.record(me, id, {false, {}, {}});
        QVERIFY(c.ok());
        QCOMPARE(c->retryAfter, local(monday.addDays(2), QTime(9, 30)));
        // Overdue on the day after it was due.
        QVERIFY(!c->isOverdue(monday.addDays(1)));
        QVERIFY(c->isOverdue(monday.addDays(2)));

        Clock::setFixed(local(monday.addDays(2), QTime(9, 40)));
        c = callbacks.record(me, id, {false, {}, QStringLiteral("关机")});
        QVERIFY(c.ok());
        QVERIFY(!c->isOpen());
        QCOMPARE(c->outcome, QStringLiteral("unreachable"));
        QCOMPARE(c->doneOn, monday.addDays(2));
        QCOMPARE(c->notes, QStringLiteral("无人接听\n关机"));
        QVERIFY(!c->isOverdue(monday.addDays(5)));
        e = lastEvent(hall.db(), QStringLiteral("callback.recorded"));
        QCOMPARE(e.value(QLatin1String("done")).toBool(), true);
        QCOMPARE(e.value(QLatin1String("outcome")).toString(), QStringLiteral("unreachable"));
        QCOMPARE(hall.test().scalar(QStringLiteral("SELECT count(*) FROM callback WHERE status "
                                                   "= 'done' AND done_on = '2026-11-25'")),
                 1);
    }

    void reachedCloses_data()
    {
        QTest::addColumn<QString>("outcome");
        for (const QString &o : CallbackService::reachedOutcomes())
            QTest::newRow(qPrintable(o)) << o;
    }
    void reachedCloses()
    {
        QFETCH(QString, outcome);
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        const QString id = openOne(hall.db());
        CallbackService callbacks(hall.db());
        const Result<Callback> c = callbacks.record(QueueFixture::clerk(QStringLiteral("1001")), id,
                                                    {true, outcome, QStringLiteral("已致歉")});
        QVERIFY2(c.ok(), qPrintable(c.error().english()));
        QCOMPARE(c->status, QStringLiteral("done"));
        QCOMPARE(c->outcome, outcome);
        QCOMPARE(c->attempts, 1);
        QCOMPARE(c->doneOn, QDate(2026, 11, 23));
        QVERIFY(!CallbackService::outcomeName(outcome).isEmpty());
        QCOMPARE(lastEvent(hall.db(), QStringLiteral("callback.recorded"))
                     .value(QLatin1String("outcome"))
                     .toString(),
                 outcome);
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("reached");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("notesLength");
        QTest::addColumn<QString>("which"); // open, done, unknown
        QTest::addColumn<QString>("code");
        QTest::newRow("reached without an outcome")
            << true << QString() << 0 << QStringLiteral("open")
            << QStringLiteral("callback.outcome_required");
        QTest::newRow("reached, but unreachable")
            << true << QStringLiteral("unreachable") << 0 << QStringLiteral("open")
            << QStringLiteral("callback.outcome_required");
        QTest::newRow("notes too long") << false << QString() << 501 << QStringLiteral("open")
                                        << QStringLiteral("callback.notes_too_long");
        QTest::newRow("already done")
            << true << QStringLiteral("resolved") << 0 << QStringLiteral("done")
            << QStringLiteral("callback.closed");
        QTest::newRow("unknown") << false << QString() << 0 << QStringLiteral("unknown")
                                 << QStringLiteral("callback.not_found");
    }
    void refusals()
    {
        QFETCH(bool, reached);
        QFETCH(QString, outcome);
        QFETCH(int, notesLength);
        QFETCH(QString, which);
        QFETCH(QString, code);
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        QString id = openOne(hall.db());
        CallbackService callbacks(hall.db());
        const Session me = QueueFixture::clerk(QStringLiteral("1001"));
        if (which == QLatin1String("done"))
            QVERIFY(callbacks.record(me, id, {true, QStringLiteral("explained"), {}}).ok());
        if (which == QLatin1String("unknown"))
            id = QStringLiteral("00000000-0000-0000-0000-000000000000");
        const qint64 events = hall.test().eventCount();
        const qint64 attempts =
            hall.test().scalar(QStringLiteral("SELECT sum(attempts) FROM callback"));
        const Result<Callback> c =
            callbacks.record(me, id, {reached, outcome, QString(notesLength, QLatin1Char('x'))});
        QCOMPARE(c.error().code(), code);
        QCOMPARE(hall.test().eventCount(), events);
        QCOMPARE(hall.test().scalar(QStringLiteral("SELECT sum(attempts) FROM callback")),
                 attempts);
    }
};

QTEST_GUILESS_MAIN(tst_CallbackService)
#include "tst_callbackservice.moc"
