// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The buttons of a case's dialog each have their own Alt+letter: a completed case offers
// delivery (送达) and the rating pad (评价器) side by side, and they must not share one.
#include "casefixture.h"
#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/common/language.h"
#include "core/staff/passwordhasher.h"
#include "ui/cases/casedetaildialog.h"
#include "ui/shell/appstyle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeySequence>
#include <QtTest>

class tst_CaseMnemonics : public QObject
{
    Q_OBJECT

    // The Alt+letters of the dialog's visible buttons, one entry per button.
    static QStringList mnemonics(QWidget *dialog)
    {
        QStringList keys;
        const QList<QAbstractButton *> buttons = dialog->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            const QKeySequence key = QKeySequence::mnemonic(button->text());
            if (button->isVisible() && !key.isEmpty())
                keys.append(key.toString());
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        PasswordHasher::setIterations(1000);
        AppStyle::apply(*qApp);
    }

    void cleanup() { Clock::reset(); }

    void completedCaseHasDistinctMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void completedCaseHasDistinctMnemonics()
    {
        QFETCH(QString, language);
        QVERIFY(Language::install(*QCoreApplication::instance(), language));
        CaseFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const QString no = f.acceptedCase(QStringLiteral("G001"), QDate(2026, 11, 2));
        QVERIFY(!no.isEmpty());
        const Result<bool> completed = CaseService(f.db()).complete(CaseFixture::clerk(), no);
        QVERIFY2(completed.ok(), qPrintable(completed.error().english()));

        CaseDetailDialog dialog(f.db(), CaseFixture::clerk(), no);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QAbstractButton *>(QStringLiteral("action_deliver")));
        QVERIFY(dialog.findChild<QAbstractButton *>(QStringLiteral("action_rate")));
        const QStringList keys = mnemonics(&dialog);
        QVERIFY(keys.size() >= 2);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    }
};

QTEST_MAIN(tst_CaseMnemonics)
#include "tst_casemnemonics.moc"
