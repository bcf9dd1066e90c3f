// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What an ID-card reader or barcode scanner types, told apart from a person typing.
#include "ui/shell/scanburstfilter.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

class tst_ScanBurstFilter : public QObject
{
    Q_OBJECT
private slots:
    void burstEndingInEnter_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("scanned");
        QTest::newRow("reader") << 0 << "11010519491231002X" << true;
        QTest::newRow("barcode") << 0 << "89861100000000000077" << true;
        QTest::newRow("person typing")
            << ScanBurstFilter::MaxGapMs * 3 << "11010519491231002X" << false;
        QTest::newRow("too short to be a scan") << 0 << "1234" << false;
    }
    void burstEndingInEnter()
    {
        QFETCH(int, delayMs);
        QFETCH(QString, text);
        QFETCH(bool, scanned);
        QLineEdit field;
        field.setText(QStringLiteral("王"));
        field.setCursorPosition(1);
        ScanBurstFilter filter;
        filter.watch(&field);
        QSignalSpy scans(&filter, &ScanBurstFilter::scanned);
        QLineEdit *landedIn = nullptr;
        connect(&filter, &ScanBurstFilter::scanned, this,
                [&landedIn](const QString &, QLineEdit *where) { landedIn = where; });
        QSignalSpy enter(&field, &QLineEdit::returnPressed);
        QTest::keyClicks(&field, text, Qt::NoModifier, delayMs);
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(scans.count(), scanned ? 1 : 0);
        if (scanned) {
            QCOMPARE(scans.first().at(0).toString(), text);
            QCOMPARE(landedIn, &field);
            // Taken back out of the field, and its Enter never reached it.
            QCOMPARE(field.text(), QStringLiteral("王"));
            QCOMPARE(enter.count(), 0);
        } else {
            QCOMPARE(field.text(), QStringLiteral("王") + text);
            QCOMPARE(enter.count(), 1);
        }
    }

    void enterOfAScanDoesNotPressTheDefaultButton()
    {
        QWidget form;
        auto *field = new QLineEdit(&form);
        auto *ok = new QPushButton(QStringLiteral("OK"), &form);
        ok->setDefault(true);
        auto *layout = new QVBoxLayout(&form);
        layout->addWidget(field);
        layout->addWidget(ok);
        ScanBurstFilter filter;
        filter.watch(field);
        QSignalSpy clicked(ok, &QPushButton::clicked);
        QSignalSpy scans(&filter, &ScanBurstFilter::scanned);
        QTest::keyClicks(field, QStringLiteral("11010519491231002X"));
        QTest::keyClick(field, Qt::Key_Enter);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(clicked.count(), 0);
    }

    void aPauseStartsANewBurst()
    {
        // A person types a letter, then reads the card: only the card's burst is a scan.
        QLineEdit field;
        ScanBurstFilter filter;
        filter.watch(&field);
        QSignalSpy scans(&filter, &ScanBurstFilter::scanned);
        QTest::keyClicks(&field, QStringLiteral("ab"), Qt::NoModifier, 0);
        QTest::qWait(ScanBurstFilter::MaxGapMs * 3);
        QTest::keyClicks(&field, QStringLiteral("11010519491231002X"));
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.first().first().toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(field.text(), QStringLiteral("ab"));
        // Editing keys in between break a burst.
        QTest::keyClicks(&field, QStringLiteral("1101051949"));
        QTest::keyClick(&field, Qt::Key_Backspace);
        QTest::keyClicks(&field, QStringLiteral("1231002X"));
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(scans.count(), 2); // the part after the Backspace is still 8 characters
        QCOMPARE(scans.last().first().toString(), QStringLiteral("1231002X"));
    }
};

QTEST_MAIN(tst_ScanBurstFilter)
#include "tst_scanburstfilter.moc"
