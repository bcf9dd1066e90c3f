// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports area as a supervisor uses it, in Chinese: today's daily report appears when
// the area opens, the monthly report computes with progress and can be cancelled, and
// today's report is saved as an A4 PDF with its charts and Chinese text embedded (checked
// with pdfinfo, pdftotext, pdffonts and pdfimages; pages rendered with pdftoppm for a
// person to look at) and as CSV.
#include "core/common/clock.h"
#include "core/common/language.h"
#include "models/reportsectionmodel.h"
#include "reportfixture.h"
#include "screenshot.h"
#include "testdatabase.h"
#include "ui/reports/reportcharts.h"
#include "ui/reports/reportpage.h"
#include "ui/reports/reportprint.h"
#include "ui/shell/appstyle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(p.readAllStandardError()));
    // CJK fonts map some glyphs back to compatibility code points: compare what a reader sees.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// The texts of a chart (titles, axis labels, legend) that were cut short.
QStringList elidedTexts(const QGraphicsItem *item)
{
    QStringList cut;
    for (const QGraphicsItem *child : item->childItems()) {
        QString text;
        if (const auto *t = qgraphicsitem_cast<const QGraphicsTextItem *>(child))
            text = t->toPlainText();
        else if (const auto *s = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(child))
            text = s->text();
        // QtCharts cuts with three dots.
        if (child->isVisible() && (text.contains(QChar(0x2026)) || text.contains(u"...")))
            cut.append(text);
        cut += elidedTexts(child);
    }
    return cut;
}

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("halldesk-screenshots"));
    QDir().mkpath(dir);
    return dir;
}
} // namespace

class tst_ReportPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    const Session m_supervisor = [] {
        Session s =
            TestDatabase::staff(QStringLiteral("2001"), Role::Supervisor, QStringLiteral("W01"));
        s.name = QStringLiteral("赵主任");
        return s;
    }();

    bool waitForReport(ReportPage &page)
    {
        QSignalSpy ended(&page, &ReportPage::computationEnded);
        return page.isComputing() ? ended.wait(60000) : true;
    }

private slots:
    void initTestCase()
    {
        ReportFixture::useChinaTime();
        AppStyle::apply(*qApp);
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }

    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY2(m_t->open(), qPrintable(m_t->problem()));
        ReportFixture fixture(m_t->db());
        QVERIFY2(fixture.write(), qPrintable(fixture.problem()));
        QVERIFY2(fixture.writeCallbacks(), qPrintable(fixture.problem()));
        // The supervisor works at the end of the fixture's day.
        Clock::setFixed(ReportFixture::local(ReportFixture::day(), 18, 30));
    }

    void cleanup()
    {
        // A cancelled report still runs on the pool against this database: let it end.
        QThreadPool::globalInstance()->waitForDone();
        m_t.reset();
        Clock::reset();
    }

    void todaysReportAppearsWhenTheAreaOpens()
    {
        ReportPage page(m_t->db(), m_supervisor);
        page.resize(1400, 950);
        page.show();
        QVERIFY(page.isComputing()); // in the background: the window stays responsive
        QVERIFY(waitForReport(page));
        QVERIFY2(page.report().has_value(), qPrintable(page.statusText()));
        QCOMPARE(page.report()->kind, Report::Kind::Daily);
        QCOMPARE(page.report()->first, ReportFixture::day());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("savePdf"))->isEnabled());

        auto *methods = page.findChild<QTableView *>(QStringLiteral("table_revenue_by_method"));
        QVERIFY(methods);
        auto *model = qobject_cast<ReportSectionModel *>(methods->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4); // cash, card, QR code and the total
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("收款"));
        QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("合计"));
        QCOMPARE(model->index(3, 7).data().toString(), QStringLiteral("¥31.00"));
        QCOMPARE(model->index(3, 7).data(ReportSectionModel::ValueRole).toLongLong(), 3100);
        QCOMPARE(Qt::Alignment(model->index(3, 7).data(Qt::TextAlignmentRole).toInt()),
                 Qt::AlignVCenter | Qt::AlignRight);
        for (const char *name : {"chart0", "chart1", "chart2", "chart3"})
            QVERIFY2(page.findChild<QChartView *>(QLatin1String(name)), name);
        // An empty section says so in words.
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("section_overdue")));

        QVERIFY(saveScreenshot(&page, QStringLiteral("reports-daily")));
        auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("reportScroll"));
        QVERIFY(saveScreenshot(scroll->widget(), QStringLiteral("reports-daily-content")));
        // What the supervisor sees scrolling down the tables.
        for (const char *id : {"summary", "revenue_by_method", "corrections", "satisfaction"}) {
            auto *box = page.findChild<QWidget *>(QStringLiteral("section_") + QLatin1String(id));
            QVERIFY(box);
            scroll->ensureWidgetVisible(box, 0, 0);
            scroll->verticalScrollBar()->setValue(box->y());
            QVERIFY(saveScreenshot(&page, QStringLiteral("reports-daily-") + QLatin1String(id)));
        }
    }

    void monthlyReportWithProgressAndCancel()
    {
        ReportPage page(m_t->db(), m_supervisor);
        page.resize(1400, 950);
        page.setPeriod(Report::Kind::Monthly, ReportFixture::day());
        page.show();
        QVERIFY(waitForReport(page));
        QVERIFY2(page.report().has_value(), qPrintable(page.statusText()));
        QCOMPARE(page.report()->kind, Report::Kind::Monthly);
        QCOMPARE(page.report()->days.size(), 23);
        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("reportProgress"));
        QCOMPARE(progress->maximum(), 23 * 5 + 1);
        auto *trend = page.findChild<QTableView *>(QStringLiteral("table_trend"));
        QVERIFY(trend);
        QCOMPARE(trend->model()->rowCount(), 24);
        auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("reportScroll"));
        QVERIFY(saveScreenshot(scroll->widget(), QStringLiteral("reports-monthly-content")));
        const QString pdf = QDir(screenshotDir()).filePath(QStringLiteral("reports-monthly-pdf"));
        QVERIFY(page.savePdf(pdf + QStringLiteral(".pdf")).ok());
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"),
             pdf + QStringLiteral(".pdf"), pdf});
        QVERIFY(QFile::exists(pdf + QStringLiteral("-1.png")));

        // Cancelled: the page is free at once and keeps the report it had.
        page.setPeriod(Report::Kind::Daily, ReportFixture::day());
        page.compute();
        QVERIFY(page.isComputing());
        QVERIFY(progress->isVisible());
        QSignalSpy ended(&page, &ReportPage::computationEnded);
        page.cancel();
        QCOMPARE(ended.count(), 1);
        QVERIFY(!page.isComputing());
        QCOMPARE(page.statusText(), QStringLiteral("报表已取消。"));
        QCOMPARE(page.report()->kind, Report::Kind::Monthly);
        QTest::qWait(300); // the worker ends on its own; nothing arrives from it
        QCOMPARE(ended.count(), 1);
        QCOMPARE(page.report()->kind, Report::Kind::Monthly);
    }

    void chartTextsAreWholeOnScreenAndInPrint()
    {
        ReportPage page(m_t->db(), m_supervisor);
        page.resize(1280, 720);
        page.show();
        QVERIFY(waitForReport(page));
        QVERIFY(page.report().has_value());
        QCoreApplication::processEvents();
        int views = 0;
        for (QChartView *view : page.findChildren<QChartView *>()) {
            QVERIFY2(elidedTexts(view->chart()).isEmpty(),
                     qPrintable(view->chart()->title() + QStringLiteral(": ") +
                                elidedTexts(view->chart()).join(QStringLiteral(" | "))));
            ++views;
        }
        QCOMPARE(views, 4);
        // As the PDF lays them out (the pie's legend names amount and share of each method),
        // with a busy day's figures: two-digit counts on the axes, three methods.
        Report busy = *page.report();
        busy.figures.ticketsByHour[10] = 29;
        busy.figures.casesByHour[14] = 17;
        busy.figures.moneyByMethod[QStringLiteral("cash")].takenFen = 126000;
        busy.figures.moneyByMethod[QStringLiteral("card")].takenFen = 83000;
        busy.figures.moneyByMethod[QStringLiteral("qr")].takenFen = 54050;
        busy.figures.ratings.tickets[4] = 31;
        busy.figures.queue.waitBands[1] = 14;
        // In print, in a chart view as low as the page makes it (260 pixels), and in one
        // as it lays out on a 120 dpi screen, where the type is larger against it.
        for (const QSize size : {ReportPrint::ChartLayoutSize, QSize(560, 260), QSize(560, 210)}) {
            for (const ReportCharts::Chart c : ReportCharts::all()) {
                const std::unique_ptr<QChart> chart(ReportCharts::create(busy, c));
                QVERIFY(chart);
                ReportCharts::render(chart.get(), size, 1)
                    .save(QDir(screenshotDir())
                              .filePath(QStringLiteral("reports-chart-%1-%2.png")
                                            .arg(c)
                                            .arg(size.height())));
                QVERIFY2(elidedTexts(chart.get()).isEmpty(),
                         qPrintable(chart->title() + QStringLiteral(": ") +
                                    elidedTexts(chart.get()).join(QStringLiteral(" | "))));
            }
        }
    }

    // Done when: a supervisor prints today's report in Chinese with charts to PDF.
    void todaysReportAsPdfAndCsv()
    {
        ReportPage page(m_t->db(), m_supervisor);
        page.show();
        QVERIFY(waitForReport(page));
        QVERIFY(page.report().has_value());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("daily.pdf"));
        const Status saved = page.savePdf(pdf);
        QVERIFY2(saved.ok(), qPrintable(saved.error().english()));

        // Kept beside the screenshots for a person to open.
        const QString prefix = QDir(screenshotDir()).filePath(QStringLiteral("reports-daily-pdf"));
        QFile::remove(prefix + QStringLiteral(".pdf"));
        QVERIFY(QFile::copy(pdf, prefix + QStringLiteral(".pdf")));

        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("营业日报 2026-11-23")), qPrintable(info));
        const int pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        const QString overdueCase = page.report()->due.overdue.value(0).caseNo;
        QVERIFY(!overdueCase.isEmpty());
        for (const QString &expected :
             {QStringLiteral("营业日报"), QStringLiteral("2026-11-23"),
              QStringLiteral("2001 赵主任"), QStringLiteral("生成时间"),
              QStringLiteral("按收款方式统计"), QStringLiteral("¥31.00"),
              QStringLiteral("生育登记"), QStringLiteral("等候时间"), QStringLiteral("满意度"),
              QStringLiteral("RCTZ01-20261120-D1-0001"), QStringLiteral("逾期办件"), overdueCase}) {
            QVERIFY2(text.contains(expected.normalized(QString::NormalizationForm_KC)),
                     qPrintable(expected + QStringLiteral(" not in:\n") + text.left(2000)));
        }
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b1 ?/ ?%1\\b").arg(pages))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%1\\b").arg(pages))));
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
        const QRegularExpression fontRow(
            QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"),
            QRegularExpression::MultilineOption);
        for (auto it = fontRow.globalMatch(fonts); it.hasNext();)
            QCOMPARE(it.next().captured(1), QStringLiteral("yes")); // embedded
        // The four charts are images in the PDF.
        const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QVERIFY2(images.count(QStringLiteral(" image ")) >= 4, qPrintable(images));

        // Pages as a person sees them.
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"), pdf, prefix});
        QVERIFY(QFile::exists(prefix + QStringLiteral("-1.png")));

        const QString csv = dir.filePath(QStringLiteral("daily.csv"));
        QVERIFY(page.exportCsv(csv).ok());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF营业日报\r\n"));
        QVERIFY(QString::fromUtf8(bytes).contains(
            QStringLiteral("\r\n合计,4,46.00,2,13.00,1,2.00,31.00\r\n")));
    }
};

QTEST_MAIN(tst_ReportPage)
#include "tst_reportpage.moc"
