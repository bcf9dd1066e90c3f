// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Printing: Chinese text reaches the PDF with its font embedded, A4 pages are numbered,
// and a receipt on the 80 mm roll is one page 80 mm wide.
#include "ui/printing/printdocument.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(p.readAllStandardError()));
    // CJK fonts map some glyphs back to compatibility code points (⼀ for 一): compare the
    // normalised text, which is what a reader sees.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}
} // namespace

class tst_PrintDocument : public QObject
{
    Q_OBJECT
private slots:
    void a4PagesAreNumberedAndChineseIsText()
    {
        QTemporaryDir dir;
        PrintDocument doc;
        doc.title = QStringLiteral("一次性告知书");
        doc.footer = QStringLiteral("城关镇便民服务中心 · 2026-11-23");
        QString body = QStringLiteral("<h1>一次性告知书</h1>");
        for (int i = 0; i < 120; ++i)
            body += QStringLiteral("<p>第%1项：请补交户口簿复印件。</p>").arg(i + 1);
        doc.html = body;
        const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
        QString error;
        QVERIFY2(doc.savePdf(pdf, &error), qPrintable(error));

        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));
        const int pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY2(pages >= 2, qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("一次性告知书")), qPrintable(text.left(300)));
        QVERIFY2(text.contains(
                     QStringLiteral("第120项：请补交").normalized(QString::NormalizationForm_KC)),
                 qPrintable(text.right(200)));
        QCOMPARE(text.count(QStringLiteral("第116项")), 1); // a line never straddles two pages
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b1 ?/ ?%1\\b").arg(pages))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%1\\b").arg(pages))));
        // (Some characters come back as radicals, 民 as ⺠: compare a part without them.)
        QVERIFY(text.contains(QStringLiteral("城关镇便")));
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
        // Every font embedded (the "emb" column), so the notice prints the same anywhere.
        const QRegularExpression row(
            QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"),
            QRegularExpression::MultilineOption);
        int rows = 0;
        for (auto it = row.globalMatch(fonts); it.hasNext(); ++rows)
            QCOMPARE(it.next().captured(1), QStringLiteral("yes"));
        QVERIFY2(rows >= 1, qPrintable(fonts));
    }

    void receiptIsOnePageOfTheRoll()
    {
        QTemporaryDir dir;
        PrintDocument doc;
        doc.paper = PrintDocument::Paper::Roll80mm;
        doc.title = QStringLiteral("收据");
        QImage mark(64, 64, QImage::Format_RGB32);
        mark.fill(Qt::black);
        doc.images.insert(QStringLiteral("qr"), mark);
        QString body = QStringLiteral("<p>收据 R-TZ01-D1-20261123-0001</p><p><img src=\"qr\"></p>");
        for (int i = 0; i < 40; ++i)
            body += QStringLiteral("<p>工本费 ¥5.00</p>");
        doc.html = body;
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(doc.savePdf(pdf));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
                 qPrintable(info));
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                .match(info);
        QVERIFY2(size.hasMatch(), qPrintable(info));
        QVERIFY2(qAbs(size.captured(1).toDouble() - 226.77) < 1.0, qPrintable(info)); // 80 mm
        QVERIFY2(size.captured(2).toDouble() > 500, qPrintable(info)); // grew with the text
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("R-TZ01-D1-20261123-0001")));
        QCOMPARE(text.count(QStringLiteral("工本费")), 40);
    }

    void unwritablePathIsReported()
    {
        PrintDocument doc;
        doc.html = QStringLiteral("<p>x</p>");
        QString error;
        QVERIFY(!doc.savePdf(QStringLiteral("/nonexistent-folder/x.pdf"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(tst_PrintDocument)
#include "tst_printdocument.moc"
