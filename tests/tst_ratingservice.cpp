// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RatingService: one rating per ticket and case, stored on both; a bad score opens a
// callback due within one working day.
#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/queue/callbackservice.h"
#include "core/queue/ratingservice.h"
#include "core/queue/ticketservice.h"
#include "queuefixture.h"

#include <QJsonArray>
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

const QString kWindow = QStringLiteral("W05");

// Serves ticket C001 at W05 with one accepted case.
bool serve(QueueFixture &hall, QString *caseNo)
{
    TicketService tickets(hall.db());
    CaseService cases(hall.db());
    const Session me = QueueFixture::clerk(QStringLiteral("1001"), kWindow);
    if (!tickets.issue(me, {QStringLiteral("C"), {}, {}, {}}) || !tickets.callNext(me, kWindow))
        return false;
    NewCase c;
    c.itemCode = QStringLiteral("T09");
    c.customerId = hall.customerId();
    const Result<QString> no = cases.registerCase(me, c);
    if (!no || !cases.accept(me, no.value()))
        return false;
    *caseNo = no.value();
    return tickets.finish(me, kWindow).ok();
}

} // namespace

class tst_RatingService : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Clock::reset(); }
    void scoreNames();
    void ratingATicketRatesItsCases_data();
    void ratingATicketRatesItsCases();
    void badScoreOpensACallback_data();
    void badScoreOpensACallback();
    void refusals_data();
    void refusals();
    void rateCase();
};

void tst_RatingService::scoreNames()
{
    QCOMPARE(RatingService::scoreName(5), QStringLiteral("Very satisfied"));
    QCOMPARE(RatingService::scoreName(1), QStringLiteral("Very dissatisfied"));
    QVERIFY(RatingService::scoreName(0).isEmpty());
}

void tst_RatingService::ratingATicketRatesItsCases_data()
{
    QTest::addColumn<int>("score");
    for (int score = 1; score <= 5; ++score)
        QTest::addRow("score %d", score) << score;
}

void tst_RatingService::ratingATicketRatesItsCases()
{
    QFETCH(int, score);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    QString caseNo;
    QVERIFY(serve(hall, &caseNo));
    RatingService ratings(hall.db());
    const qint64 before = hall.test().eventCount();
    const Result<Rating> r = ratings.rateTicket(
        QueueFixture::clerk(QStringLiteral("1001"), kWindow), QStringLiteral("C001"), score);
    QVERIFY2(r.ok(), qPrintable(r.error().english()));
    QCOMPARE(hall.test().eventCount(), before + 1);
    QCOMPARE(r->caseNos, QStringList{caseNo});
    QCOMPARE(TicketService(hall.db()).find(QStringLiteral("C001"))->score, score);
    QCOMPARE(hall.test().scalar(
                 QStringLiteral("SELECT score FROM service_case WHERE case_no = '%1'").arg(caseNo)),
             score);
    const QJsonObject e = lastEvent(hall.db(), QStringLiteral("ticket.rated"));
    QCOMPARE(e.value(QLatin1String("ticket_no")).toString(), QStringLiteral("C001"));
    QCOMPARE(e.value(QLatin1String("score")).toInt(), score);
    QCOMPARE(e.value(QLatin1String("case_nos")).toArray(), QJsonArray::fromStringList({caseNo}));
}

void tst_RatingService::badScoreOpensACallback_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("due"); // invalid: no callback
    const QDate monday(2026, 11, 23);
    const QDate friday(2026, 11, 27);
    QTest::newRow("5 none") << 5 << monday << QDate();
    QTest::newRow("4 none") << 4 << monday << QDate();
    QTest::newRow("3 none") << 3 << monday << QDate();
    QTest::newRow("2 next working day") << 2 << monday << monday.addDays(1);
    QTest::newRow("1 next working day") << 1 << monday << monday.addDays(1);
    QTest::newRow("1 on a Friday: Monday") << 1 << friday << QDate(2026, 11, 30);
}

void tst_RatingService::badScoreOpensACallback()
{
    QFETCH(int, score);
    QFETCH(QDate, today);
    QFETCH(QDate, due);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    Clock::setFixed(QDateTime(today, QTime(10, 0), Qt::LocalTime).toUTC());
    QString caseNo;
    QVERIFY(serve(hall, &caseNo));
    const Result<Rating> r = RatingService(hall.db()).rateTicket(
        QueueFixture::clerk(QStringLiteral("1001"), kWindow), QStringLiteral("C001"), score);
    QVERIFY2(r.ok(), qPrintable(r.error().english()));
    QCOMPARE(hall.test().scalar(QStringLiteral("SELECT count(*) FROM callback")),
             due.isValid() ? 1 : 0);
    QCOMPARE(r->callbackDue, due);
    if (!due.isValid()) {
        QVERIFY(r->callbackId.isEmpty());
        return;
    }
    const Result<Callback> c = CallbackService(hall.db()).find(r->callbackId);
    QVERIFY(c.ok());
    QCOMPARE(c->dueOn, due);
    QCOMPARE(c->status, QStringLiteral("open"));
    QCOMPARE(c->ticketNo, QStringLiteral("C001"));
    QCOMPARE(c->caseNo, caseNo);
    QCOMPARE(c->businessDay, today);
    QCOMPARE(c->reason, QStringLiteral("rating"));
    QCOMPARE(c->score, score);
    QCOMPARE(c->customerId, hall.customerId());
    QCOMPARE(c->contactPhone, hall.customerPhone());
    QCOMPARE(c->windowCode, kWindow);
    QCOMPARE(c->staffNo, QStringLiteral("1001"));
    QCOMPARE(lastEvent(hall.db(), QStringLiteral("ticket.rated"))
                 .value(QLatin1String("callback_id"))
                 .toString(),
             r->callbackId);
}

void tst_RatingService::refusals_data()
{
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("code");
    QTest::newRow("rating twice") << QStringLiteral("C001") << 4
                                  << QStringLiteral("rating.already_rated");
    QTest::newRow("score 0") << QStringLiteral("C002") << 0 << QStringLiteral("rating.bad_score");
    QTest::newRow("score 6") << QStringLiteral("C002") << 6 << QStringLiteral("rating.bad_score");
    QTest::newRow("not served yet")
        << QStringLiteral("C002") << 5 << QStringLiteral("rating.not_served");
    QTest::newRow("no such ticket")
        << QStringLiteral("C999") << 5 << QStringLiteral("queue.unknown_ticket");
    QTest::newRow("day closed") << QStringLiteral("C002") << 5 << QStringLiteral("day.closed");
}

void tst_RatingService::refusals()
{
    QFETCH(QString, ticket);
    QFETCH(int, score);
    QFETCH(QString, code);
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    QString caseNo;
    QVERIFY(serve(hall, &caseNo));
    const Session me = QueueFixture::clerk(QStringLiteral("1001"), kWindow);
    RatingService ratings(hall.db());
    QVERIFY(ratings.rateTicket(me, QStringLiteral("C001"), 2).ok());
    QVERIFY(TicketService(hall.db()).issue(me, {QStringLiteral("C"), {}, {}, {}}).ok());
    if (code == QLatin1String("day.closed")) {
        QSqlQuery q = hall.db().query();
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO business_day(day, closed_at, closed_by) "
                                  "VALUES ('2026-11-23', '2026-11-23T09:00:00.000Z', '2001')")));
    }
    const qint64 events = hall.test().eventCount();
    const QString scores = QStringLiteral("SELECT group_concat(coalesce(score, '-')) FROM ticket");
    const qint64 callbacks = hall.test().scalar(QStringLiteral("SELECT count(*) FROM callback"));
    QSqlQuery q = hall.db().query();
    QVERIFY(q.exec(scores) && q.next());
    const QString scoresBefore = q.value(0).toString();
    const Result<Rating> r = ratings.rateTicket(me, ticket, score);
    QCOMPARE(r.error().code(), code);
    QVERIFY(!r.error().english().isEmpty());
    QCOMPARE(hall.test().eventCount(), events);
    QCOMPARE(hall.test().scalar(QStringLiteral("SELECT count(*) FROM callback")), callbacks);
    QVERIFY(q.exec(scores) && q.next());
    QCOMPARE(q.value(0).toString(), scoresBefore);
    QCOMPARE(hall.test().scalar(
                 QStringLiteral("SELECT score FROM service_case WHERE case_no = '%1'").arg(caseNo)),
             2);
}

void tst_RatingService::rateCase()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    const Session me = QueueFixture::clerk(QStringLiteral("1001"), kWindow);
    NewCase c;
    c.itemCode = QStringLiteral("T09");
    c.customerId = hall.customerId();
    const Result<QString> caseNo = CaseService(hall.db()).registerCase(me, c);
    QVERIFY(caseNo.ok());
    RatingService ratings(hall.db());
    const Result<Rating> r = ratings.rateCase(me, caseNo.value(), 1);
    QVERIFY2(r.ok(), qPrintable(r.error().english()));
    QVERIFY(!r->callbackId.isEmpty());
    const QJsonObject e = lastEvent(hall.db(), QStringLiteral("case.rated"));
    QCOMPARE(e.value(QLatin1String("case_no")).toString(), caseNo.value());
    QCOMPARE(e.value(QLatin1String("score")).toInt(), 1);
    const Result<Callback> callback = CallbackService(hall.db()).find(r->callbackId);
    QCOMPARE(callback->caseNo, caseNo.value());
    QVERIFY(callback->ticketNo.isEmpty());
    QCOMPARE(callback->contactPhone, hall.customerPhone());
    const qint64 events = hall.test().eventCount();
    QCOMPARE(ratings.rateCase(me, caseNo.value(), 5).error().code(),
             QStringLiteral("rating.already_rated"));
    QCOMPARE(ratings.rateCase(me, QStringLiteral("CSTZ01-20261123-D1-9999"), 5).error().code(),
             QStringLiteral("case.not_found"));
    QCOMPARE(hall.test().eventCount(), events);
    // A ticket that handled the already rated case leaves its score alone.
    TicketService tickets(hall.db());
    QVERIFY(tickets.issue(me, {QStringLiteral("C"), {}, {}, {}}).ok());
    QVERIFY(tickets.callNext(me, kWindow).ok());
    QVERIFY(CaseService(hall.db()).accept(me, caseNo.value()).ok());
    QCOMPARE(tickets.finish(me, kWindow)->caseNos, QStringList{caseNo.value()});
    const Result<Rating> ticketRating = ratings.rateTicket(me, QStringLiteral("C001"), 5);
    QVERIFY(ticketRating.ok());
    QVERIFY(ticketRating->caseNos.isEmpty());
    QCOMPARE(hall.test().scalar(QStringLiteral("SELECT score FROM service_case WHERE case_no = "
                                               "'%1'")
                                    .arg(caseNo.value())),
             1);
}

QTEST_GUILESS_MAIN(tst_RatingService)
#include "tst_ratingservice.moc"
