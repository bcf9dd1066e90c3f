// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule of which event yields which report fact (core/reports/reportfacts): one row
// per event type, and the branch's facts of tickets that share a number across midnight.
#include "core/common/clock.h"
#include "core/reports/reportfacts.h"
#include "core/reports/reportfactwriter.h"
#include "core/storage/writetransaction.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

// Earlier state as a caller's store would answer it.
class FixedSource : public ReportFacts::Source
{
public:
    ReportFacts::CaseRecord caseRecord(const QString &caseNo) override
    {
        if (caseNo == QLatin1String("C1"))
            return {QStringLiteral("MZ001"), QStringLiteral("W03"), QStringLiteral("commitment")};
        if (caseNo == QLatin1String("C2"))
            return {QStringLiteral("LD002"), QStringLiteral("W05"), {}};
        return {};
    }
    QVariant plannedMode(const QString &itemCode) override
    {
        return itemCode == QLatin1String("LD002") ? QStringLiteral("immediate")
                                                  : QStringLiteral("commitment");
    }
    ReportFacts::TicketSoFar ticket(const QString &day, const QString &ticketNo) override
    {
        if (day != QLatin1String("2026-11-23"))
            return {};
        if (ticketNo == QLatin1String("A001"))
            return {QStringLiteral("2026-11-23T01:00:00.000Z"), false, {}, {}};
        if (ticketNo == QLatin1String("A002"))
            return {QStringLiteral("2026-11-23T01:00:00.000Z"), true,
                    QStringLiteral("2026-11-23T01:10:00.000Z"), QStringLiteral("1002")};
        return {};
    }
    QString localDay(const QString &stamp) const override
    {
        // A branch at UTC+8.
        return Clock::parseStamp(stamp).addSecs(8 * 3600).date().toString(Qt::ISODate);
    }
};

// A fact as "column=value" for its non-null columns, then its fee lines.
QString describe(const std::optional<ReportFacts::Fact> &f)
{
    if (!f)
        return QStringLiteral("none");
    const std::pair<const char *, QVariant> columns[] = {{"case_no", f->caseNo},
                                                         {"item_code", f->itemCode},
                                                         {"window_code", f->windowCode},
                                                         {"kind", f->kind},
                                                         {"mode", f->mode},
                                                         {"on_time", f->onTime},
                                                         {"receipt_no", f->receiptNo},
                                                         {"method", f->method},
                                                         {"amount_fen", f->amountFen},
                                                         {"ticket_no", f->ticketNo},
                                                         {"business_day", f->businessDay},
                                                         {"moment", f->moment},
                                                         {"caller", f->caller},
                                                         {"first_call", f->firstCall},
                                                         {"wait_ms", f->waitMs},
                                                         {"outcome", f->outcome},
                                                         {"service_ms", f->serviceMs},
                                                         {"server", f->server},
                                                         {"score", f->score},
                                                         {"reached", f->reached}};
    QStringList parts;
    for (const auto &[name, value] : columns) {
        if (!value.isNull())
            parts.append(QLatin1String(name) + QLatin1Char('=') + value.toString());
    }
    for (const ReportFacts::FeeLine &l : f->feeLines)
        parts.append(QStringLiteral("line%1=%2x%3:%4")
                         .arg(l.line)
                         .arg(l.feeCode.toString(), l.qty.toString(), l.amountFen.toString()));
    return parts.join(QLatin1Char(' '));
}

QString stamp(const char *hhmm)
{
    return QStringLiteral("2026-11-23T%1:00.000Z").arg(QLatin1String(hhmm));
}

} // namespace

class tst_ReportFacts : public QObject
{
    Q_OBJECT
private slots:
    void factOfEachEventType_data();
    void factOfEachEventType();
    void ticketsSharingANumberAcrossMidnightAreTwo();
    void refillGivesTheFactsTheWritePathWrote();
    void refillOfAGivenDatabase();
};

static void addCaseRows(const QString &clerk)
{
    QTest::newRow("case registered: its item, window and the item's planned mode")
        << "case.registered" << clerk
        << QByteArray(R"({"case_no":"C9","item_code":"MZ001","window":"W01","kind":"complaint"})")
        << "case_no=C9 item_code=MZ001 window_code=W01 kind=complaint mode=commitment";
    QTest::newRow("case accepted: the mode it names, the case row's item and window")
        << "case.accepted" << clerk << QByteArray(R"({"case_no":"C1","mode":"immediate"})")
        << "case_no=C1 item_code=MZ001 window_code=W03 mode=immediate";
    QTest::newRow("case completed: on time as 1")
        << "case.completed" << clerk << QByteArray(R"({"case_no":"C1","on_time":true})")
        << "case_no=C1 item_code=MZ001 window_code=W03 mode=commitment on_time=1";
    QTest::newRow("case refused: a case without mode takes its item's")
        << "case.refused" << clerk << QByteArray(R"({"case_no":"C2","reason":"x"})")
        << "case_no=C2 item_code=LD002 window_code=W05 mode=immediate";
    QTest::newRow("case forwarded")
        << "case.forwarded" << clerk << QByteArray(R"({"case_no":"C1","to":"HQ"})")
        << "case_no=C1 item_code=MZ001 window_code=W03 mode=commitment";
    QTest::newRow("other case step")
        << "case.extended" << clerk << QByteArray(R"({"case_no":"C1","days":5})")
        << "case_no=C1 item_code=MZ001 window_code=W03 mode=commitment";
    QTest::newRow("case rated") << "case.rated" << clerk
                                << QByteArray(R"({"case_no":"C1","score":4})")
                                << "case_no=C1 score=4";
}

static void addMoneyRows(const QString &clerk)
{
    QTest::newRow("payment taken, with its fee lines")
        << "payment.taken" << clerk
        << QByteArray(R"({"receipt_no":"R1","method":"cash","amount_fen":2500,"items":[)"
                      R"({"fee_code":"GB01","qty":1,"amount_fen":500},)"
                      R"({"fee_code":"GB02","qty":2,"amount_fen":2000}]})")
        << "receipt_no=R1 method=cash amount_fen=2500 line0=GB01x1:500 line1=GB02x2:2000";
    QTest::newRow("payment voided")
        << "payment.voided" << clerk << QByteArray(R"({"receipt_no":"R1","reason":"x"})")
        << "receipt_no=R1";
    QTest::newRow("payment refunded")
        << "payment.refunded" << clerk << QByteArray(R"({"receipt_no":"R1","amount_fen":500})")
        << "receipt_no=R1 amount_fen=500";
    QTest::newRow("shift closed: the variance")
        << "shift.closed" << clerk
        << QByteArray(R"({"shift_id":"S1","expected_cash_fen":100,"variance_fen":-100})")
        << "amount_fen=-100";
}

static void addTicketRows(const QString &clerk)
{
    QTest::newRow("ticket issued: the day it carries")
        << "ticket.issued" << clerk
        << QByteArray(R"({"ticket_no":"A003","business_day":"2026-11-23",)"
                      R"("issued_at":"2026-11-23T01:30:00.000Z"})")
        << "ticket_no=A003 business_day=2026-11-23 moment=2026-11-23T01:30:00.000Z";
    QTest::newRow("ticket issued without a day: the local date of its issue")
        << "ticket.issued" << clerk
        << QByteArray(R"({"ticket_no":"A001","issued_at":"2026-11-23T16:01:00.000Z"})")
        << "ticket_no=A001 business_day=2026-11-24 moment=2026-11-23T16:01:00.000Z";
    QTest::newRow("first call: waited since the issue")
        << "ticket.called" << clerk
        << QByteArray(R"({"ticket_no":"A001","business_day":"2026-11-23",)"
                      R"("called_at":"2026-11-23T01:04:00.000Z"})")
        << "ticket_no=A001 business_day=2026-11-23 moment=2026-11-23T01:04:00.000Z "
           "caller=1001 first_call=1 wait_ms=240000";
    QTest::newRow("a later call does not wait again; the clerk it names calls")
        << "ticket.called" << clerk
        << QByteArray(R"({"ticket_no":"A002","business_day":"2026-11-23","staff":"1003",)"
                      R"("called_at":"2026-11-23T01:12:00.000Z"})")
        << "ticket_no=A002 business_day=2026-11-23 moment=2026-11-23T01:12:00.000Z "
           "caller=1003 first_call=0";
    QTest::newRow("served: since the last call, by the clerk who ends it")
        << "ticket.finished" << clerk
        << QByteArray(R"({"ticket_no":"A002","business_day":"2026-11-23","outcome":"served",)"
                      R"("finished_at":"2026-11-23T01:20:00.000Z"})")
        << "ticket_no=A002 business_day=2026-11-23 moment=2026-11-23T01:20:00.000Z "
           "outcome=served service_ms=600000 server=1001";
    QTest::newRow("served, logged by the device: by the last caller")
        << "ticket.finished" << QString()
        << QByteArray(R"({"ticket_no":"A002","business_day":"2026-11-23","outcome":"served",)"
                      R"("finished_at":"2026-11-23T01:20:00.000Z"})")
        << "ticket_no=A002 business_day=2026-11-23 moment=2026-11-23T01:20:00.000Z "
           "outcome=served service_ms=600000 server=1002";
    QTest::newRow("no-show: no service time")
        << "ticket.finished" << clerk
        << QByteArray(R"({"ticket_no":"A001","business_day":"2026-11-23","outcome":"no_show"})")
        << "ticket_no=A001 business_day=2026-11-23 moment=2026-11-23T02:00:00.000Z "
           "outcome=no_show";
}

static void addOtherRows(const QString &clerk)
{
    QTest::newRow("ticket rated") << "ticket.rated" << clerk
                                  << QByteArray(R"({"ticket_no":"A001","score":5})")
                                  << "ticket_no=A001 score=5";
    QTest::newRow("callback recorded")
        << "callback.recorded" << clerk << QByteArray(R"({"case_no":"C1","reached":true})")
        << "case_no=C1 reached=1";
    QTest::newRow("recall: no fact")
        << "ticket.recalled" << clerk << QByteArray(R"({"ticket_no":"A001"})") << "none";
    QTest::newRow("customer registered: no fact")
        << "customer.registered" << clerk << QByteArray(R"({"customer_id":"X"})") << "none";
}

void tst_ReportFacts::factOfEachEventType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("staff");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fact");
    const QString clerk = QStringLiteral("1001");
    addCaseRows(clerk);
    addMoneyRows(clerk);
    addTicketRows(clerk);
    addOtherRows(clerk);
}

void tst_ReportFacts::factOfEachEventType()
{
    QFETCH(QString, type);
    QFETCH(QString, staff);
    QFETCH(QByteArray, data);
    QFETCH(QString, fact);
    Event e;
    e.seq = 7;
    e.type = type;
    e.at = stamp("02:00");
    e.staff = staff;
    e.data = data;
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    QVERIFY(!object.isEmpty());
    FixedSource source;
    const std::optional<ReportFacts::Fact> derived = ReportFacts::derive(e, object, source);
    QCOMPARE(describe(derived), fact);
    QCOMPARE(derived.has_value(), ReportFacts::counts(type));
    if (derived) {
        QCOMPARE(derived->type, type);
        QCOMPARE(derived->seq, 7);
        QCOMPARE(derived->at, e.at);
    }
}

namespace {

void appendAt(WriteTransaction &tx, const QDateTime &at, const QString &type,
              const QJsonObject &data)
{
    Clock::setFixed(at);
    QVERIFY(tx.append(type, QStringLiteral("1001"), data).ok());
}

QJsonObject ticketStep(const char *day, const char *field, const QDateTime &when,
                       QJsonObject more = {})
{
    more.insert(QStringLiteral("ticket_no"), QStringLiteral("A001"));
    more.insert(QStringLiteral("business_day"), QLatin1String(day));
    more.insert(QLatin1String(field), Clock::stamp(when));
    return more;
}

} // namespace

// A001 issued at 23:58 and A001 issued at 00:01 are two tickets: yesterday's, called at
// 00:03, waited 5 minutes (not 2 since today's issue); today's, called at 00:08, waited 7.
void tst_ReportFacts::ticketsSharingANumberAcrossMidnightAreTwo()
{
    TestDatabase t;
    QVERIFY2(t.open(), qPrintable(t.problem()));
    const QDateTime midnight(QDate(2026, 11, 23), QTime(0, 0), Qt::LocalTime);
    const auto at = [&](int minutes) { return midnight.addSecs(minutes * 60).toUTC(); };
    {
        WriteTransaction tx(t.db());
        appendAt(tx, at(-2), QStringLiteral("ticket.issued"),
                 ticketStep("2026-11-22", "issued_at", at(-2)));
        appendAt(tx, at(1), QStringLiteral("ticket.issued"),
                 ticketStep("2026-11-23", "issued_at", at(1)));
        appendAt(tx, at(3), QStringLiteral("ticket.called"),
                 ticketStep("2026-11-22", "called_at", at(3)));
        appendAt(tx, at(8), QStringLiteral("ticket.called"),
                 ticketStep("2026-11-23", "called_at", at(8)));
        const QJsonObject served{{QStringLiteral("outcome"), QStringLiteral("served")}};
        appendAt(tx, at(10), QStringLiteral("ticket.finished"),
                 ticketStep("2026-11-23", "finished_at", at(10), served));
        appendAt(tx, at(13), QStringLiteral("ticket.finished"),
                 ticketStep("2026-11-22", "finished_at", at(13), served));
        QVERIFY(tx.commit().ok());
    }
    Clock::reset();
    QSqlQuery q = t.db().query();
    QVERIFY(q.exec(QStringLiteral(
        "SELECT business_day, type, first_call, wait_ms, service_ms FROM report_fact "
        "WHERE type <> 'ticket.issued' ORDER BY seq")));
    QStringList rows;
    while (q.next())
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()}
                        .join(QLatin1Char(' ')));
    QCOMPARE(rows, (QStringList{QStringLiteral("2026-11-22 ticket.called 1 300000 "),
                                QStringLiteral("2026-11-23 ticket.called 1 420000 "),
                                QStringLiteral("2026-11-23 ticket.finished   120000"),
                                QStringLiteral("2026-11-22 ticket.finished   600000")}));
}

// Facts derived again from the log equal those the write path wrote as it went.
void tst_ReportFacts::refillGivesTheFactsTheWritePathWrote()
{
    TestDatabase t;
    QVERIFY2(t.open(), qPrintable(t.problem()));
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC));
    {
        WriteTransaction tx(t.db());
        for (const char *json :
             {R"({"ticket_no":"A001","business_day":"2026-11-23"})",
              R"({"ticket_no":"A001","business_day":"2026-11-23","staff":"1002"})",
              R"({"ticket_no":"A001","business_day":"2026-11-23","outcome":"served"})",
              R"({"receipt_no":"R1","method":"qr","amount_fen":900,"items":[{"fee_code":"F1",)"
              R"("qty":3,"amount_fen":900}]})"}) {
            Clock::advance(61500);
            const QJsonObject data = QJsonDocument::fromJson(json).object();
            const QString type =
                data.contains(QLatin1String("receipt_no")) ? QStringLiteral("payment.taken")
                : data.contains(QLatin1String("outcome"))  ? QStringLiteral("ticket.finished")
                : data.contains(QLatin1String("staff"))    ? QStringLiteral("ticket.called")
                                                           : QStringLiteral("ticket.issued");
            QVERIFY(tx.append(type, QStringLiteral("1001"), data).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    Clock::reset();
    const auto dump = [&t] {
        QSqlQuery q = t.db().query();
        QStringList rows;
        for (const char *sql : {"SELECT * FROM report_fact ORDER BY seq",
                                "SELECT * FROM report_fee_line ORDER BY seq, line"}) {
            q.exec(QLatin1String(sql));
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
                rows.append(row.join(QLatin1Char('|')));
            }
        }
        return rows;
    };
    const QStringList written = dump();
    QCOMPARE(written.size(), 5);
    WriteTransaction tx(t.db());
    QVERIFY(ReportFactWriter::refill(t.db()).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(dump(), written);
}

// For comparing a branch's facts with those the rule derives again from its log: with
// HALLDESK_REFILL_DB=PATH (a copy: it is changed), writes the facts as they are to
// PATH.before.txt, refills them, and writes them again to PATH.after.txt.
void tst_ReportFacts::refillOfAGivenDatabase()
{
    const QString path = qEnvironmentVariable("HALLDESK_REFILL_DB");
    if (path.isEmpty())
        QSKIP("HALLDESK_REFILL_DB not set");
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error().english()));
    const auto dump = [&db](const QString &file) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QSqlQuery q = db.value()->query();
        q.setForwardOnly(true);
        for (const char *sql : {"SELECT * FROM report_fact ORDER BY seq",
                                "SELECT * FROM report_fee_line ORDER BY seq, line"}) {
            QVERIFY(q.exec(QLatin1String(sql)));
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
                out.write(row.join(QLatin1Char('|')).toUtf8() + '\n');
            }
        }
    };
    dump(path + QStringLiteral(".before.txt"));
    {
        WriteTransaction tx(*db.value());
        QVERIFY(tx.begun().ok());
        const Status refilled = ReportFactWriter::refill(*db.value());
        QVERIFY2(refilled.ok(), qPrintable(refilled.error().english()));
        QVERIFY(tx.commit().ok());
    }
    dump(path + QStringLiteral(".after.txt"));
}

QTEST_GUILESS_MAIN(tst_ReportFacts)
#include "tst_reportfacts.moc"
