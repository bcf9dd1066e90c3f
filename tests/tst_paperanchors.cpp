// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Paper anchors: a shift's closing slip, the day's cash sheet and the daily report print
// the event log's chain head (seq and the first 16 hex digits of its hash), and the
// closing events carry the head just before them (chain_head_seq, chain_head_hash).
#include "cashfixture.h"
#include "core/cash/daycloseservice.h"
#include "core/cash/shiftservice.h"
#include "core/common/clock.h"
#include "core/reports/reportengine.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/eventlog.h"
#include "pdftext.h"
#include "ui/cash/cashpage.h"
#include "ui/printing/cashsheetdocument.h"
#include "ui/printing/shiftslipdocument.h"
#include "ui/reports/reportprint.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The last event of a type.
Event lastOf(Database &db, const QString &type)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT seq FROM event_log WHERE type = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return {};
    const auto one = EventLog::after(db.connection(), q.value(0).toLongLong() - 1, 1);
    return one && !one->isEmpty() ? one->first() : Event{};
}

QString anchorText(const Event &e)
{
    return QStringLiteral("链头 / Chain head: %1 · %2").arg(e.seq).arg(e.hash.left(16));
}
} // namespace

class tst_PaperAnchors : public QObject
{
    Q_OBJECT
private slots:
    void closingEventsCarryTheHeadBeforeThem()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Result<Shift> s = f.openShift(f.clerk(), QStringLiteral("0"));
        QVERIFY(s.ok());
        QVERIFY(ShiftService(f.db()).close(f.clerk(), s->shiftId, {}).ok());
        QVERIFY(DayCloseService(f.db()).close(f.supervisor(), Clock::today()).ok());
        for (const char *type : {"shift.closed", "day.closed"}) {
            const Event e = lastOf(f.db(), QString::fromLatin1(type));
            QVERIFY(e.seq > 1);
            const QJsonObject data = e.dataObject();
            QCOMPARE(data.value(QLatin1String("chain_head_seq")).toInteger(), e.seq - 1);
            QCOMPARE(data.value(QLatin1String("chain_head_hash")).toString(), e.prev);
        }
        // The fields HQ reads are still there.
        const QJsonObject day = lastOf(f.db(), QStringLiteral("day.closed")).dataObject();
        QVERIFY(day.contains(QLatin1String("business_day")) &&
                day.contains(QLatin1String("totals")));
    }

    void shiftSlipPrintsItsClosingHead()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Result<Shift> s = f.openShift(f.clerk(), QStringLiteral("0"));
        QVERIFY(s.ok());
        const Result<Shift> closed = ShiftService(f.db()).close(f.clerk(), s->shiftId, {});
        QVERIFY(closed.ok());
        const Event closing = lastOf(f.db(), QStringLiteral("shift.closed"));
        f.openShift(f.secondClerk(), QStringLiteral("0")); // the log moves on
        const DeviceIdentity identity = DeviceIdentity::load(f.db().connection());
        const PrintDocument slip = ShiftSlipDocument::build(
            closed.value(), identity, ShiftSlipDocument::anchor(f.db().connection(), s->shiftId));
        QVERIFY2(slip.html.contains(anchorText(closing)), qPrintable(slip.html));
        QVERIFY(slip.html.contains(identity.deviceId));
    }

    void theCashPagePrintsTheClerksShiftSlip()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        CashPage page(f.db(), f.clerk());
        auto *button = page.findChild<QPushButton *>(QStringLiteral("printShiftSlip"));
        QVERIFY(button && !button->isEnabled());
        const Result<Shift> s = f.openShift(f.clerk(), QStringLiteral("0"));
        QVERIFY(s.ok());
        QVERIFY(ShiftService(f.db()).close(f.clerk(), s->shiftId, {}).ok());
        page.showDay(Clock::today());
        QTRY_VERIFY(button->isEnabled());
        const Event closing = lastOf(f.db(), QStringLiteral("shift.closed"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
        QVERIFY(page.printShiftSlip(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(pdfContains(text,
                             QStringLiteral("%1 · %2").arg(closing.seq).arg(closing.hash.left(16))),
                 qPrintable(text));
    }

    void cashSheetPrintsTheDayCloseHead()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const QDate today = Clock::today();
        const DeviceIdentity identity = DeviceIdentity::load(f.db().connection());
        DayCloseService days(f.db());
        // A preview shows the head now.
        const Event now = EventLog::head(f.db().connection()).value();
        QVERIFY(CashSheetDocument::build(days.totals(today), identity, {}, {},
                                         CashSheetDocument::anchor(f.db().connection(), today))
                    .html.contains(anchorText(now)));
        QVERIFY(days.close(f.supervisor(), today).ok());
        const Event closing = lastOf(f.db(), QStringLiteral("day.closed"));
        f.openShift(f.clerk(), QStringLiteral("0")); // refused (day closed) or not: reprint same
        const DayCloseService::Closing c = days.closing(today);
        const PrintDocument sheet =
            CashSheetDocument::build(days.totals(today), identity, c.closedBy, c.closedAt,
                                     CashSheetDocument::anchor(f.db().connection(), today));
        QVERIFY2(sheet.html.contains(anchorText(closing)), qPrintable(sheet.html));
    }

    void dailyReportPrintsTheHeadWhenMade()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Result<Report> report = ReportEngine(f.db()).daily(f.supervisor(), Clock::today());
        QVERIFY2(report.ok(), qPrintable(report.error().english()));
        const Event head = EventLog::head(f.db().connection()).value();
        QCOMPARE(report->chainHead.seq, head.seq);
        const PrintDocument doc = ReportPrint::document(report.value());
        QVERIFY2(doc.html.contains(QStringLiteral("链头 / Chain head")), qPrintable(doc.html));
        QVERIFY(doc.html.contains(QStringLiteral("%1 · %2").arg(head.seq).arg(head.hash.left(16))));
    }
};

QTEST_MAIN(tst_PaperAnchors)
#include "tst_paperanchors.moc"
