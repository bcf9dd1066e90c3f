// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The cash area tried as a new user would: a clerk opens a shift, takes a cash and a card
// payment and prints receipts on both layouts (checked in the PDFs, QR code included), a
// supervisor voids one and refunds part of the other in the override dialog, the clerk
// closes the shift with a counted variance, the supervisor closes the day; every total
// reconciled to the fen. Screenshots of each step go to the screenshot folder.
#include "cashfixture.h"
#include "core/cash/daytotals.h"
#include "core/cash/paymentservice.h"
#include "core/cash/receiptcode.h"
#include "core/common/clock.h"
#include "core/common/language.h"
#include "models/paymentlistmodel.h"
#include "screenshot.h"
#include "ui/cash/adjustmentdialog.h"
#include "ui/cash/cashpage.h"
#include "ui/cash/closeshiftdialog.h"
#include "ui/cash/dayclosedialog.h"
#include "ui/cash/openshiftdialog.h"
#include "ui/cash/paymentdialog.h"
#include "ui/shell/approvaldialog.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(p.readAllStandardError()));
    // CJK fonts map some glyphs back to compatibility code points: compare normalised text.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QString nfkc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC);
}

// The QR codes in a PDF, decoded: the images extracted with pdfimages, read by zbarimg.
QStringList qrCodesIn(const QString &pdf)
{
    QTemporaryDir dir;
    run(QStringLiteral("pdfimages"), {QStringLiteral("-png"), pdf, dir.filePath(u"img"_s)});
    QStringList codes;
    const QStringList images = QDir(dir.path()).entryList({QStringLiteral("*.png")});
    for (const QString &image : images) {
        const QString out =
            run(QStringLiteral("zbarimg"),
                {QStringLiteral("--quiet"), QStringLiteral("--raw"), dir.filePath(image)});
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            codes << line.trimmed();
    }
    return codes;
}

// A copy of a printed PDF beside the screenshots, for a person to look at.
void keepPdf(const QString &pdf, const QString &name)
{
    QString dir = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("halldesk-screenshots"));
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(name + QStringLiteral(".pdf"));
    QFile::remove(target);
    QFile::copy(pdf, target);
}

double pageWidthPts(const QString &info)
{
    return QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x"))
        .match(info)
        .captured(1)
        .toDouble();
}

template <typename Dialog> void settle(Dialog *dialog)
{
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QApplication::processEvents();
}

Session signIn(const QString &staffNo, const QString &window)
{
    Session s = CashFixture::clerk();
    s.staffNo = staffNo;
    s.window = window;
    s.role = staffNo.startsWith(QLatin1Char('2')) ? Role::Supervisor : Role::Clerk;
    s.name = staffNo == QLatin1String("1001") ? u"张丽"_s : u"李敏"_s;
    return s;
}

} // namespace

class tst_CashPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppStyle::apply(*qApp);
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }

    void aDayAtTheCounter()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QTemporaryDir out;
        const Session clerk = signIn(u"1001"_s, u"W01"_s);
        const Session supervisor = signIn(u"2001"_s, u"W01"_s);
        const QString caseNo = f.simCase();

        MainWindow window(f.db(), clerk, out.path());
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int area = int(window.areaIds().indexOf(u"cashPage"_s));
        QVERIFY(area >= 0);
        window.showArea(area);
        auto *page = window.findChild<CashPage *>();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model());
        QVERIFY(page->shiftText().contains(u"W01"_s));
        saveScreenshot(&window, u"cash-01-no-shift"_s);

        // 1. The clerk opens the shift with a float of ¥200.
        QPointer<OpenShiftDialog> open = page->openShift();
        settle(open.data());
        open->setFloat(u"200.0"_s + u"05"_s);
        open->submit();
        QVERIFY(!open->errorText().isEmpty()); // three decimals: refused, shown
        open->setFloat(u"200.00"_s);
        saveScreenshot(open.data(), u"cash-02-open-shift"_s);
        open->submit();
        QTRY_VERIFY(open.isNull()); // accepted and gone
        QVERIFY(page->shiftText().contains(u"¥200.00"_s));

        // 2. A cash payment for the SIM card case, opened from the case as the counter does.
        PaymentTarget target;
        target.customerId = f.customerId();
        target.caseNo = caseNo;
        PaymentDialog cash(f.db(), clerk, target, &window);
        cash.show();
        settle(&cash);
        QCOMPARE(cash.lineCount(), 1);
        QVERIFY(cash.totalText().contains(u"¥10.00"_s));
        cash.setTendered(u"9"_s);
        cash.submit();
        QVERIFY(cash.errorText().contains(nfkc(u"¥9.00"_s)) ||
                cash.errorText().contains(u"¥9.00"_s));
        cash.setTendered(u"50"_s);
        QCOMPARE(cash.changeText(), u"¥40.00"_s);
        saveScreenshot(&cash, u"cash-03-payment-cash"_s);
        cash.submit();
        cash.submit(); // a double click: still one payment
        QVERIFY(cash.payment().has_value());
        const Payment cashPayment = *cash.payment();
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payment"_s), 1);
        saveScreenshot(&cash, u"cash-04-payment-done"_s);

        // Its receipt on the 80 mm roll.
        const QString rollPdf = out.filePath(u"roll.pdf"_s);
        QVERIFY(cash.printReceipt(PrintDocument::Paper::Roll80mm, rollPdf));
        keepPdf(rollPdf, u"cash-receipt-roll"_s);
        QString info = run(u"pdfinfo"_s, {rollPdf});
        QVERIFY2(qAbs(pageWidthPts(info) - 226.77) < 1.0, qPrintable(info));
        QVERIFY(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
        QString text = run(u"pdftotext"_s, {rollPdf, u"-"_s});
        QVERIFY2(text.contains(cashPayment.receiptNo), qPrintable(text));
        QVERIFY2(text.contains(nfkc(u"收据"_s)), qPrintable(text));
        QVERIFY(text.contains(u"¥10.00"_s) && text.contains(u"¥40.00"_s));
        QVERIFY(text.contains(caseNo));
        QVERIFY(!text.contains(nfkc(u"补打"_s)));
        const QStringList rollCodes = qrCodesIn(rollPdf);
        QCOMPARE(rollCodes.size(), 1);
        const std::optional<ReceiptCode> code = ReceiptCode::parse(rollCodes.first());
        QVERIFY2(code.has_value(), qPrintable(rollCodes.first()));
        QCOMPARE(code->receiptNo, cashPayment.receiptNo);
        QCOMPARE(code->amount, Money::fromYuan(10));
        QCOMPARE(code->eventHash, cashPayment.eventHash);
        cash.accept();

        // 3. A card top-up from the cash area, its receipt on A4.
        PaymentDialog *card = page->newPayment();
        settle(card);
        card->setServiceNumber(u"13308161234"_s);
        card->setFee(0, u"TEL-TOPUP100"_s);
        card->setMethod(PaymentMethod::Card);
        card->setReference(u"TR20261123001"_s);
        QVERIFY(card->totalText().contains(u"¥100.00"_s));
        saveScreenshot(card, u"cash-05-payment-card"_s);
        card->submit();
        QVERIFY2(card->payment().has_value(), qPrintable(card->errorText()));
        const Payment cardPayment = *card->payment();
        const QString a4Pdf = out.filePath(u"a4.pdf"_s);
        QVERIFY(card->printReceipt(PrintDocument::Paper::A4, a4Pdf));
        keepPdf(a4Pdf, u"cash-receipt-a4"_s);
        info = run(u"pdfinfo"_s, {a4Pdf});
        QVERIFY2(info.contains(u"A4"_s), qPrintable(info));
        text = run(u"pdftotext"_s, {a4Pdf, u"-"_s});
        QVERIFY(text.contains(cardPayment.receiptNo));
        QVERIFY(text.contains(u"TR20261123001"_s));
        QVERIFY(text.contains(u"13308161234"_s));
        QVERIFY(text.contains(u"¥100.00"_s));
        QCOMPARE(
            qrCodesIn(a4Pdf).value(0),
            (ReceiptCode{cardPayment.receiptNo, cardPayment.amount, cardPayment.eventHash}).text());
        card->accept();
        QTRY_COMPARE(page->model()->rowCount(), 2);
        saveScreenshot(&window, u"cash-06-payments"_s);

        // A reprint is marked 补打 and logged.
        QVERIFY(page->selectReceipt(cardPayment.receiptNo));
        const QString reprintPdf = out.filePath(u"reprint.pdf"_s);
        QVERIFY(page->printSelected(PrintDocument::Paper::Roll80mm, reprintPdf));
        keepPdf(reprintPdf, u"cash-receipt-reprint"_s);
        text = run(u"pdftotext"_s, {reprintPdf, u"-"_s});
        QVERIFY2(text.contains(nfkc(u"补打"_s)), qPrintable(text));
        QCOMPARE(f.scalar(u"SELECT count(*) FROM event_log WHERE type = 'receipt.reprinted'"_s), 1);

        // 4. The supervisor voids the cash payment: the clerk cannot approve their own void.
        QVERIFY(page->selectReceipt(cashPayment.receiptNo));
        QPointer<AdjustmentDialog> voiding = page->voidSelected();
        settle(voiding.data());
        voiding->setReason(u"客户改为下次办理"_s);
        voiding->submit();
        ApprovalDialog *approval = voiding->pendingApproval();
        QVERIFY(approval);
        settle(approval);
        approval->submit(u"1001"_s, u"Demo@1001"_s);
        QTRY_VERIFY(!approval->errorText().isEmpty());
        saveScreenshot(approval, u"cash-07-void-self-approval-refused"_s);
        approval->submit(u"2001"_s, u"Demo@2001"_s);
        QTRY_VERIFY(voiding.isNull()); // recorded and closed
        QVERIFY2(page->resultText().contains(cashPayment.receiptNo),
                 qPrintable(page->resultText()));
        QCOMPARE(PaymentService(f.db()).find(cashPayment.receiptNo)->status, PaymentStatus::Voided);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payment_adjustment WHERE kind = 'void' AND "
                          "approved_by = '2001' AND staff_no = '1001'"_s),
                 1);

        // …and refunds ¥30 of the card top-up.
        QVERIFY(page->selectReceipt(cardPayment.receiptNo));
        QPointer<AdjustmentDialog> refund = page->refundSelected();
        settle(refund.data());
        refund->setAmount(u"30"_s);
        refund->setReason(u"多充值，退回部分"_s);
        saveScreenshot(refund.data(), u"cash-08-refund"_s);
        refund->submit();
        QVERIFY(refund->pendingApproval());
        settle(refund->pendingApproval());
        refund->pendingApproval()->submit(u"2001"_s, u"Demo@2001"_s);
        QTRY_VERIFY(refund.isNull());
        QVERIFY(page->resultText().contains(u"¥30.00"_s));
        QCOMPARE(PaymentService(f.db()).find(cardPayment.receiptNo)->refunded, Money::fromYuan(30));
        saveScreenshot(&window, u"cash-09-after-void-and-refund"_s);

        // 5. The clerk closes the shift: ¥200 expected (the cash fee was voided), ¥190 counted.
        QPointer<CloseShiftDialog> closing = page->closeShift();
        settle(closing.data());
        QCOMPARE(closing->expectedText(), u"¥200.00"_s);
        closing->setPieces(10000, 1);
        closing->setPieces(2000, 4);
        closing->setPieces(1000, 1);
        QVERIFY(closing->varianceText().contains(u"-¥10.00"_s));
        closing->submit();
        QVERIFY(!closing->errorText().isEmpty()); // a variance needs a note
        closing->setNote(u"找零差错，少10元"_s);
        saveScreenshot(closing.data(), u"cash-10-close-shift"_s);
        closing->submit();
        QTRY_VERIFY(closing.isNull());
        QVERIFY(page->resultText().contains(u"-¥10.00"_s));

        // 6. The supervisor closes the day.
        CashPage supervisorPage(f.db(), supervisor);
        supervisorPage.resize(1300, 700);
        DayCloseDialog *day = supervisorPage.closeDay();
        settle(day);
        saveScreenshot(day, u"cash-11-day-close-preview"_s);
        day->closeDay();
        QVERIFY2(day->isClosed(), qPrintable(day->errorText()));
        saveScreenshot(day, u"cash-12-day-closed"_s);
        const DayTotals &t = day->totals();
        QCOMPARE(t.byMethod.value(u"cash"_s).taken, Money::fromYuan(10));
        QCOMPARE(t.byMethod.value(u"cash"_s).voided, Money::fromYuan(10));
        QCOMPARE(t.byMethod.value(u"cash"_s).net(), Money());
        QCOMPARE(t.byMethod.value(u"card"_s).net(), Money::fromYuan(70));
        QCOMPARE(t.collected(), Money::fromYuan(70));
        QCOMPARE(t.byClerk.value(u"1001"_s).net(), Money::fromYuan(70));
        QCOMPARE(t.byFee.value(u"TEL-TOPUP100"_s).amount, Money::fromYuan(100));
        QVERIFY(!t.byFee.contains(u"TEL-SIM"_s)); // voided
        QCOMPARE(t.expectedCash, Money::fromYuan(200));
        QCOMPARE(t.countedCash, Money::fromYuan(190));
        QCOMPARE(t.variance, Money::fromYuan(-10));
        const QString sheetPdf = out.filePath(u"sheet.pdf"_s);
        QVERIFY(day->printSheet(sheetPdf));
        keepPdf(sheetPdf, u"cash-sheet"_s);
        text = run(u"pdftotext"_s, {sheetPdf, u"-"_s});
        QVERIFY(run(u"pdfinfo"_s, {sheetPdf}).contains(u"A4"_s));
        QVERIFY2(text.contains(u"2026-11-23"_s), qPrintable(text));
        QVERIFY(text.contains(u"¥70.00"_s));
        QVERIFY(text.contains(u"-¥10.00"_s));
        QVERIFY(text.contains(u"¥190.00"_s));
        day->accept();

        // The closed day takes nothing more: the clerk cannot open a shift on it.
        OpenShiftDialog *late = page->openShift();
        settle(late);
        late->setFloat(u"100"_s);
        late->submit();
        QVERIFY(!late->errorText().isEmpty());
        late->reject();
        QVERIFY(page->summaryText().contains(u"¥70.00"_s));
        saveScreenshot(&window, u"cash-13-day-closed-page"_s);
    }

    void anUnprintedReceiptIsPrintedNotPaidAgain()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Session clerk = signIn(u"1001"_s, u"W01"_s);
        QVERIFY(f.openShift(clerk).ok());
        PaymentTarget target;
        target.serviceNumber = u"13308161234"_s;
        target.feeCodes = {u"TEL-TOPUP50"_s};
        const PaymentRequest request =
            CashFixture::topUp(target.serviceNumber, 1, PaymentMethod::Cash, u"50"_s);
        const Result<Payment> taken = PaymentService(f.db()).take(clerk, request);
        QVERIFY(taken.ok());
        // The program stopped before printing; the clerk opens the payment again.
        PaymentDialog again(f.db(), clerk, target);
        again.show();
        settle(&again);
        QCOMPARE(again.blockingReceipt(), taken->receiptNo);
        auto *take = again.findChild<QPushButton *>(u"takePayment"_s);
        QVERIFY(!take->isEnabled());
        saveScreenshot(&again, u"cash-14-unprinted-receipt"_s);
        QTemporaryDir out;
        QVERIFY(again.printReceipt(PrintDocument::Paper::Roll80mm, out.filePath(u"r.pdf"_s)));
        QVERIFY(again.blockingReceipt().isEmpty());
        QVERIFY(take->isEnabled());
        // Printed late, it is still the original, not a reprint.
        QVERIFY(!run(u"pdftotext"_s, {out.filePath(u"r.pdf"_s), u"-"_s}).contains(nfkc(u"补打"_s)));
    }

    void aWaiverIsApprovedByASupervisor()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Session clerk = signIn(u"1001"_s, u"W01"_s);
        QVERIFY(f.openShift(clerk).ok());
        PaymentTarget target;
        target.caseNo = f.simCase();
        PaymentDialog dialog(f.db(), clerk, target);
        dialog.show();
        settle(&dialog);
        dialog.setMethod(PaymentMethod::Waiver);
        dialog.setWaiverReason(u"特困供养人员，免收工本费"_s);
        saveScreenshot(&dialog, u"cash-15-waiver"_s);
        dialog.submit();
        QPointer<ApprovalDialog> approval = dialog.pendingApproval();
        QVERIFY(approval);
        settle(approval.data());
        approval->submit(u"1002"_s, u"Demo@1002"_s); // a clerk may not approve
        QTRY_VERIFY(!approval->errorText().isEmpty());
        QVERIFY(!dialog.payment().has_value());
        approval->submit(u"2001"_s, u"Demo@2001"_s);
        QTRY_VERIFY(dialog.payment().has_value());
        QCOMPARE(dialog.payment()->method, PaymentMethod::Waiver);
        QCOMPARE(dialog.payment()->approvedBy, u"2001"_s);
        QCOMPARE(dialog.payment()->amount, Money::fromYuan(10));
    }

    void theListPagesThroughADay()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Session clerk = signIn(u"1001"_s, u"W01"_s);
        QVERIFY(f.openShift(clerk).ok());
        PaymentService payments(f.db());
        for (int i = 0; i < 250; ++i) {
            const Result<Payment> p = payments.take(
                clerk, CashFixture::topUp(u"1330816%1"_s.arg(i, 4, 10, QLatin1Char('0')), 1,
                                          PaymentMethod::Card,
                                          u"REF%1"_s.arg(i, 5, 10, QLatin1Char('0'))));
            QVERIFY2(p.ok(), qPrintable(p.error().english()));
            Clock::advance(1000);
        }
        PaymentListModel model(f.db());
        model.setBusinessDay(QDate(2026, 11, 23));
        QCOMPARE(model.rowCount(), PaymentListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * PaymentListModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        // A write reloads as many rows as were shown, not just the first page.
        QVERIFY(payments
                    .take(clerk, CashFixture::topUp(u"13308169999"_s, 1, PaymentMethod::Card,
                                                    u"REF99999"_s))
                    .ok());
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 251);
        // (The tester fetches more on every reset by itself: attached once all is shown.)
        QAbstractItemModelTester tester(&model);
        // Newest first.
        QCOMPARE(model.index(0, 0).data(PaymentListModel::ReceiptNoRole).toString(),
                 u"RCTZ01-20261123-D1-0251"_s);
        model.setCustomerId(f.customerId()); // top-ups for numbers, not the customer
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(payments.take(clerk, CashFixture::cashForCase(f.simCase(), u"10"_s)).ok());
        QCOMPARE(model.rowCount(), 1); // the customer's case payment
        model.setCustomerId(QString());
        model.setBusinessDay(QDate(2026, 11, 24));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_CashPage)
#include "tst_cashpage.moc"
