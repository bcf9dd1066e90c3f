// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The small cash dialogs as a clerk and a supervisor meet them: the payment pre-filled with
// what the case asks for, the shift and the day checked when a dialog opens (with the shift
// opened right there), whole messages in small dialogs in both languages, and who may
// approve a supervisor's own void.
#include "cashfixture.h"
#include "core/cases/caseservice.h"
#include "core/cash/daycloseservice.h"
#include "core/cash/paymentservice.h"
#include "core/cash/shiftservice.h"
#include "core/common/clock.h"
#include "core/common/language.h"
#include "core/queue/ticketservice.h"
#include "core/staff/approvalrule.h"
#include "screenshot.h"
#include "ui/cash/adjustmentdialog.h"
#include "ui/cash/closeshiftdialog.h"
#include "ui/cash/dayclosedialog.h"
#include "ui/cash/openshiftdialog.h"
#include "ui/cash/paymentdialog.h"
#include "ui/cash/shiftgate.h"
#include "ui/shell/approvaldialog.h"
#include "ui/shell/appstyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

template <typename Dialog> void settle(Dialog *dialog)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QApplication::processEvents();
}

// Every visible word-wrapped label of the dialog shows all its lines (none squeezed).
QString clippedLabel(QWidget *dialog)
{
    QApplication::processEvents();
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(dialog) || !label->wordWrap() || label->text().isEmpty())
            continue;
        if (label->height() < label->heightForWidth(label->width()))
            return label->text();
    }
    return QString();
}

QString t09Case(CashFixture &f, const QString &amount)
{
    NewCase c;
    c.itemCode = u"T09"_s;
    c.customerId = f.customerId();
    c.windowCode = u"W05"_s;
    c.formData = {{u"number"_s, u"13308161234"_s}, {u"amount"_s, amount}};
    const Result<QString> no = CaseService(f.db()).registerCase(CashFixture::clerk(), c);
    if (!no)
        qWarning() << no.error().english();
    return no ? no.value() : QString();
}

Session supervisorAt(const QString &window)
{
    Session s = CashFixture::supervisor();
    s.window = window;
    return s;
}

} // namespace

class tst_CashDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        AppStyle::apply(*qApp);
        QVERIFY(Language::install(*QCoreApplication::instance(), u"zh_CN"_s));
    }

    // Bug: paying a T09 case pre-filled both of its fee items (¥150) whatever was asked.
    void paymentPrefillsWhatTheCaseAsks_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("total");
        QTest::newRow("50 yuan") << u"50"_s << 1 << u"50.00"_s;
        QTest::newRow("150 yuan") << u"150"_s << 2 << u"150.00"_s;
        QTest::newRow("200 yuan") << u"200"_s << 1 << u"200.00"_s;
        QTest::newRow("no fees make 80") << u"80"_s << 0 << u"0.00"_s;
    }
    void paymentPrefillsWhatTheCaseAsks()
    {
        QFETCH(QString, amount);
        QFETCH(int, lines);
        QFETCH(QString, total);
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(CashFixture::clerk()).ok());
        PaymentTarget target;
        target.customerId = f.customerId();
        target.caseNo = t09Case(f, amount);
        QVERIFY(!target.caseNo.isEmpty());
        PaymentDialog dialog(f.db(), CashFixture::clerk(), target);
        QCOMPARE(dialog.lineCount(), lines);
        QVERIFY2(dialog.totalText().contains(total), qPrintable(dialog.totalText()));
        // An item with one fee asks for that fee once.
        target.caseNo = f.simCase();
        PaymentDialog sim(f.db(), CashFixture::clerk(), target);
        QCOMPARE(sim.lineCount(), 1);
        QVERIFY(sim.totalText().contains(u"10.00"_s));
    }

    // Bug: with no open shift the whole form could be filled and failed on 收款.
    void paymentOffersTheShiftWhenItOpens()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        PaymentTarget target;
        target.caseNo = f.simCase();
        PaymentDialog dialog(f.db(), CashFixture::clerk(), target);
        settle(&dialog);
        ShiftGate *gate = dialog.shiftGate();
        QVERIFY(gate->isVisible());
        QVERIFY(!gate->isReady());
        QVERIFY(!gate->text().isEmpty());
        auto *take = dialog.findChild<QPushButton *>(u"takePayment"_s);
        QVERIFY(!take->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(u"tendered"_s)->isEnabled());
        auto *open = gate->findChild<QPushButton *>(u"shiftGateOpen"_s);
        QVERIFY(open->isVisible());
        QVERIFY(saveScreenshot(&dialog, u"cash-20-payment-no-shift"_s));
        // Opened right there, the form is ready.
        QPointer<OpenShiftDialog> opening = gate->openShift();
        QVERIFY(opening);
        opening->setFloat(u"200.00"_s);
        opening->submit();
        QTRY_VERIFY(gate->isReady());
        QVERIFY(!gate->isVisible());
        QVERIFY(take->isEnabled());
        dialog.setTendered(u"10"_s);
        dialog.submit();
        QVERIFY2(dialog.payment().has_value(), qPrintable(dialog.errorText()));
    }

    // Bug: after the day close the 开班 dialog opened and refused only on submit.
    void aClosedDayIsSaidAtOnce()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(DayCloseService(f.db()).close(CashFixture::supervisor(), Clock::today()).ok());
        OpenShiftDialog opening(f.db(), CashFixture::clerk());
        settle(&opening);
        QVERIFY(opening.errorText().contains(Clock::today().toString(Qt::ISODate)));
        QVERIFY(!opening.findChild<QLineEdit *>(u"floatAmount"_s)->isEnabled());
        QCOMPARE(clippedLabel(&opening), QString());
        QVERIFY(saveScreenshot(&opening, u"cash-21-open-shift-day-closed"_s));

        PaymentDialog payment(f.db(), CashFixture::clerk(), PaymentTarget());
        settle(&payment);
        QVERIFY(payment.shiftGate()->text().contains(Clock::today().toString(Qt::ISODate)));
        // Nothing to open on a closed day.
        QVERIFY(!payment.shiftGate()->findChild<QPushButton *>(u"shiftGateOpen"_s)->isVisible());
        QVERIFY(!payment.findChild<QPushButton *>(u"takePayment"_s)->isEnabled());
    }

    // Bug: the error's second line and the intro were cut off in small dialogs.
    void smallDialogsShowTheWholeMessage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void smallDialogsShowTheWholeMessage()
    {
        QFETCH(QString, language);
        QVERIFY(Language::install(*QCoreApplication::instance(), language));
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));

        OpenShiftDialog opening(f.db(), CashFixture::clerk());
        settle(&opening);
        opening.setFloat(u"-100"_s);
        opening.submit();
        QVERIFY(!opening.errorText().isEmpty());
        QCOMPARE(clippedLabel(&opening), QString());
        QVERIFY(saveScreenshot(&opening, u"cash-22-open-shift-negative-"_s + language));
        opening.setFloat(u"200"_s);
        opening.submit();
        QVERIFY(opening.shift().has_value());

        const Result<Payment> paid = PaymentService(f.db()).take(
            CashFixture::clerk(),
            CashFixture::topUp(u"13308161234"_s, 1, PaymentMethod::Cash, u"50"_s));
        QVERIFY(paid.ok());
        AdjustmentDialog voiding(f.db(), CashFixture::clerk(), paid.value(),
                                 AdjustmentDialog::Kind::Void);
        settle(&voiding);
        voiding.submit();
        QVERIFY(!voiding.errorText().isEmpty());
        QCOMPARE(clippedLabel(&voiding), QString());
        QVERIFY(saveScreenshot(&voiding, u"cash-23-void-no-reason-"_s + language));
        QVERIFY(Language::install(*QCoreApplication::instance(), u"zh_CN"_s));
    }

    // Bug: a supervisor learnt only after the password that they may not approve their own
    // void, and with one supervisor on duty nothing could be voided.
    void aSupervisorsOwnVoidGoesToAnAdministrator()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Session supervisor = supervisorAt(u"W02"_s);
        QVERIFY(f.openShift(supervisor).ok());
        const Result<Payment> paid = PaymentService(f.db()).take(
            supervisor, CashFixture::topUp(u"13308161234"_s, 1, PaymentMethod::Cash, u"50"_s));
        QVERIFY(paid.ok());
        AdjustmentDialog voiding(f.db(), supervisor, paid.value(), AdjustmentDialog::Kind::Void);
        settle(&voiding);
        // Who may approve is said before anything is typed.
        const QString who = ApprovalRule::whoMayApprove(supervisor);
        QVERIFY(voiding.findChild<QLabel *>(u"adjustmentWhat"_s)->text().contains(who));
        voiding.setReason(u"号码输错"_s);
        voiding.submit();
        QPointer<ApprovalDialog> approval = voiding.pendingApproval();
        QVERIFY(approval);
        settle(approval.data());
        QVERIFY(approval->findChild<QLabel *>(u"approvalIntro"_s)->text().contains(who));
        // Their own number is refused as it is typed, before any password.
        approval->findChild<QLineEdit *>(u"approverStaffNo"_s)->setText(u"2001"_s);
        QVERIFY(!approval->errorText().isEmpty());
        QCOMPARE(clippedLabel(approval.data()), QString());
        QVERIFY(saveScreenshot(approval.data(), u"cash-24-approval-own-number"_s));
        approval->submit(u"9001"_s, u"Demo@9001"_s);
        QTRY_VERIFY(voiding.adjustment().has_value());
        QCOMPARE(voiding.adjustment()->approvedBy, u"9001"_s);
    }

    // Improvement: the day close warns about the hall, and the supervisor closes an absent
    // clerk's shift with a count and a witness.
    void theDayCloseProtectsTheHall()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(CashFixture::clerk(), u"0"_s).ok());
        TicketService tickets(f.db());
        QVERIFY(tickets.issue(CashFixture::clerk(), {u"A"_s, u"normal"_s, {}, {}}).ok());
        QVERIFY(tickets.issue(CashFixture::clerk(), {u"A"_s, u"normal"_s, {}, {}}).ok());
        QVERIFY(tickets.callNext(CashFixture::clerk(), u"W01"_s).ok());

        DayCloseDialog closing(f.db(), supervisorAt(u"W02"_s), Clock::today());
        settle(&closing);
        const QString hall = closing.hallText();
        QVERIFY2(hall.contains(u"1"_s) && hall.contains(u"W01"_s), qPrintable(hall));
        auto *closeDay = closing.findChild<QPushButton *>(u"closeDay"_s);
        QVERIFY(!closeDay->isEnabled()); // customers in the hall: confirm first
        QVERIFY(closing.findChild<QCheckBox *>(u"closeAnyway"_s)->isVisible());
        QVERIFY(saveScreenshot(&closing, u"cash-25-day-close-hall"_s));

        // Clerk 1001 has gone home: the supervisor counts their drawer before 1002.
        auto *button = closing.findChild<QPushButton *>(u"closeShift_1001"_s);
        QVERIFY(button && button->isVisible());
        QPointer<CloseShiftDialog> count =
            closing.closeShiftFor(ShiftService(f.db()).current(u"1001"_s)->shiftId);
        QVERIFY(count);
        settle(count.data());
        count->submit();
        QVERIFY(count->errorText().contains(u"1001"_s)); // no witness yet
        QVERIFY(saveScreenshot(count.data(), u"cash-26-close-absent-shift"_s));
        count->setWitness(u"1002"_s);
        count->submit();
        QTRY_VERIFY(!ShiftService(f.db()).current(u"1001"_s).has_value());
        QTRY_VERIFY(!closing.findChild<QPushButton *>(u"closeShift_1001"_s));

        closing.setCloseAnyway(true);
        QVERIFY(closeDay->isEnabled());
        closing.closeDay();
        QVERIFY2(closing.isClosed(), qPrintable(closing.errorText()));
    }

    // The one rule: an administrator approves a supervisor's request, not a clerk's; nobody
    // approves their own; a clerk approves nothing.
    void whoMayApproveWhom()
    {
        const Session clerk = CashFixture::clerk();
        const Session supervisor = CashFixture::supervisor();
        Session otherSupervisor = supervisor;
        otherSupervisor.staffNo = u"2002"_s;
        const Session admin = TestDatabase::staff(u"9001"_s, Role::Admin);
        QVERIFY(ApprovalRule::mayApprove(clerk, supervisor));
        QVERIFY(!ApprovalRule::mayApprove(clerk, admin));
        QVERIFY(ApprovalRule::mayApprove(supervisor, admin));
        QVERIFY(ApprovalRule::mayApprove(supervisor, otherSupervisor));
        QVERIFY(!ApprovalRule::mayApprove(supervisor, supervisor));
        QVERIFY(!ApprovalRule::mayApprove(supervisor, CashFixture::secondClerk()));
        QCOMPARE(ApprovalRule::check(supervisor, supervisor).error().code(), u"approval.self"_s);
        QCOMPARE(ApprovalRule::check(clerk, admin).error().code(), u"approval.not_allowed"_s);
    }
};

QTEST_MAIN(tst_CashDialogs)
#include "tst_cashdialogs.moc"
