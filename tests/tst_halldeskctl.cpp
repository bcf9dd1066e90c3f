// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldeskctl as an administrator or a script uses it: exit codes, messages, real files.
#include "core/storage/database.h"
#include "core/storage/eventlog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
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

class tst_HalldeskCtl : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("verify with argument")
            << QStringList{QStringLiteral("verify"), QStringLiteral("x")};
        QTest::newRow("staff add without role")
            << QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("1001"),
                           QStringLiteral("--name"), QStringLiteral("A")};
        QTest::newRow("seed-demo bad count") << QStringList{
            QStringLiteral("seed-demo"), QStringLiteral("--customers"), QStringLiteral("many")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(args, false);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("usage: halldeskctl")));
    }

    void missingDatabaseIsExplainedInBothLanguages()
    {
        const Run r = ctl({QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("halldeskctl init")), qPrintable(r.err));
        QVERIFY2(hasChinese(r.err), qPrintable(r.err));
        QVERIFY(!QFile::exists(dbPath()));
    }

    void initStaffVerify()
    {
        Run r = ctl({QStringLiteral("init"), QStringLiteral("--branch"), QStringLiteral("TZ01"),
                     QStringLiteral("--name"), QStringLiteral("城关镇便民服务中心")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("branch: TZ01")));
        r = ctl({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("1001"),
                 QStringLiteral("--name"), QStringLiteral("张丽"), QStringLiteral("--role"),
                 QStringLiteral("clerk")},
                true, "Start2026go\n");
        QCOMPARE(r.code, 0);
        r = ctl({QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("1001\t张丽\tclerk\tactive\tmust-change-password")));

        const qint64 events = eventCount();
        r = ctl({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("1002"),
                 QStringLiteral("--name"), QStringLiteral("王强"), QStringLiteral("--role"),
                 QStringLiteral("clerk"), QStringLiteral("--password"), QStringLiteral("short")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("at least 8 characters")));
        QVERIFY(hasChinese(r.err));
        QCOMPARE(eventCount(), events); // refused: nothing written

        r = ctl({QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("1001")});
        QCOMPARE(r.code, 0);
        r = ctl({QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("integrity: ok")));
        QVERIFY(r.out.contains(QStringLiteral("events: %1 verified").arg(events + 1)));
    }

    void verifyNamesTheFirstBrokenEvent()
    {
        QCOMPARE(ctl({QStringLiteral("init")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("1001"),
                      QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--role"),
                      QStringLiteral("clerk"), QStringLiteral("--password"),
                      QStringLiteral("Start2026go")})
                     .code,
                 0);
        QCOMPARE(ctl({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("1002"),
                      QStringLiteral("--name"), QStringLiteral("B"), QStringLiteral("--role"),
                      QStringLiteral("clerk"), QStringLiteral("--password"),
                      QStringLiteral("Start2026go")})
                     .code,
                 0);
        {
            auto db = Database::open(dbPath());
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER event_log_immutable")));
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE event_log SET data = replace(data, '\"A\"', '\"Z\"') WHERE seq = 2")));
        }
        const Run r = ctl({QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("BROKEN at seq 2")), qPrintable(r.out));
        QVERIFY(hasChinese(r.err));
    }

    void backupAndRestore()
    {
        QCOMPARE(ctl({QStringLiteral("init")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("1001"),
                      QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--role"),
                      QStringLiteral("clerk"), QStringLiteral("--password"),
                      QStringLiteral("Start2026go")})
                     .code,
                 0);
        const QString backup = m_dir->filePath(QStringLiteral("backups/monday.halldesk"));
        QCOMPARE(ctl({QStringLiteral("backup"), backup}).code, 0);
        QVERIFY(QFile::exists(backup));
        const Run again = ctl({QStringLiteral("backup"), backup});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QLatin1String("never overwritten")));

        // Work after the backup, then go back to it.
        QCOMPARE(ctl({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("1002"),
                      QStringLiteral("--name"), QStringLiteral("B"), QStringLiteral("--role"),
                      QStringLiteral("clerk"), QStringLiteral("--password"),
                      QStringLiteral("Start2026go")})
                     .code,
                 0);
        const Run restored = ctl({QStringLiteral("restore"), backup});
        QCOMPARE(restored.code, 0);
        QVERIFY(restored.out.contains(QLatin1String("previous database kept as")));
        const Run list = ctl({QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QLatin1String("1001")));
        QVERIFY(!list.out.contains(QLatin1String("1002")));
        QCOMPARE(ctl({QStringLiteral("verify")}).code, 0);

        // A damaged backup is refused and the database stays as it is.
        const QString bad = m_dir->filePath(QStringLiteral("bad.halldesk"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const Run refused = ctl({QStringLiteral("restore"), bad});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QLatin1String("damaged")));
        QVERIFY(ctl({QStringLiteral("staff"), QStringLiteral("list")})
                    .out.contains(QLatin1String("1001")));
    }

    // A backup is sealed with the device key, kept outside the data folder: a new PC
    // restores it only with the old PC's key file, which it then keeps.
    void restoreOnANewPcNeedsTheKeyFile()
    {
        const QByteArray keyDir = qgetenv("HALLDESK_KEY_DIR");
        const auto restoreKeyDir = qScopeGuard([keyDir] { qputenv("HALLDESK_KEY_DIR", keyDir); });
        QTemporaryDir oldKeys;
        QTemporaryDir stick;
        qputenv("HALLDESK_KEY_DIR", oldKeys.path().toUtf8());
        QCOMPARE(ctl({QStringLiteral("init")}).code, 0);
        const QString backup = stick.filePath(QStringLiteral("monday.halldesk"));
        const Run written = ctl({QStringLiteral("backup"), backup});
        QCOMPARE(written.code, 0);
        QVERIFY(written.out.contains(QLatin1String("encrypted with the device key")));
        const QStringList keys = QDir(oldKeys.path()).entryList({QStringLiteral("*.key")});
        QCOMPARE(keys.size(), 1);

        QTemporaryDir newKeys;
        qputenv("HALLDESK_KEY_DIR", newKeys.path().toUtf8());
        m_dir.reset(new QTemporaryDir);
        const Run refused = ctl({QStringLiteral("restore"), backup});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("--key-file")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(dbPath()));
        const Run restored = ctl({QStringLiteral("restore"), backup, QStringLiteral("--key-file"),
                                  oldKeys.filePath(keys.first())});
        QCOMPARE(restored.code, 0);
        QVERIFY2(restored.out.contains(QLatin1String("device key saved as")),
                 qPrintable(restored.out + restored.err));
        QVERIFY(QFile::exists(newKeys.filePath(keys.first())));
        QCOMPARE(ctl({QStringLiteral("verify")}).code, 0);
    }

    // A plain copy from a version that did not seal backups: nothing can tell whether it
    // was changed, so it is restored only when asked for, and the output says so.
    void plainBackupNeedsUnencrypted()
    {
        QCOMPARE(ctl({QStringLiteral("init")}).code, 0);
        const QString plain = m_dir->filePath(QStringLiteral("old.halldesk"));
        {
            auto db = Database::open(dbPath());
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(plain);
            QVERIFY(q.exec());
        }
        const Run refused = ctl({QStringLiteral("restore"), plain});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("--unencrypted")), qPrintable(refused.err));
        const Run restored =
            ctl({QStringLiteral("restore"), plain, QStringLiteral("--unencrypted")});
        QCOMPARE(restored.code, 0);
        QVERIFY2(restored.err.contains(QLatin1String("not encrypted")), qPrintable(restored.err));
        QCOMPARE(ctl({QStringLiteral("verify")}).code, 0);
    }

    void damagedDatabaseIsLeftAlone()
    {
        QVERIFY(QDir().mkpath(m_dir->path()));
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const Run r = ctl({QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("damaged")));
        QVERIFY(hasChinese(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(4096, 'x'));
    }

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("halldesk.db")); }

    qint64 eventCount()
    {
        auto db = Database::open(dbPath());
        return db.ok() ? EventLog::count(db.value()->connection()).value() : -1;
    }

    Run ctl(const QStringList &args, bool withDataDir = true, const QByteArray &input = {})
    {
        QProcess p;
        QStringList all;
        if (withDataDir)
            all << QStringLiteral("--data-dir") << m_dir->path();
        all << args;
        p.start(qEnvironmentVariable("HALLDESK_CTL"), all);
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

QTEST_GUILESS_MAIN(tst_HalldeskCtl)
#include "tst_halldeskctl.moc"
