// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Printing a receipt counts a print only when the printer or the PDF file took it: a
// print preview looked at and closed is no print, marks no reprint and uses up none of
// the reprints a clerk may make alone; printing from the preview counts once.
#include "cashfixture.h"
#include "core/cash/paymentservice.h"
#include "ui/printing/receiptprinter.h"

#include <QApplication>
#include <QFile>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QWidget>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {pdf, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// Once the print preview is open, does with it what the clerk does.
void whenPreviewOpens(const std::function<void(QPrintPreviewDialog *)> &act)
{
    QTimer::singleShot(50, qApp, [act] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            whenPreviewOpens(act);
            return;
        }
        act(dialog);
    });
}

} // namespace

class tst_ReceiptPrinter : public QObject
{
    Q_OBJECT

    std::unique_ptr<CashFixture> m_fixture;
    QString m_receiptNo;

    CashFixture &f() { return *m_fixture; }
    int prints() { return PaymentService(f().db()).find(m_receiptNo)->prints; }

private slots:
    void init()
    {
        m_fixture = std::make_unique<CashFixture>();
        QVERIFY2(f().open(), qPrintable(f().problem()));
        QVERIFY(f().openShift(CashFixture::clerk()).ok());
        const Result<Payment> taken = PaymentService(f().db()).take(
            CashFixture::clerk(), CashFixture::cashForCase(f().simCase(), u"20"_s));
        QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().english()));
        m_receiptNo = taken->receiptNo;
    }

    void aClosedPreviewIsNoPrint()
    {
        QWidget parent;
        ReceiptPrinter printer(f().db(), CashFixture::clerk());
        for (int i = 0; i < 3; ++i) {
            whenPreviewOpens([](QPrintPreviewDialog *dialog) { dialog->reject(); });
            QString error;
            QVERIFY(
                !printer.print(&parent, m_receiptNo, PrintDocument::Paper::Roll80mm, {}, &error));
            QVERIFY2(error.contains(m_receiptNo), qPrintable(error));
            QCOMPARE(prints(), 0);
        }
        QCOMPARE(f().scalar(u"SELECT count(*) FROM event_log WHERE type = 'receipt.reprinted'"_s),
                 0);
        // The first paper after three previews is the original, not 补打.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"r.pdf"_s);
        QString error;
        QVERIFY2(printer.print(&parent, m_receiptNo, PrintDocument::Paper::Roll80mm, pdf, &error),
                 qPrintable(error));
        QCOMPARE(prints(), 1);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(m_receiptNo), qPrintable(text));
        QVERIFY2(!text.contains(u"补打"_s) && !text.contains(u"REPRINT"_s), qPrintable(text));
    }

    void printingFromThePreviewCountsOnce()
    {
        QWidget parent;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"printed.pdf"_s);
        whenPreviewOpens([pdf](QPrintPreviewDialog *dialog) {
            // The clerk's printer: here a PDF file. The preview has drawn its pages already.
            dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
            dialog->printer()->setOutputFileName(pdf);
            dialog->findChild<QPrintPreviewWidget *>()->print();
            dialog->accept();
        });
        QString error;
        QVERIFY2(ReceiptPrinter(f().db(), CashFixture::clerk())
                     .print(&parent, m_receiptNo, PrintDocument::Paper::A4, {}, &error),
                 qPrintable(error));
        QCOMPARE(prints(), 1);
        QVERIFY(QFile::exists(pdf));
        QVERIFY(pdfText(pdf).contains(m_receiptNo));
    }

    void anUnwrittenPdfIsNoPrint()
    {
        QString error;
        QVERIFY(!ReceiptPrinter(f().db(), CashFixture::clerk())
                     .print(nullptr, m_receiptNo, PrintDocument::Paper::A4,
                            u"/nonexistent-folder/r.pdf"_s, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(prints(), 0);
    }
};

QTEST_MAIN(tst_ReceiptPrinter)
#include "tst_receiptprinter.moc"
