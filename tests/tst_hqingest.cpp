// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk-hq's rules for POST /api/v1/events and friends (DESIGN.md, HQ API v1), on
// SQLite and, when HALLDESK_TEST_POSTGRES names a server, on PostgreSQL too.
#include "hq/casedecisions.h"
#include "hq/enrollment.h"
#include "hq/hqdatabase.h"
#include "hq/hqreport.h"
#include "hq/hqserver.h"
#include "hq/masterstore.h"
#include "sync/protocol.h"
#include "testpostgres.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace {
// A device's chain of events, built the way the terminal builds it.
QList<Event> makeChain(int count, const QString &prevHash = Event::genesisHash(),
                       qint64 firstSeq = 1)
{
    QList<Event> events;
    QString prev = prevHash;
    for (int i = 0; i < count; ++i) {
        Event e;
        e.seq = firstSeq + i;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.type = (i % 2) ? QStringLiteral("payment.taken") : QStringLiteral("case.registered");
        e.at = QStringLiteral("2026-11-23T02:%1:00.000Z").arg(i % 60, 2, 10, QLatin1Char('0'));
        e.staff = QStringLiteral("1001");
        e.data = (i % 2) ? Event::canonicalData(
                               {{QStringLiteral("receipt_no"), QStringLiteral("R%1").arg(e.seq)},
                                {QStringLiteral("amount_fen"), 1000},
                                {QStringLiteral("method"), QStringLiteral("cash")}})
                         : Event::canonicalData(
                               {{QStringLiteral("case_no"), QStringLiteral("C%1").arg(e.seq)},
                                {QStringLiteral("item_code"), QStringLiteral("MZ001")}});
        e.prev = prev;
        e.hash = e.expectedHash();
        prev = e.hash;
        events.append(e);
    }
    return events;
}

// A chain of the given (type, data) events, continuing after prevHash.
QList<Event> chainOf(const QList<std::pair<QString, QJsonObject>> &content,
                     const QString &prevHash = Event::genesisHash(), qint64 firstSeq = 1)
{
    QList<Event> events;
    QString prev = prevHash;
    for (const auto &[type, data] : content) {
        Event e;
        e.seq = firstSeq + events.size();
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.type = type;
        e.at = QStringLiteral("2026-11-23T03:00:00.000Z");
        e.staff = QStringLiteral("1001");
        e.data = Event::canonicalData(data);
        e.prev = prev;
        e.hash = e.expectedHash();
        prev = e.hash;
        events.append(e);
    }
    return events;
}

// The events logged when their step happened (issued_at, called_at, finished_at).
QList<Event> stampedAtTheirMoment(QList<Event> events)
{
    QString prev = events.first().prev;
    for (Event &e : events) {
        const QJsonObject data = e.dataObject();
        for (const char *field : {"issued_at", "called_at", "finished_at"}) {
            if (data.contains(QLatin1String(field)))
                e.at = data.value(QLatin1String(field)).toString();
        }
        e.prev = prev;
        e.hash = e.expectedHash();
        prev = e.hash;
    }
    return events;
}

QByteArray batchBody(const QString &deviceId, const QList<Event> &events)
{
    Protocol::EventBatch batch;
    batch.deviceId = deviceId;
    batch.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.events = events;
    return QJsonDocument(batch.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_HqIngest : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QFETCH_GLOBAL(QString, store);
        m_dir.reset(new QTemporaryDir);
        QString spec;
        if (store == QLatin1String("sqlite")) {
            spec = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("hq.db"));
        } else {
            spec = freshPostgresDatabase(QStringLiteral("hq_test_"));
            if (spec.isEmpty())
                QSKIP("HALLDESK_TEST_POSTGRES is not set: PostgreSQL runs only under "
                      "scripts/test.sh");
        }
        auto db = HqDatabase::open(spec);
        QVERIFY2(db.ok(), qPrintable(db.error().english()));
        m_db = db.take();
        m_server.reset(new HqServer(*m_db));
        m_device = enroll(QStringLiteral("TZ01"));
        m_other = enroll(QStringLiteral("TZ02"));
    }
    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }
    void initTestCase_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void healthNeedsNoToken()
    {
        const HqAnswer a = call("GET", Protocol::HealthPath);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    }

    void enrolmentCodeWorksOnce()
    {
        const QString code = Enrollment::createCode(*m_db, QStringLiteral("TZ03"),
                                                    QStringLiteral("河口村便民服务室"))
                                 .value();
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("code"), code.toLower()},
                                      {QStringLiteral("device_name"), QStringLiteral("窗口1")}})
                .toJson();
        // A JSON body that does not say so is refused, and the code stays unused.
        QCOMPARE(call("POST", Protocol::EnrollPath, body, {}, {}, "text/plain").status, 415);
        HqAnswer a = call("POST", Protocol::EnrollPath, body);
        QCOMPARE(a.status, 201);
        QCOMPARE(a.body.value(QLatin1String("branch"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("河口村便民服务室"));
        QVERIFY(!a.body.value(QLatin1String("token")).toString().isEmpty());
        QCOMPARE(call("POST", Protocol::EnrollPath, body).status, 403);
        QCOMPARE(call("POST", Protocol::EnrollPath,
                      QByteArray("{\"code\":\"NOPE-NOPE-NOPE\",\"device_name\":\"x\"}"))
                     .status,
                 403);
        QCOMPARE(call("POST", Protocol::EnrollPath, QByteArray("{\"code\":1}")).status, 400);
    }

    void batchIsStoredAndHeadMatches()
    {
        const QList<Event> chain = makeChain(50);
        HqAnswer a = post(m_device, chain);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QLatin1String("acked_through")).toInteger(), 50);
        QCOMPARE(a.body.value(QLatin1String("accepted")).toInteger(), 50);
        QCOMPARE(a.body.value(QLatin1String("duplicates")).toInteger(), 0);
        const HqAnswer head = call("GET", Protocol::EventsHeadPath, {}, m_device.token);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.body.value(QLatin1String("acked_through")).toInteger(), 50);
        QCOMPARE(head.body.value(QLatin1String("hash")).toString(), chain.last().hash);
        QCOMPARE(head.body.value(QLatin1String("device_id")).toString(), m_device.id);
        QCOMPARE(storedEvents(), 50);
        // Projections were kept in the same transaction.
        QCOMPARE(metric(QStringLiteral("TZ01"), QStringLiteral("2026-11-23"),
                        QStringLiteral("cases.registered")),
                 25);
        QCOMPARE(metric(QStringLiteral("TZ01"), QStringLiteral("2026-11-23"),
                        QStringLiteral("payments.fen")),
                 25000);
    }

    void caseIndexFollowsTheLatestStatusAcrossBatches()
    {
        const auto caseEvent = [](const QString &caseNo, const QString &item = {}) {
            QJsonObject data{{QStringLiteral("case_no"), caseNo}};
            if (!item.isEmpty())
                data.insert(QStringLiteral("item_code"), item);
            return data;
        };
        const QList<Event> first =
            chainOf({{QStringLiteral("case.registered"),
                      caseEvent(QStringLiteral("C1"), QStringLiteral("MZ001"))},
                     {QStringLiteral("case.accepted"), caseEvent(QStringLiteral("C1"))}});
        QCOMPARE(post(m_device, first).status, 200);
        QJsonObject completed = caseEvent(QStringLiteral("C1"));
        completed.insert(QStringLiteral("on_time"), true);
        const QList<Event> second =
            chainOf({{QStringLiteral("case.completed"), completed},
                     {QStringLiteral("case.registered"),
                      caseEvent(QStringLiteral("C2"), QStringLiteral("LD002"))},
                     {QStringLiteral("case.refused"), caseEvent(QStringLiteral("C2"))}},
                    first.last().hash, 3);
        QCOMPARE(post(m_device, second).status, 200);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT case_no, item_code, status FROM hq_case ORDER BY case_no")));
        QStringList rows;
        while (q.next())
            rows.append(
                QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}
                    .join(QLatin1Char(' ')));
        QCOMPARE(rows, (QStringList{QStringLiteral("C1 MZ001 completed"),
                                    QStringLiteral("C2 LD002 refused")}));
        const QString day = QStringLiteral("2026-11-23");
        QCOMPARE(metric(QStringLiteral("TZ01"), day, QStringLiteral("cases.registered")), 2);
        QCOMPARE(metric(QStringLiteral("TZ01"), day, QStringLiteral("cases.completed_on_time")), 1);
        QCOMPARE(metric(QStringLiteral("TZ01"), day, QStringLiteral("cases.refused")), 1);
    }

    // The branches' daily figures at HQ, with what one batch needs from an earlier one (a
    // ticket issued before it is called, a case registered before it is completed).
    void dailyReportFiguresAcrossBatches()
    {
        const auto at = [](const char *hhmm) {
            return QStringLiteral("2026-11-23T%1:00.000Z").arg(QLatin1String(hhmm));
        };
        const auto caseData = [](const QString &no, const QJsonObject &more = {}) {
            QJsonObject d = more;
            d.insert(QStringLiteral("case_no"), no);
            return d;
        };
        QList<std::pair<QString, QJsonObject>> first = {
            {QStringLiteral("ticket.issued"),
             {{QStringLiteral("ticket_no"), QStringLiteral("A001")},
              {QStringLiteral("category"), QStringLiteral("A")},
              {QStringLiteral("priority"), false},
              {QStringLiteral("issued_at"), at("01:00")}}},
            {QStringLiteral("ticket.issued"),
             {{QStringLiteral("ticket_no"), QStringLiteral("A002")},
              {QStringLiteral("issued_at"), at("01:02")}}},
            {QStringLiteral("case.registered"),
             caseData(QStringLiteral("C1"),
                      {{QStringLiteral("item_code"), QStringLiteral("MZ001")}})},
            {QStringLiteral("case.registered"),
             caseData(QStringLiteral("C2"),
                      {{QStringLiteral("item_code"), QStringLiteral("TS001")},
                       {QStringLiteral("kind"), QStringLiteral("complaint")}})},
        };
        const QList<Event> one = chainOf(first);
        QCOMPARE(post(m_device, one).status, 200);
        const QJsonArray items{QJsonObject{{QStringLiteral("fee_code"), QStringLiteral("GB01")},
                                           {QStringLiteral("qty"), 1},
                                           {QStringLiteral("amount_fen"), 500}},
                               QJsonObject{{QStringLiteral("fee_code"), QStringLiteral("GB02")},
                                           {QStringLiteral("qty"), 2},
                                           {QStringLiteral("amount_fen"), 2000}}};
        QList<std::pair<QString, QJsonObject>> second = {
            // A001 waited 4 minutes (band 3-6), A002 16 (15+); A001 was served for 9, since
            // its last call (the branch's rule: a later call starts the service anew).
            {QStringLiteral("ticket.called"),
             {{QStringLiteral("ticket_no"), QStringLiteral("A001")},
              {QStringLiteral("called_at"), at("01:04")}}},
            {QStringLiteral("ticket.called"), // a recall does not wait again
             {{QStringLiteral("ticket_no"), QStringLiteral("A001")},
              {QStringLiteral("called_at"), at("01:05")}}},
            {QStringLiteral("ticket.finished"),
             {{QStringLiteral("ticket_no"), QStringLiteral("A001")},
              {QStringLiteral("outcome"), QStringLiteral("served")},
              {QStringLiteral("finished_at"), at("01:14")}}},
            {QStringLiteral("ticket.called"),
             {{QStringLiteral("ticket_no"), QStringLiteral("A002")},
              {QStringLiteral("called_at"), at("01:18")}}},
            {QStringLiteral("ticket.finished"),
             {{QStringLiteral("ticket_no"), QStringLiteral("A002")},
              {QStringLiteral("outcome"), QStringLiteral("no_show")}}},
            {QStringLiteral("case.accepted"),
             caseData(QStringLiteral("C1"),
                      {{QStringLiteral("mode"), QStringLiteral("immediate")}})},
            {QStringLiteral("case.completed"),
             caseData(QStringLiteral("C1"), {{QStringLiteral("on_time"), true}})},
            {QStringLiteral("payment.taken"),
             {{QStringLiteral("receipt_no"), QStringLiteral("R1")},
              {QStringLiteral("amount_fen"), 2500},
              {QStringLiteral("method"), QStringLiteral("cash")},
              {QStringLiteral("items"), items}}},
            {QStringLiteral("payment.refunded"),
             {{QStringLiteral("receipt_no"), QStringLiteral("R1")},
              {QStringLiteral("amount_fen"), 500}}},
            {QStringLiteral("shift.closed"), {{QStringLiteral("variance_fen"), -100}}},
            {QStringLiteral("ticket.rated"),
             {{QStringLiteral("ticket_no"), QStringLiteral("A001")}, {QStringLiteral("score"), 5}}},
            {QStringLiteral("case.rated"),
             caseData(QStringLiteral("C1"), {{QStringLiteral("score"), 2}})},
        };
        QCOMPARE(post(m_device, chainOf(second, one.last().hash, one.size() + 1)).status, 200);

        const QMap<QString, qint64> f =
            HqReport::figures(*m_db, QDate(2026, 11, 23), QStringLiteral("TZ01"));
        const QMap<QString, qint64> expected = {
            {QStringLiteral("tickets.issued"), 2},
            {QStringLiteral("tickets.waited"), 2},
            {QStringLiteral("tickets.wait_s"), (4 + 16) * 60},
            {QStringLiteral("tickets.wait_band.3-6"), 1},
            {QStringLiteral("tickets.wait_band.15+"), 1},
            {QStringLiteral("tickets.served"), 1},
            {QStringLiteral("tickets.no_show"), 1},
            {QStringLiteral("tickets.service_count"), 1},
            {QStringLiteral("tickets.service_s"), 9 * 60},
            {QStringLiteral("cases.registered"), 2},
            {QStringLiteral("cases.registered.item.MZ001"), 1},
            {QStringLiteral("cases.registered.item.TS001"), 1},
            {QStringLiteral("cases.registered.kind.complaint"), 1},
            {QStringLiteral("cases.accepted"), 1},
            {QStringLiteral("cases.accepted.mode.immediate"), 1},
            {QStringLiteral("cases.accepted.item.MZ001"), 1},
            {QStringLiteral("cases.completed"), 1},
            {QStringLiteral("cases.completed_on_time"), 1},
            {QStringLiteral("cases.completed.item.MZ001"), 1},
            {QStringLiteral("payments.count"), 1},
            {QStringLiteral("payments.fen"), 2500},
            {QStringLiteral("payments.fen.cash"), 2500},
            {QStringLiteral("payments.fen.fee.GB01"), 500},
            {QStringLiteral("payments.fen.fee.GB02"), 2000},
            {QStringLiteral("payments.fen.clerk.1001"), 2500},
            {QStringLiteral("payments.count.clerk.1001"), 1},
            {QStringLiteral("payments.refunded"), 1},
            {QStringLiteral("payments.refunded_fen"), 500},
            {QStringLiteral("shifts.closed"), 1},
            {QStringLiteral("shifts.variance_fen"), -100},
            {QStringLiteral("ratings.5"), 1},
            {QStringLiteral("ratings.2"), 1},
        };
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(f.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1 = %2, expected %3")
                                    .arg(it.key())
                                    .arg(f.value(it.key()))
                                    .arg(it.value())));
        QCOMPARE(f.size(), expected.size()); // nothing counted that should not be

        const QString text = HqReport::daily(*m_db, QDate(2026, 11, 23), QString());
        QVERIFY2(text.contains(QStringLiteral("completed 1 (on time 1, 100.0%)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("average wait 10.0 min, average service 9.0 min")));
        QVERIFY(text.contains(QStringLiteral("complaints 1")));
        QVERIFY(text.contains(QStringLiteral("Branches: TZ01")));
        QVERIFY(HqReport::daily(*m_db, QDate(2026, 11, 24), QString())
                    .contains(QStringLiteral("No events for this day")));
    }

    // Ticket numbers restart every business day: A001 issued at 23:58 and A001 issued at
    // 00:01 (branch time, UTC+8) are two tickets, keyed by the day their events carry.
    // Yesterday's, called at 00:03, waited 5 minutes (not 2 since today's issue); today's,
    // called at 00:08, waited 7. Issues and calls arrive in different batches.
    void ticketsSharingANumberAcrossMidnight()
    {
        const auto step = [](const char *day, const char *field, const char *utc,
                             QJsonObject more = {}) {
            more.insert(QStringLiteral("ticket_no"), QStringLiteral("A001"));
            more.insert(QStringLiteral("business_day"), QLatin1String(day));
            more.insert(QLatin1String(field),
                        QStringLiteral("2026-11-22T%1:00.000Z").arg(QLatin1String(utc)));
            return more;
        };
        const QJsonObject served{{QStringLiteral("outcome"), QStringLiteral("served")}};
        const QList<Event> issues = stampedAtTheirMoment(
            chainOf({{QStringLiteral("ticket.issued"), step("2026-11-22", "issued_at", "15:58")},
                     {QStringLiteral("ticket.issued"), step("2026-11-23", "issued_at", "16:01")}}));
        QCOMPARE(post(m_device, issues).status, 200);
        const QList<Event> calls = stampedAtTheirMoment(
            chainOf({{QStringLiteral("ticket.called"), step("2026-11-22", "called_at", "16:03")},
                     {QStringLiteral("ticket.called"), step("2026-11-23", "called_at", "16:08")},
                     {QStringLiteral("ticket.finished"),
                      step("2026-11-23", "finished_at", "16:10", served)},
                     {QStringLiteral("ticket.finished"),
                      step("2026-11-22", "finished_at", "16:13", served)}},
                    issues.last().hash, 3));
        QCOMPARE(post(m_device, calls).status, 200);

        const QString branch = QStringLiteral("TZ01");
        const QString yesterday = QStringLiteral("2026-11-22");
        const QString today = QStringLiteral("2026-11-23");
        QCOMPARE(metric(branch, yesterday, QStringLiteral("tickets.issued")), 1);
        QCOMPARE(metric(branch, today, QStringLiteral("tickets.issued")), 1);
        QCOMPARE(metric(branch, today, QStringLiteral("tickets.waited")), 2);
        QCOMPARE(metric(branch, today, QStringLiteral("tickets.wait_s")), (5 + 7) * 60);
        QCOMPARE(metric(branch, today, QStringLiteral("tickets.wait_band.3-6")), 1);
        QCOMPARE(metric(branch, today, QStringLiteral("tickets.wait_band.6-9")), 1);
        QCOMPARE(metric(branch, today, QStringLiteral("tickets.service_count")), 2);
        QCOMPARE(metric(branch, today, QStringLiteral("tickets.service_s")), (2 + 10) * 60);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM hq_ticket")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void retriedBatchIsCountedAsDuplicates()
    {
        const QList<Event> chain = makeChain(30);
        QCOMPARE(post(m_device, chain.mid(0, 20)).status, 200);
        const HqAnswer a = post(m_device, chain.mid(10, 20)); // 10 known + 10 new
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QLatin1String("duplicates")).toInteger(), 10);
        QCOMPARE(a.body.value(QLatin1String("accepted")).toInteger(), 10);
        QCOMPARE(a.body.value(QLatin1String("acked_through")).toInteger(), 30);
        const HqAnswer again = post(m_device, chain);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(QLatin1String("duplicates")).toInteger(), 30);
        QCOMPARE(storedEvents(), 30);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("gap") << QStringLiteral("gap") << 409 << QStringLiteral("gap");
        QTest::newRow("seq conflict")
            << QStringLiteral("conflict") << 409 << QStringLiteral("seq_conflict");
        QTest::newRow("seq conflict, hash not matching")
            << QStringLiteral("conflict-stale-hash") << 409 << QStringLiteral("seq_conflict");
        QTest::newRow("altered event")
            << QStringLiteral("altered") << 422 << QStringLiteral("chain_broken");
        QTest::newRow("wrong prev")
            << QStringLiteral("prev") << 422 << QStringLiteral("chain_broken");
        QTest::newRow("reordered")
            << QStringLiteral("reordered") << 400 << QStringLiteral("bad_request");
        QTest::newRow("malformed")
            << QStringLiteral("malformed") << 400 << QStringLiteral("bad_request");
        QTest::newRow("missing field")
            << QStringLiteral("missing") << 400 << QStringLiteral("bad_request");
        QTest::newRow("no token") << QStringLiteral("notoken") << 401
                                  << QStringLiteral("unauthorized");
        QTest::newRow("unknown token")
            << QStringLiteral("badtoken") << 401 << QStringLiteral("unauthorized");
        QTest::newRow("other device")
            << QStringLiteral("otherdevice") << 403 << QStringLiteral("forbidden");
        QTest::newRow("too many events")
            << QStringLiteral("toomany") << 413 << QStringLiteral("too_large");
        QTest::newRow("too big") << QStringLiteral("toobig") << 413 << QStringLiteral("too_large");
        QTest::newRow("not JSON") << QStringLiteral("notjson") << 415
                                  << QStringLiteral("unsupported_media_type");
        QTest::newRow("no content type")
            << QStringLiteral("nocontenttype") << 415 << QStringLiteral("unsupported_media_type");
        QTest::newRow("replayed to other device")
            << QStringLiteral("replay") << 409 << QStringLiteral("seq_conflict");
    }
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QList<Event> chain = makeChain(20);
        QCOMPARE(post(m_device, chain.mid(0, 10)).status, 200);
        const qint64 before = storedEvents();
        const qint64 metricBefore = metric(QStringLiteral("TZ01"), QStringLiteral("2026-11-23"),
                                           QStringLiteral("cases.registered"));
        QList<Event> rest = chain.mid(10);
        QByteArray body;
        QByteArray token = m_device.token;
        QByteArray contentType = "application/json; charset=utf-8";
        if (kind == QLatin1String("notjson"))
            contentType = "application/x-www-form-urlencoded";
        if (kind == QLatin1String("nocontenttype"))
            contentType.clear();
        if (kind == QLatin1String("gap")) {
            rest = chain.mid(12);
        } else if (kind == QLatin1String("conflict")) {
            rest = chain.mid(5);
            // A different, self-consistent event under a seq HQ already holds.
            rest[0].id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            rest[0].hash = rest[0].expectedHash();
        } else if (kind == QLatin1String("conflict-stale-hash")) {
            // A stored seq sent again with another id is a conflict before any hash is
            // checked, even when its hash no longer matches its content.
            rest = chain.mid(5);
            rest[0].id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        } else if (kind == QLatin1String("altered")) {
            rest[3].data =
                Event::canonicalData({{QStringLiteral("case_no"), QStringLiteral("forged")}});
        } else if (kind == QLatin1String("prev")) {
            rest = makeChain(10, QString(64, QLatin1Char('f')), 11);
        } else if (kind == QLatin1String("reordered")) {
            rest.swapItemsAt(2, 3);
        } else if (kind == QLatin1String("malformed")) {
            body = "{\"device_id\": \"x\", \"events\": [";
        } else if (kind == QLatin1String("missing")) {
            QJsonObject b = QJsonDocument::fromJson(batchBody(m_device.id, rest)).object();
            QJsonArray events = b.value(QLatin1String("events")).toArray();
            QJsonObject e = events[0].toObject();
            e.remove(QStringLiteral("hash"));
            events[0] = e;
            b.insert(QStringLiteral("events"), events);
            body = QJsonDocument(b).toJson();
        } else if (kind == QLatin1String("notoken")) {
            token.clear();
        } else if (kind == QLatin1String("badtoken")) {
            token = "not-a-token";
        } else if (kind == QLatin1String("otherdevice")) {
            token = m_other.token;
        } else if (kind == QLatin1String("toomany")) {
            rest = makeChain(1001, chain[9].hash, 11);
        } else if (kind == QLatin1String("toobig")) {
            body = QByteArray(Protocol::MaxBodyBytes + 1, ' ');
        } else if (kind == QLatin1String("replay")) {
            // The device's own events sent again as if they were another device's.
            QCOMPARE(post(m_other, chain.mid(0, 1)).status, 409);
            return;
        }
        if (body.isEmpty())
            body = batchBody(m_device.id, rest);
        const HqAnswer a = call("POST", Protocol::EventsPath, body, token, {}, contentType);
        QCOMPARE(a.status, status);
        QCOMPARE(a.body.value(QLatin1String("error")).toString(), error);
        if (kind == QLatin1String("gap"))
            QCOMPARE(a.body.value(QLatin1String("expected")).toInteger(), 11);
        if (kind.startsWith(QLatin1String("conflict")))
            QCOMPARE(a.body.value(QLatin1String("seq")).toInteger(), 6);
        if (kind == QLatin1String("altered"))
            QCOMPARE(a.body.value(QLatin1String("seq")).toInteger(), 14);
        if (kind == QLatin1String("prev"))
            QCOMPARE(a.body.value(QLatin1String("seq")).toInteger(), 11);
        if (kind == QLatin1String("malformed") || kind == QLatin1String("missing"))
            QVERIFY(!a.body.value(QLatin1String("detail")).toString().isEmpty());
        // HQ is unchanged by any refusal: no event, no projection.
        QCOMPARE(storedEvents(), before);
        QCOMPARE(metric(QStringLiteral("TZ01"), QStringLiteral("2026-11-23"),
                        QStringLiteral("cases.registered")),
                 metricBefore);
        QCOMPARE(call("GET", Protocol::EventsHeadPath, {}, m_device.token)
                     .body.value(QLatin1String("hash"))
                     .toString(),
                 chain[9].hash);
    }

    void masterDataIsServedToBranchesBehind()
    {
        QCOMPARE(call("GET", Protocol::MasterPath, {}, m_device.token, QStringLiteral("since=0"))
                     .body.value(QLatin1String("version"))
                     .toInteger(),
                 0);
        const QJsonObject master{
            {QStringLiteral("version"), 3},
            {QStringLiteral("catalogue"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("MZ001")}}}},
            {QStringLiteral("windows"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("W01")},
                                    {QStringLiteral("branch"), QStringLiteral("TZ01")}},
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("W09")},
                                    {QStringLiteral("branch"), QStringLiteral("TZ02")}}}}};
        // A form whose number range is wrong is refused here as at the branch (one check).
        QJsonObject bad = master;
        bad.insert(QStringLiteral("catalogue"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("code"), QStringLiteral("MZ001")},
                       {QStringLiteral("fields"),
                        QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("amount")},
                                               {QStringLiteral("type"), QStringLiteral("number")},
                                               {QStringLiteral("min"), 10},
                                               {QStringLiteral("max"), 1}}}}}});
        QCOMPARE(MasterStore::import(*m_db, bad).error().code(),
                 QStringLiteral("master.bad_range"));
        QVERIFY(MasterStore::import(*m_db, master).ok());
        QCOMPARE(MasterStore::import(*m_db, master).error().code(), QStringLiteral("master.stale"));
        HqAnswer a =
            call("GET", Protocol::MasterPath, {}, m_device.token, QStringLiteral("since=1"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QLatin1String("version")).toInteger(), 3);
        QVERIFY(a.body.value(QLatin1String("full")).toBool());
        QCOMPARE(a.body.value(QLatin1String("catalogue")).toArray().size(), 1);
        QCOMPARE(a.body.value(QLatin1String("windows")).toArray().size(),
                 1); // only its own branch's
        QCOMPARE(a.body.value(QLatin1String("branch"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("TZ01"));
        a = call("GET", Protocol::MasterPath, {}, m_device.token, QStringLiteral("since=3"));
        QVERIFY(!a.body.value(QLatin1String("full")).toBool());
        QCOMPARE(a.body.value(QLatin1String("catalogue")).toArray().size(), 0);
        QCOMPARE(
            call("GET", Protocol::MasterPath, {}, m_device.token, QStringLiteral("since=x")).status,
            400);
    }

    void decisionsGoBackToTheCasesBranch()
    {
        QCOMPARE(post(m_device, makeChain(3)).status, 200); // registers C1 and C3 at TZ01
        QCOMPARE(CaseDecisions::decide(*m_db, QStringLiteral("C404"), QStringLiteral("approved"),
                                       QString())
                     .error()
                     .code(),
                 QStringLiteral("decision.unknown_case"));
        QCOMPARE(
            CaseDecisions::decide(*m_db, QStringLiteral("C1"), QStringLiteral("maybe"), QString())
                .error()
                .code(),
            QStringLiteral("decision.bad_status"));
        QVERIFY(CaseDecisions::decide(*m_db, QStringLiteral("C1"), QStringLiteral("approved"),
                                      QStringLiteral("县民政局已批准"))
                    .ok());
        QVERIFY(CaseDecisions::decide(*m_db, QStringLiteral("C3"), QStringLiteral("returned"),
                                      QStringLiteral("补充收入证明"))
                    .ok());
        HqAnswer a =
            call("GET", Protocol::CaseUpdatesPath, {}, m_device.token, QStringLiteral("since=0"));
        QCOMPARE(a.status, 200);
        const QJsonArray updates = a.body.value(QLatin1String("updates")).toArray();
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates[0].toObject().value(QLatin1String("note")).toString(),
                 QStringLiteral("县民政局已批准"));
        const qint64 cursor = a.body.value(QLatin1String("cursor")).toInteger();
        a = call("GET", Protocol::CaseUpdatesPath, {}, m_device.token,
                 QStringLiteral("since=%1").arg(cursor));
        QCOMPARE(a.body.value(QLatin1String("updates")).toArray().size(), 0);
        QCOMPARE(a.body.value(QLatin1String("cursor")).toInteger(), cursor);
        // Another branch sees none of them.
        a = call("GET", Protocol::CaseUpdatesPath, {}, m_other.token, QStringLiteral("since=0"));
        QCOMPARE(a.body.value(QLatin1String("updates")).toArray().size(), 0);
    }

    void wrongMethodAndUnknownPath()
    {
        QCOMPARE(call("GET", Protocol::EventsPath, {}, m_device.token).status, 405);
        QCOMPARE(call("POST", Protocol::HealthPath).status, 405);
        QCOMPARE(call("GET", "/api/v1/nothing").status, 404);
    }

private:
    struct Device
    {
        QString id;
        QByteArray token;
    };

    Device enroll(const QString &branch)
    {
        const QString code = Enrollment::createCode(*m_db, branch, QString()).value();
        const auto enrolled = Enrollment::enroll(*m_db, code, QStringLiteral("test"));
        return {enrolled->deviceId, enrolled->token.toLatin1()};
    }

    HqAnswer call(const char *method, const char *path, const QByteArray &body = {},
                  const QByteArray &token = {}, const QString &query = {},
                  const QByteArray &contentType = "application/json")
    {
        return m_server->handle(
            QString::fromLatin1(method), QString::fromLatin1(path), QUrlQuery(query),
            token.isEmpty() ? QByteArray() : "Bearer " + token, contentType, body);
    }

    HqAnswer post(const Device &device, const QList<Event> &events)
    {
        return call("POST", Protocol::EventsPath, batchBody(device.id, events), device.token);
    }

    qint64 storedEvents()
    {
        QSqlQuery q(m_db->connection());
        return (q.exec(QStringLiteral("SELECT count(*) FROM event")) && q.next())
                   ? q.value(0).toLongLong()
                   : -1;
    }

    qint64 metric(const QString &branch, const QString &day, const QString &name)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT value FROM branch_day WHERE branch_code = ? AND "
                                 "business_day = ? AND metric = ?"));
        q.addBindValue(branch);
        q.addBindValue(day);
        q.addBindValue(name);
        return (q.exec() && q.next()) ? q.value(0).toLongLong() : 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HqDatabase> m_db;
    std::unique_ptr<HqServer> m_server;
    Device m_device;
    Device m_other;
};

QTEST_GUILESS_MAIN(tst_HqIngest)
#include "tst_hqingest.moc"
