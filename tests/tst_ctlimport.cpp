// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldeskctl import-customers and import-master as an administrator runs them: the real
// binary, real files, exit codes 0/1/2 and messages in Chinese and English.
#include "core/storage/database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

} // namespace

class tst_CtlImport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("customers without file") << QStringList{QStringLiteral("import-customers")};
        QTest::newRow("customers two files") << QStringList{
            QStringLiteral("import-customers"), QStringLiteral("a.csv"), QStringLiteral("b.csv")};
        QTest::newRow("master without file") << QStringList{QStringLiteral("import-master")};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("import-customers F.csv")));
    }

    void importsCustomersInGb18030()
    {
        QCOMPARE(
            ctl({QStringLiteral("init"), QStringLiteral("--branch"), QStringLiteral("TZ01")}).code,
            0);
        QStringEncoder gb("GB18030");
        const QString path =
            write(QStringLiteral("customers.csv"),
                  gb(QStringLiteral("name,id_number,phone,address,备注\n"
                                    "李秀英,510703196504120028,13800138000,城关镇解放街12号,\n"
                                    "王建国,11010519491231002x,,\"东风村3组,12号\",老顾客\n")));
        const Run r = ctl({QStringLiteral("import-customers"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("2 customers imported from 2 rows (GB18030)")),
                 qPrintable(r.out));
        QVERIFY2(hasChinese(r.out), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Columns ignored: 备注")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_log WHERE type = "
                                      "'customer.registered'")),
                 2);
        QCOMPARE(ctl({QStringLiteral("verify")}).code, 0);
    }

    void badRowsImportNothing()
    {
        QCOMPARE(ctl({QStringLiteral("init")}).code, 0);
        const QString path = write(QStringLiteral("bad.csv"),
                                   QByteArray("\xEF\xBB\xBF") +
                                       QStringLiteral("name,id_number,phone,address\n"
                                                      "李秀英,510703196504120028,13800138000,a\n"
                                                      "王建国,110105194912310021,13800138000,b\n"
                                                      "张三,11010519491231002X,1380013800,c\n")
                                           .toUtf8());
        const qint64 events = count(QStringLiteral("SELECT count(*) FROM event_log"));
        const Run r = ctl({QStringLiteral("import-customers"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Line 3, id_number: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Line 4, phone: ")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("Line 2")));
        QVERIFY(r.err.contains(QLatin1String("2 of 3 rows have problems")));
        QVERIFY2(hasChinese(r.err), qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_log")), events);
    }

    void fileProblemsExitOne()
    {
        QCOMPARE(ctl({QStringLiteral("init")}).code, 0);
        Run r =
            ctl({QStringLiteral("import-customers"), m_dir->filePath(QStringLiteral("no.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY(hasChinese(r.err));
        const QString header = write(QStringLiteral("h.csv"), "name,phone\n");
        r = ctl({QStringLiteral("import-customers"), header});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("id_number,address")), qPrintable(r.err));
    }

    void noDatabaseYet()
    {
        const QString path = write(QStringLiteral("c.csv"), "name,id_number,phone,address\n");
        const Run r = ctl({QStringLiteral("import-customers"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("halldeskctl init")));
    }

    void importsMaster()
    {
        QCOMPARE(
            ctl({QStringLiteral("init"), QStringLiteral("--branch"), QStringLiteral("TZ01")}).code,
            0);
        const QString master = QStringLiteral("%1/resources/demo/master.json")
                                   .arg(qEnvironmentVariable("HALLDESK_SOURCE_DIR"));
        Run r = ctl({QStringLiteral("import-master"), master});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Master data version 1 applied.")));
        QVERIFY(hasChinese(r.out));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalogue_item WHERE service_change "
                                      "= 'open'")),
                 1);
        r = ctl({QStringLiteral("import-master"), master});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("already applied")));

        // Invalid master data is refused whole, in both languages.
        QFile file(master);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bad = file.readAll();
        bad.replace("\"version\": 1", "\"version\": 2");
        bad.replace("\"mode\": \"immediate\"", "\"mode\": \"someday\"");
        const qint64 items = count(QStringLiteral("SELECT count(*) FROM catalogue_item"));
        r = ctl({QStringLiteral("import-master"), write(QStringLiteral("bad.json"), bad)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("someday")), qPrintable(r.err));
        QVERIFY(hasChinese(r.err));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalogue_item")), items);
        QCOMPARE(count(QStringLiteral("SELECT CAST(value AS INTEGER) FROM setting WHERE key = "
                                      "'master.version'")),
                 1);

        r = ctl(
            {QStringLiteral("import-master"), write(QStringLiteral("x.json"), "{\"version\":")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("not master data in JSON")));
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    qint64 count(const QString &sql)
    {
        auto db = Database::open(m_dir->filePath(QStringLiteral("halldesk.db")));
        if (!db)
            return -1;
        QSqlQuery q(db.value()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    Run ctl(const QStringList &args)
    {
        QProcess p;
        QStringList all{QStringLiteral("--data-dir"), m_dir->path()};
        all << args;
        p.start(qEnvironmentVariable("HALLDESK_CTL"), all);
        if (!p.waitForStarted())
            return {};
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_CtlImport)
#include "tst_ctlimport.moc"
