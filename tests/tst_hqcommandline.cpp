// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk-hq's command line as the packaged service and its operators use it: --version and
// --help answer, and the store is --db, else HALLDESK_HQ_DB (the service's configuration
// file), else halldesk-hq.db in the working folder.
#include "hqprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
};

Run runHq(const QStringList &args, const QString &workingDir, const QString &envDb)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HALLDESK_HQ_DB"));
    if (!envDb.isEmpty())
        env.insert(QStringLiteral("HALLDESK_HQ_DB"), envDb);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingDir);
    p.start(HqProcess::binary(), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput())};
}
} // namespace

class tst_HqCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(!HqProcess::binary().isEmpty(), "HALLDESK_HQ is not set"); }

    void versionAndHelp()
    {
        QTemporaryDir dir;
        const Run version = runHq({QStringLiteral("--version")}, dir.path(), QString());
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("halldesk-hq " HALLDESK_VERSION));
        const Run help = runHq({QStringLiteral("--help")}, dir.path(), QString());
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QLatin1String("HALLDESK_HQ_DB")), qPrintable(help.out));
        QVERIFY(QDir(dir.path()).isEmpty()); // neither opened a store
    }

    void storeChoice_data()
    {
        QTest::addColumn<bool>("inEnvironment");
        QTest::addColumn<bool>("onCommandLine");
        QTest::addColumn<QString>("expectedFile");
        QTest::newRow("neither: the working folder") << false << false << "halldesk-hq.db";
        QTest::newRow("environment") << true << false << "env.db";
        QTest::newRow("--db") << false << true << "option.db";
        QTest::newRow("--db wins over the environment") << true << true << "option.db";
    }

    void storeChoice()
    {
        QFETCH(bool, inEnvironment);
        QFETCH(bool, onCommandLine);
        QFETCH(QString, expectedFile);
        QTemporaryDir dir;
        QStringList args = {QStringLiteral("enroll-code"), QStringLiteral("--branch"),
                            QStringLiteral("T01")};
        if (onCommandLine)
            args << QStringLiteral("--db")
                 << QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("option.db"));
        const Run run =
            runHq(args, dir.path(),
                  inEnvironment ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("env.db"))
                                : QString());
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.trimmed().isEmpty()); // the code
        for (const char *file : {"halldesk-hq.db", "env.db", "option.db"}) {
            const QString name = QString::fromLatin1(file);
            QCOMPARE(QFileInfo::exists(dir.filePath(name)), name == expectedFile);
        }
    }
};

QTEST_GUILESS_MAIN(tst_HqCommandLine)
#include "tst_hqcommandline.moc"
