// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The service catalogue at the terminal: find a matter, read its service guide beside the
// list, and print it: everything the hall must publish about the item (DOMAIN rule 11),
// checked in the PDF.
#include "casefixture.h"
#include "core/common/language.h"
#include "models/cataloguemodel.h"
#include "pdftext.h"
#include "screenshot.h"
#include "ui/cases/cataloguepage.h"
#include "ui/shell/appstyle.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

class tst_CataloguePage : public QObject
{
    Q_OBJECT
    std::unique_ptr<CaseFixture> m_f;

private slots:
    void initTestCase()
    {
        AppStyle::apply(*qApp);
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }
    void init()
    {
        m_f = std::make_unique<CaseFixture>();
        QVERIFY2(m_f->open(0), qPrintable(m_f->problem()));
    }
    void cleanup() { m_f.reset(); }

    void searchReadAndPrintTheGuide()
    {
        CataloguePage page(m_f->db(), CaseFixture::clerk(), nullptr);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 29);
        page.setSearchText(QStringLiteral("补换卡"));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.selectedItem(), QStringLiteral("T05"));
        page.setSearchText(QString());
        QVERIFY(page.selectItem(QStringLiteral("T05")));
        const CatalogueItem item = m_f->item(QStringLiteral("T05"));
        QVERIFY(!item.feeCodes.isEmpty()); // a matter with a fee: its rate and basis are shown
        const QString shown = foldCjk(page.guideText());
        QVERIFY(shown.contains(foldCjk(item.name)));
        QTest::qWait(50);
        QVERIFY(saveScreenshot(&page, QStringLiteral("case-catalogue")));

        QTemporaryDir dir;
        QString pdf;
        page.setPrintHandler([&](const PrintDocument &doc) {
            pdf = dir.filePath(QStringLiteral("guide.pdf"));
            QVERIFY(doc.savePdf(pdf));
        });
        QApplication::setActiveWindow(&page);
        QTest::keyClick(&page, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        // Everything the hall publishes about the item: procedure, legal basis, conditions,
        // materials, steps, time limit, fee rate and basis, complaint channel.
        QVERIFY2(pdfContains(text, QStringLiteral("办事指南")), qPrintable(text));
        for (const QString &part :
             QStringList{item.name, item.code, item.department,
                         CatalogueModel::limitText(item.mode, item.limitDays), item.conditions,
                         item.materials.value(0), item.procedure.section(QStringLiteral("→"), 0, 0),
                         item.complaintChannel.left(12), item.legalBasis.left(12),
                         QStringLiteral("SIM卡补换卡费"), QStringLiteral("10.00")}) {
            QVERIFY2(pdfContains(text, part), qPrintable(part + QStringLiteral("\n---\n") + text));
        }
        for (const FormField &f : item.fields)
            QVERIFY2(pdfContains(text, f.label), qPrintable(f.label));
    }
};

QTEST_MAIN(tst_CataloguePage)
#include "tst_cataloguepage.moc"
