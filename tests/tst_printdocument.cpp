// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Printing: Chinese text reaches the PDF with its font embedded, A4 pages are numbered,
// a receipt on the 80 mm roll is one page 80 mm wide, every glyph of a receipt is drawn
// in the one print font (digits and quotes too), its labels and values share a baseline
// and its title keeps apart from the first row; a cash sheet is saved under its title in
// the UI's language.
#include "cashfixture.h"
#include "core/common/language.h"
#include "core/storage/deviceidentity.h"
#include "ui/cash/dayclosedialog.h"
#include "ui/printing/cashsheetdocument.h"
#include "ui/printing/printdocument.h"
#include "ui/printing/printfont.h"
#include "ui/printing/receiptdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGlyphRun>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QTimer>

#include <memory>

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
// A cash payment of two fee lines, as the receipt prints it.
Payment samplePayment()
{
    Payment p;
    p.receiptNo = QStringLiteral("RCTZ01-20261123-D1-0001");
    p.amount = Money::fromYuan(15);
    p.tendered = Money::fromYuan(20);
    p.change = Money::fromYuan(5);
    p.staffNo = QStringLiteral("1001");
    p.window = QStringLiteral("W01");
    p.takenAt = QStringLiteral("2026-11-23T02:00:00.000Z");
    p.payerName = QStringLiteral("张丽（“次月1日”生效）");
    p.caseNo = QStringLiteral("BJTZ01-20261123-D1-0001");
    p.eventHash = QStringLiteral("0123456789abcdef0123456789abcdef");
    p.lines = {{QStringLiteral("TEL-SIM"), QStringLiteral("补换SIM卡工本费"), QStringLiteral("张"),
                Money::fromYuan(10), 1, Money::fromYuan(10)},
               {QStringLiteral("TEL-NO"), QStringLiteral("选号费"), QString(), Money::fromYuan(5),
                1, Money::fromYuan(5)}};
    return p;
}

PrintDocument sampleReceipt()
{
    DeviceIdentity identity;
    identity.branchName = QStringLiteral("城关镇便民服务中心");
    return ReceiptDocument::build(samplePayment(), {}, identity, PrintDocument::Paper::Roll80mm, 0);
}

// The receipt laid out as the roll printer gets it.
std::unique_ptr<QTextDocument> rollReceipt(QPrinter &printer)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    const PrintDocument doc = sampleReceipt();
    doc.setUp(printer);
    std::unique_ptr<QTextDocument> laidOut(doc.layout(printer));
    laidOut->documentLayout()->documentSize(); // all of it laid out now, not when drawn
    return laidOut;
}

// Beside the screenshots, for a person to look at: NAME.pdf and its page as NAME-1.png.
void keepForAPerson(const PrintDocument &doc, const QString &name)
{
    QString dir = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("halldesk-screenshots"));
    QDir().mkpath(dir);
    const QString prefix = QDir(dir).filePath(name);
    doc.savePdf(prefix + QStringLiteral(".pdf"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
         prefix + QStringLiteral(".pdf"), prefix});
}

// Where the first line of block sits: its baseline in the document.
double baseline(QTextDocument &doc, const QTextBlock &block)
{
    const QTextLine line = block.layout()->lineAt(0);
    return doc.documentLayout()->blockBoundingRect(block).top() + line.y() + line.ascent();
}

} // namespace

class tst_PrintDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }

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

    void everyGlyphOfAReceiptIsInThePrintFont()
    {
        keepForAPerson(sampleReceipt(), QStringLiteral("print-receipt-roll"));
        QPrinter printer(QPrinter::HighResolution);
        const std::unique_ptr<QTextDocument> doc = rollReceipt(printer);
        QSet<QString> families;
        int runs = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (const QGlyphRun &run : b.layout()->glyphRuns(0, b.length())) {
                families.insert(run.rawFont().familyName());
                ++runs;
            }
        }
        QVERIFY2(runs >= 10, qPrintable(QString::number(runs)));
        QCOMPARE(families, QSet<QString>{PrintFont::family()});
        QVERIFY(doc->toPlainText().contains(QStringLiteral("“次月1日”")));
        // In that font the PDF still gives its text back, numbers included.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(sampleReceipt().savePdf(pdf));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const QString &expected :
             {QStringLiteral("RCTZ01-20261123-D1-0001"), QStringLiteral("¥15.00"),
              QStringLiteral("BJTZ01-20261123-D1-0001")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1Char('\n') + text));
    }

    void receiptLabelsSitOnTheLineOfTheirValues()
    {
        QPrinter printer(QPrinter::HighResolution);
        const std::unique_ptr<QTextDocument> doc = rollReceipt(printer);
        const double tolerance = 0.1 / 25.4 * printer.resolution(); // 0.1 mm
        QTextTable *head = nullptr;
        QTextBlock title;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 1)
                title = b;
            if (QTextTable *t = QTextCursor(b).currentTable(); t && !head)
                head = t;
        }
        QVERIFY(title.isValid() && head);
        int rows = 0;
        for (int r = 0; r < head->rows(); ++r, ++rows) {
            const QTextBlock label = head->cellAt(r, 0).firstCursorPosition().block();
            const QTextBlock value = head->cellAt(r, 1).firstCursorPosition().block();
            QVERIFY2(qAbs(baseline(*doc, label) - baseline(*doc, value)) < tolerance,
                     qPrintable(label.text() + QStringLiteral(" / ") + value.text()));
        }
        QVERIFY(rows >= 4);
        // At least 1 mm between the title and the first row under it.
        const QRectF titleRect = doc->documentLayout()->blockBoundingRect(title);
        const QTextBlock first = head->cellAt(0, 0).firstCursorPosition().block();
        const QTextLine line = first.layout()->lineAt(0);
        const double firstTop = doc->documentLayout()->blockBoundingRect(first).top() + line.y();
        const double gap = firstTop - (titleRect.top() + title.layout()->lineAt(0).y() +
                                       title.layout()->lineAt(0).height());
        QVERIFY2(gap >= 1.0 / 25.4 * printer.resolution(), qPrintable(QString::number(gap)));
    }

    void cashSheetIsSavedUnderItsChineseTitle()
    {
        const QString path =
            PrintDocument::suggestedPath(CashSheetDocument::title(QDate(2026, 11, 23)));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("营业款日结单 2026-11-23.pdf"));
        QCOMPARE(QFileInfo(PrintDocument::suggestedPath(QStringLiteral("Form a/b: 1"))).fileName(),
                 QStringLiteral("Form a-b- 1.pdf"));
    }

    void theDayCloseOffersTheCashSheetUnderItsChineseTitle()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        DayCloseDialog dialog(f.db(), CashFixture::supervisor(), CashFixture::morning().date());
        dialog.show();
        QString offered;
        QTimer::singleShot(0, &dialog, [&offered] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (files) {
                offered = files->selectedFiles().value(0);
                files->reject();
            }
        });
        dialog.findChild<QPushButton *>(QStringLiteral("closeDay"))->click();
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveSheetPdf"));
        QVERIFY(save->isEnabled()); // the sheet of a closed day
        save->click();
        QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("营业款日结单 2026-11-23.pdf"));
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
