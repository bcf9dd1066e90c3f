// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The form the customer signs for an opening or a change: what it says, masked as the role
// may see it, and that it prints to an A4 PDF.
#include "core/common/clock.h"
#include "core/common/language.h"
#include "core/customers/subscriptionservice.h"
#include "core/staff/passwordhasher.h"
#include "counterfixture.h"
#include "ui/printing/serviceform.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_ServiceForm : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;
    Customer m_holder;
    Customer m_other;

private slots:
    void initTestCase()
    {
        PasswordHasher::setIterations(1000);
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime).toUTC());
        m_f = std::make_unique<CounterFixture>();
        QVERIFY2(m_f->open(), qPrintable(m_f->problem()));
        m_holder = m_f->addCustomer(QStringLiteral("王建国"), "51072219800315002").value();
        m_other = m_f->addCustomer(QStringLiteral("李秀英"), "51070319650412002",
                                   QStringLiteral("13900139000"))
                      .value();
    }
    void cleanup()
    {
        m_f.reset();
        Clock::reset();
    }

    void openingForm()
    {
        const ServiceOutcome opened =
            m_f->openLine(m_holder, QStringLiteral("13308161234"), QDate(2027, 6, 30)).value();
        const Result<PrintDocument> doc =
            ServiceForm::document(m_f->db(), CounterFixture::clerk(), opened.record.changeId);
        QVERIFY(doc.ok());
        QCOMPARE(doc->paper, PrintDocument::Paper::A4);
        const QString html = doc->html;
        QVERIFY(html.contains(opened.record.formNo));
        QVERIFY(html.contains(QStringLiteral("业务受理单：开户/新装")));
        QVERIFY(html.contains(QStringLiteral("王建国")));
        QVERIFY(html.contains(QStringLiteral("510722********") + m_holder.idNumber.right(4)));
        QVERIFY(!html.contains(m_holder.idNumber));
        QVERIFY(html.contains(QStringLiteral("138****8000")));
        QVERIFY(html.contains(QStringLiteral("13308161234")));
        QVERIFY(html.contains(QStringLiteral("2027-06-30")));
        QVERIFY(html.contains(QStringLiteral("T01")));
        QVERIFY(html.contains(QStringLiteral("客户签字")));
        // Never the initial password.
        QVERIFY(!html.contains(opened.initialPassword));
        // A supervisor's print shows the full number.
        const Result<PrintDocument> full =
            ServiceForm::document(m_f->db(), CounterFixture::supervisor(), opened.record.changeId);
        QVERIFY(full->html.contains(m_holder.idNumber));
        QVERIFY(!ServiceForm::document(m_f->db(), CounterFixture::clerk(), QStringLiteral("x")));
    }

    void changeUnderContractForm()
    {
        const Subscription line =
            m_f->openLine(m_holder, QStringLiteral("13308161234"), QDate(2027, 6, 30))->service;
        ServiceChangeRequest plan;
        plan.change = ServiceChange::Plan;
        plan.proof = IdentityProof::idNumber(m_holder.idNumber);
        plan.plan = QStringLiteral("59元融合套餐");
        plan.contractConfirmed = true;
        const ServiceOutcome changed = SubscriptionService(m_f->db())
                                           .change(CounterFixture::clerk(), line.serviceId, plan)
                                           .value();
        const PrintDocument doc =
            ServiceForm::document(m_f->db(), CounterFixture::clerk(), changed.record);
        QVERIFY(doc.html.contains(QStringLiteral("变更前")));
        QVERIFY(doc.html.contains(line.plan));
        QVERIFY(doc.html.contains(QStringLiteral("59元融合套餐")));
        QVERIFY(doc.html.contains(QStringLiteral("客户处于协议期内（至 2027-06-30）")));
        QVERIFY(doc.html.contains(QStringLiteral("身份证")));
        QVERIFY(doc.footer.contains(changed.record.formNo));

        // Written as an A4 PDF a person can open (kept beside the screenshots).
        QString dir = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QDir::temp().filePath(QStringLiteral("halldesk-screenshots"));
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(QStringLiteral("counter-service-form.pdf"));
        QString error;
        QVERIFY2(doc.savePdf(path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10000); // the embedded CJK font
    }

    void transferFormNamesBothHolders()
    {
        const Subscription line = m_f->openLine(m_holder, QStringLiteral("13308161234"))->service;
        ServiceChangeRequest transfer;
        transfer.change = ServiceChange::Transfer;
        transfer.proof = IdentityProof::idNumber(m_holder.idNumber);
        transfer.newOwnerIdNumber = m_other.idNumber;
        const ServiceOutcome changed =
            SubscriptionService(m_f->db())
                .change(CounterFixture::clerk(), line.serviceId, transfer)
                .value();
        const PrintDocument doc =
            ServiceForm::document(m_f->db(), CounterFixture::clerk(), changed.record);
        QVERIFY(doc.html.contains(QStringLiteral("新机主")));
        QVERIFY(doc.html.contains(QStringLiteral("李秀英")));
        QVERIFY(doc.html.contains(QStringLiteral("510703********") + m_other.idNumber.right(4)));
        QVERIFY(doc.html.contains(QStringLiteral("原机主签字")));
        QVERIFY(doc.html.contains(QStringLiteral("新机主签字")));
        QVERIFY(!doc.html.contains(changed.initialPassword));
    }
};

QTEST_MAIN(tst_ServiceForm)
#include "tst_serviceform.moc"
