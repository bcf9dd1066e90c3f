// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldeskctl report as a scheduled job runs it: usage errors exit 2, failures exit 1 with
// the reason in Chinese and English, the report as text, PDF (charts drawn without a
// display) and CSV.
#include "core/common/clock.h"
#include "reportfixture.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed>").arg(program);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}
} // namespace

class tst_ReportCtl : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    QString m_dataDir;
    QString m_overdueCase;

    Run ctl(const QStringList &args, bool withDisplaySettings = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
        if (!withDisplaySettings) {
            // As cron runs it: no display and no platform chosen.
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("HALLDESK_CTL"),
                QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
        if (!p.waitForStarted() || !p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        ReportFixture::useChinaTime();
        // The fixture's day must not lie in the future of the real clock the tool reads.
        if (Clock::today() < ReportFixture::day())
            QSKIP("the machine's clock is before the fixture's day");
        m_t = std::make_unique<TestDatabase>();
        QVERIFY2(m_t->open(), qPrintable(m_t->problem()));
        ReportFixture fixture(m_t->db());
        QVERIFY2(fixture.write(), qPrintable(fixture.problem()));
        QVERIFY2(fixture.writeCallbacks(), qPrintable(fixture.problem()));
        m_overdueCase = fixture.caseK;
        Clock::reset();
        m_dataDir = QFileInfo(m_t->path()).path();
        m_t->handle().reset(); // the tool opens the file itself
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no kind") << QStringList{QStringLiteral("report")};
        QTest::newRow("unknown kind")
            << QStringList{QStringLiteral("report"), QStringLiteral("weekly")};
        QTest::newRow("bad day") << QStringList{QStringLiteral("report"), QStringLiteral("daily"),
                                                QStringLiteral("--date"),
                                                QStringLiteral("2026-13-01")};
        QTest::newRow("day for a month")
            << QStringList{QStringLiteral("report"), QStringLiteral("monthly"),
                           QStringLiteral("--date"), QStringLiteral("2026-11-05")};
        QTest::newRow("pdf without file") << QStringList{
            QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--pdf")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("report"), QStringLiteral("daily"),
                           QStringLiteral("--xlsx"), QStringLiteral("x")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("usage: halldeskctl")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("report daily|monthly")));
    }

    void failuresExitOneInBothLanguages()
    {
        Run r = ctl({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                     QStringLiteral("2999-01-01")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("has not begun yet")), qPrintable(r.err));
        QVERIFY2(hasChinese(r.err), qPrintable(r.err));

        r = ctl({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                 QStringLiteral("2026-11-23"), QStringLiteral("--pdf"),
                 QStringLiteral("/nonexistent-folder/day.pdf")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("could not be written")), qPrintable(r.err));
        QVERIFY2(hasChinese(r.err), qPrintable(r.err));

        QTemporaryDir empty;
        const QString dataDir = m_dataDir;
        m_dataDir = empty.path();
        r = ctl({QStringLiteral("report"), QStringLiteral("daily")});
        m_dataDir = dataDir;
        QCOMPARE(r.code, 1);
        QVERIFY2(hasChinese(r.err), qPrintable(r.err));
    }

    void dailyAsText()
    {
        const Run r = ctl({QStringLiteral("report"), QStringLiteral("daily"),
                           QStringLiteral("--date"), QStringLiteral("2026-11-23")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("营业日报\n")), qPrintable(r.out.left(200)));
        QVERIFY(r.out.contains(QStringLiteral("生成人\thalldeskctl")));
        QVERIFY2(r.out.contains(QStringLiteral("合计\t4\t¥46.00\t2\t¥13.00\t1\t¥2.00\t¥31.00\n")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(m_overdueCase + QStringLiteral("\t林权证变更\tW01 综合窗口\t")));
    }

    void monthlyAsPdfAndCsvWithoutADisplay()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("month.pdf"));
        const QString csv = dir.filePath(QStringLiteral("month.csv"));
        const Run r = ctl({QStringLiteral("report"), QStringLiteral("monthly"),
                           QStringLiteral("--date"), QStringLiteral("2026-11"),
                           QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv},
                          false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("pdf: ") + pdf));
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("营业月报")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("2026-11-23")));
        const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QVERIFY2(images.count(QStringLiteral(" image ")) >= 4, qPrintable(images));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF营业月报\r\n"));
        QVERIFY(bytes.contains("\r\n2026-11-23,7,2,50.0%,4,31.00,7,4,11.2,5,3.40,1\r\n"));
    }
};

QTEST_GUILESS_MAIN(tst_ReportCtl)
#include "tst_reportctl.moc"
