// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldeskctl queue: categories set up by the administrator, a day's figures, and the
// refusals with their bilingual message and exit code.
#include "core/queue/queuesetup.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class tst_QueueCtl : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QCOMPARE(ctl({QStringLiteral("seed-demo")}).code, 0);
    }

    void categories()
    {
        const Run list = ctl({QStringLiteral("queue"), QStringLiteral("categories")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("C\tC\t电信业务\tactive\tW05")));
        QVERIFY(list.out.contains(QStringLiteral("B\tB\t民政残联\tactive\tW01,W02")));

        const Run add =
            asAdmin({QStringLiteral("queue"), QStringLiteral("category"), QStringLiteral("F"),
                     QStringLiteral("咨询导办"), QStringLiteral("--prefix"), QStringLiteral("Z")});
        QCOMPARE(add.code, 0);
        const Run again = ctl({QStringLiteral("queue"), QStringLiteral("categories")});
        // Defined, but no window serves it yet: the kiosk does not offer it.
        QVERIFY(again.out.contains(QStringLiteral("F\tZ\t咨询导办\tactive\t(no window)")));
        {
            auto db = Database::open(DataLocation::databasePath(m_dir->path()));
            QVERIFY(db.ok());
            QCOMPARE(QueueSetup::servedCategories(db.value()->connection()).size(), 5);
            QCOMPARE(QueueSetup::categories(db.value()->connection()).size(), 6);
        }

        // A prefix another category prints: refused in both languages, exit 1.
        const Run taken =
            asAdmin({QStringLiteral("queue"), QStringLiteral("category"), QStringLiteral("G"),
                     QStringLiteral("其他"), QStringLiteral("--prefix"), QStringLiteral("A")});
        QCOMPARE(taken.code, 1);
        QVERIFY(taken.err.contains(QStringLiteral("Ticket prefix A is already used")));
        QVERIFY(taken.err.contains(QStringLiteral("号票前缀 A")));
        const Run bad = asAdmin({QStringLiteral("queue"), QStringLiteral("category"),
                                 QStringLiteral("toolong"), QStringLiteral("x")});
        QCOMPARE(bad.code, 1);
        const Run usage =
            asAdmin({QStringLiteral("queue"), QStringLiteral("category"), QStringLiteral("H")});
        QCOMPARE(usage.code, 2);
        QCOMPARE(ctl({QStringLiteral("queue")}).code, 2);
    }

    void figures()
    {
        const Run f = ctl({QStringLiteral("queue"), QStringLiteral("figures"),
                           QStringLiteral("--date"), QStringLiteral("2026-01-05")});
        QCOMPARE(f.code, 0);
        QVERIFY(f.out.contains(QStringLiteral("business day 2026-01-05")));
        QVERIFY(f.out.contains(QStringLiteral("tickets issued 0, waiting 0")));
        QVERIFY(f.out.contains(QStringLiteral("window W05 电信业务窗口: 0 served")));
        QCOMPARE(ctl({QStringLiteral("queue"), QStringLiteral("figures"), QStringLiteral("--date"),
                      QStringLiteral("yesterday")})
                     .code,
                 2);
    }

private:
    // Categories are the administrator's (the demo's 9001, password Demo@9001 on a pipe).
    Run asAdmin(const QStringList &args)
    {
        return ctl(QStringList{QStringLiteral("--admin"), QStringLiteral("9001"),
                               QStringLiteral("--password-fd"), QStringLiteral("0")} +
                       args,
                   "Demo@9001\n");
    }

    Run ctl(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("HALLDESK_CTL"),
                QStringList{QStringLiteral("--data-dir"), m_dir->path()} + args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_QueueCtl)
#include "tst_queuectl.moc"
