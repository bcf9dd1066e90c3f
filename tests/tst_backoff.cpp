// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Retry waits: doubling from 5 s with ±20 % jitter, capped at 5 minutes, or lower where
// the caller asks (a link that is down is probed every half minute at most).
#include "sync/backoff.h"
#include "sync/syncworker.h"

#include <QTest>

class tst_Backoff : public QObject
{
    Q_OBJECT
private slots:
    void growsWithJitterUpToTheCap_data()
    {
        QTest::addColumn<int>("failures"); // failures before this wait
        QTest::addColumn<qint64>("plainMs");
        QTest::newRow("first") << 0 << qint64(5000);
        QTest::newRow("second") << 1 << qint64(10000);
        QTest::newRow("fourth") << 3 << qint64(40000);
        QTest::newRow("seventh") << 6 << qint64(300000); // 320 s, capped
        QTest::newRow("after a week") << 2000 << qint64(300000);
    }
    void growsWithJitterUpToTheCap()
    {
        QFETCH(int, failures);
        QFETCH(qint64, plainMs);
        QSet<qint64> seen;
        for (int run = 0; run < 200; ++run) {
            Backoff b;
            for (int i = 0; i < failures; ++i)
                b.next();
            const qint64 wait = b.next();
            QVERIFY2(wait >= plainMs * 4 / 5 && wait <= std::min<qint64>(plainMs * 6 / 5, 300000),
                     qPrintable(QString::number(wait)));
            seen.insert(wait);
        }
        if (plainMs < 300000)
            QVERIFY(seen.size() > 10); // spread, so branches do not knock at once
        QCOMPARE(Backoff().failures(), 0);
    }

    void linkDownIsProbedEveryHalfMinuteAtMost()
    {
        Backoff b;
        for (int i = 0; i < 50; ++i)
            QVERIFY(b.next(SyncWorker::LinkDownRetryCapMs) <= SyncWorker::LinkDownRetryCapMs);
        QCOMPARE(b.failures(), 50);
        // HQ answering with faults still backs off to the full cap.
        QVERIFY(b.next() > SyncWorker::LinkDownRetryCapMs);
        b.reset();
        QVERIFY(b.next() <= 6000);
    }
};

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
