// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldeskctl's commands that change the branch need a supervisor or an administrator:
// the real binary on a seeded demo branch, the password passed on a pipe (--password-fd)
// or typed at a terminal, refusals that change nothing but the failed-attempt log, and
// events that name who ran the command.
#include "core/storage/database.h"
#include "core/storage/datalocation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
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

// The shipped binary hashes at full strength: no variable lowers it outside a test build.
QProcessEnvironment ctlEnvironment()
{
    return QProcessEnvironment::systemEnvironment();
}

// The demo branch's supervisor and administrator (DemoSeeder: Demo@<staff no>).
const QString kSupervisor = QStringLiteral("2001");
const QString kAdministrator = QStringLiteral("9001");
QByteArray demoPassword(const QString &staffNo)
{
    return "Demo@" + staffNo.toLatin1();
}

} // namespace

class tst_CtlAdmin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_seeded.isValid());
        const Run seeded = ctlIn(m_seeded.path(), {QStringLiteral("seed-demo")});
        QVERIFY2(seeded.code == 0, qPrintable(seeded.err));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QFile::copy(DataLocation::databasePath(m_seeded.path()), dbPath()));
    }

    void changingCommandsNeedAnAdministrator_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("staff passwd")
            << QStringList{QStringLiteral("staff"), QStringLiteral("passwd"), kSupervisor,
                           QStringLiteral("--password"), QStringLiteral("Taken2026over")};
        QTest::newRow("staff add supervisor") << QStringList{QStringLiteral("staff"),
                                                             QStringLiteral("add"),
                                                             QStringLiteral("6666"),
                                                             QStringLiteral("--name"),
                                                             QStringLiteral("X"),
                                                             QStringLiteral("--role"),
                                                             QStringLiteral("supervisor"),
                                                             QStringLiteral("--password"),
                                                             QStringLiteral("Taken2026over")};
        QTest::newRow("staff disable")
            << QStringList{QStringLiteral("staff"), QStringLiteral("disable"), kAdministrator};
        QTest::newRow("staff enable")
            << QStringList{QStringLiteral("staff"), QStringLiteral("enable"), kAdministrator};
        QTest::newRow("seed-demo") << QStringList{
            QStringLiteral("seed-demo"), QStringLiteral("--customers"), QStringLiteral("3")};
        QTest::newRow("import-customers")
            << QStringList{QStringLiteral("import-customers"), QStringLiteral("@customers")};
        QTest::newRow("import-master")
            << QStringList{QStringLiteral("import-master"), QStringLiteral("@master")};
        QTest::newRow("queue category")
            << QStringList{QStringLiteral("queue"), QStringLiteral("category"), QStringLiteral("F"),
                           QStringLiteral("咨询导办")};
        QTest::newRow("init renames") << QStringList{
            QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("别的名字")};
        QTest::newRow("enroll") << QStringList{QStringLiteral("enroll"),
                                               QStringLiteral("http://127.0.0.1:9"),
                                               QStringLiteral("K7MQ-3XTP-9RWA")};
        QTest::newRow("restore") << QStringList{QStringLiteral("restore"),
                                                QStringLiteral("@backup")};
    }
    // Run by a script with no terminal and no --admin: refused, nothing written at all.
    void changingCommandsNeedAnAdministrator()
    {
        QFETCH(QStringList, args);
        args = withFiles(args);
        const QByteArray before = fileHash(dbPath());
        const Run r = ctl(args, "Taken2026over\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("needs a supervisor or an administrator")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("--admin STAFF_NO --password-fd N")));
        QCOMPARE(fileHash(dbPath()), before);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("staffNo");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("translated");
        const QString wrong = QStringLiteral("The staff number or the password is wrong");
        QTest::newRow("wrong password") << kAdministrator << QByteArray("Demo@9002")
                                        << QStringLiteral("wrong_password") << wrong << true;
        QTest::newRow("unknown number") << QStringLiteral("7777") << demoPassword(kAdministrator)
                                        << QStringLiteral("unknown_staff") << wrong << true;
        QTest::newRow("clerk") << QStringLiteral("1001") << demoPassword(QStringLiteral("1001"))
                               << QStringLiteral("not_administrator")
                               << QStringLiteral("1001 (clerk) is not a supervisor or an "
                                                 "administrator")
                               << false;
        QTest::newRow("partner") << QStringLiteral("1003") << demoPassword(QStringLiteral("1003"))
                                 << QStringLiteral("not_administrator")
                                 << QStringLiteral("1003 (partner) is not a supervisor") << false;
    }
    // A wrong password, an unknown number or a clerk: refused, the attempt logged as a
    // failed sign-in, the staff member's password untouched.
    void refusals()
    {
        QFETCH(QString, staffNo);
        QFETCH(QByteArray, password);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        QFETCH(bool, translated);
        const QString hashBefore = value(QStringLiteral("SELECT password_hash FROM staff WHERE "
                                                        "staff_no = '1002'"));
        const qint64 eventsBefore = number(QStringLiteral("SELECT count(*) FROM event_log"));
        const Run r = ctl(adminArgs(staffNo, 0) +
                              QStringList{QStringLiteral("staff"), QStringLiteral("passwd"),
                                          QStringLiteral("1002"), QStringLiteral("--password"),
                                          QStringLiteral("Taken2026over")},
                          password + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!translated || hasChinese(r.err));
        QCOMPARE(value(QStringLiteral("SELECT password_hash FROM staff WHERE staff_no = '1002'")),
                 hashBefore);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM event_log")), eventsBefore + 1);
        const QJsonObject failed = lastEvent(QStringLiteral("staff.login_failed"));
        QCOMPARE(failed.value(QLatin1String("staff_no")).toString(), staffNo);
        QCOMPARE(failed.value(QLatin1String("window")).toString(), QStringLiteral("halldeskctl"));
        QCOMPARE(failed.value(QLatin1String("reason")).toString(), reason);
    }

    void disabledAndInitialPasswordsAreRefused()
    {
        QCOMPARE(asAdmin(kAdministrator,
                         {QStringLiteral("staff"), QStringLiteral("disable"), kSupervisor})
                     .code,
                 0);
        Run r =
            asAdmin(kSupervisor, {QStringLiteral("staff"), QStringLiteral("enable"), kSupervisor});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("is disabled")), qPrintable(r.err));
        QVERIFY(hasChinese(r.err));

        // A password someone else set (a reset) never proves who runs the command.
        QCOMPARE(asAdmin(kAdministrator,
                         {QStringLiteral("staff"), QStringLiteral("enable"), kSupervisor})
                     .code,
                 0);
        QCOMPARE(
            asAdmin(kAdministrator, {QStringLiteral("staff"), QStringLiteral("passwd"), kSupervisor,
                                     QStringLiteral("--password"), QStringLiteral("Reset2026now")})
                .code,
            0);
        r = ctl(adminArgs(kSupervisor, 0) + QStringList{QStringLiteral("staff"),
                                                        QStringLiteral("disable"),
                                                        QStringLiteral("1001")},
                "Reset2026now\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("still has the initial password")),
                 qPrintable(r.err));
        QCOMPARE(value(QStringLiteral("SELECT active FROM staff WHERE staff_no = '1001'")),
                 QStringLiteral("1"));
    }

    // Five wrong passwords lock the account as at the counter, for the GUI too.
    void failuresLockTheAccount()
    {
        const QStringList list{QStringLiteral("staff"), QStringLiteral("disable"),
                               QStringLiteral("1001")};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(ctl(adminArgs(kAdministrator, 0) + list, "wrong-one\n").code, 1);
        QVERIFY(!value(QStringLiteral("SELECT locked_until FROM staff WHERE staff_no = '9001'"))
                     .isEmpty());
        QVERIFY(!lastEvent(QStringLiteral("staff.locked")).isEmpty());
        const Run r = asAdmin(kAdministrator, list);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("is locked")), qPrintable(r.err));
        QCOMPARE(value(QStringLiteral("SELECT active FROM staff WHERE staff_no = '1001'")),
                 QStringLiteral("1"));
    }

    // The events a command writes carry the staff number of whoever gave the password.
    void eventsNameTheAdministrator()
    {
        Run r = asAdmin(kSupervisor,
                        {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("2002"),
                         QStringLiteral("--name"), QStringLiteral("周敏"), QStringLiteral("--role"),
                         QStringLiteral("supervisor"), QStringLiteral("--password"),
                         QStringLiteral("Start2026go")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastStaff(QStringLiteral("staff.added")), kSupervisor);

        // The administrator's password and the new one, two lines of the same pipe.
        r = ctl(adminArgs(kAdministrator, 0) + QStringList{QStringLiteral("staff"),
                                                           QStringLiteral("passwd"),
                                                           QStringLiteral("1002")},
                demoPassword(kAdministrator) + "\nNew2026pass\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastStaff(QStringLiteral("staff.password_reset")), kAdministrator);
        QCOMPARE(number(QStringLiteral("SELECT failed_logins FROM staff WHERE staff_no = '9001'")),
                 0);

        r = asAdmin(kAdministrator,
                    {QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("1002")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastStaff(QStringLiteral("staff.disabled")), kAdministrator);
        r = asAdmin(kAdministrator,
                    {QStringLiteral("staff"), QStringLiteral("disable"), kAdministrator});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("cannot disable your own account")));

        r = asAdmin(kSupervisor,
                    withFiles({QStringLiteral("import-customers"), QStringLiteral("@customers")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastStaff(QStringLiteral("customer.registered")), kSupervisor);

        r = asAdmin(kAdministrator,
                    withFiles({QStringLiteral("import-master"), QStringLiteral("@master")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastStaff(QStringLiteral("master.applied")), kAdministrator);

        r = asAdmin(kSupervisor, {QStringLiteral("queue"), QStringLiteral("category"),
                                  QStringLiteral("F"), QStringLiteral("咨询导办")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastStaff(QStringLiteral("queue.category_saved")), kSupervisor);

        r = asAdmin(kAdministrator,
                    {QStringLiteral("init"), QStringLiteral("--device-tag"), QStringLiteral("D2")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("branch: TZ01")));
        QCOMPARE(lastStaff(QStringLiteral("device.updated")), kAdministrator);
        QCOMPARE(ctl({QStringLiteral("verify")}).code, 0);
    }

    // Any descriptor works: here 3, fed by a pipe as a script would.
    void passwordOnDescriptorThree()
    {
        QProcess p;
        QProcessEnvironment env = ctlEnvironment();
        env.insert(QStringLiteral("ADMIN_PASSWORD"),
                   QString::fromLatin1(demoPassword(kSupervisor)));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("printf '%s\\n' \"$ADMIN_PASSWORD\" | { \"$@\" 3<&0 </dev/null; }"),
                 QStringLiteral("sh"), qEnvironmentVariable("HALLDESK_CTL"),
                 QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("staff"),
                 QStringLiteral("disable"), QStringLiteral("1001"), QStringLiteral("--admin"),
                 kSupervisor, QStringLiteral("--password-fd"), QStringLiteral("3")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(lastStaff(QStringLiteral("staff.disabled")), kSupervisor);
    }

    // At a terminal the staff number and password are asked, in both languages.
    void askedAtTheTerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("util-linux script (a pseudo-terminal) is not installed");
        QProcess p;
        p.setProcessEnvironment(ctlEnvironment());
        const QString command = QStringLiteral("'%1' --data-dir '%2' staff disable 1001")
                                    .arg(qEnvironmentVariable("HALLDESK_CTL"), m_dir->path());
        p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QVERIFY(p.waitForStarted());
        p.write("9001\n");
        QTest::qWait(300);
        p.write("Demo@9001\n");
        // Standard input stays open: script ends the session when it closes.
        QVERIFY(p.waitForFinished(60000));
        const QString shown = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("工号 Staff number:")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("密码 Password:")));
        QCOMPARE(lastStaff(QStringLiteral("staff.disabled")), kAdministrator);
    }

    void restoreByAnAdministrator()
    {
        const QString backup = m_dir->filePath(QStringLiteral("monday.halldesk"));
        QCOMPARE(ctl({QStringLiteral("backup"), backup}).code, 0);
        QCOMPARE(asAdmin(kAdministrator, {QStringLiteral("staff"), QStringLiteral("disable"),
                                          QStringLiteral("1001")})
                     .code,
                 0);
        const Run refused = asAdmin(QStringLiteral("1002"), {QStringLiteral("restore"), backup});
        QCOMPARE(refused.code, 1);
        QCOMPARE(value(QStringLiteral("SELECT active FROM staff WHERE staff_no = '1001'")),
                 QStringLiteral("0"));
        const Run r = asAdmin(kAdministrator, {QStringLiteral("restore"), backup});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(value(QStringLiteral("SELECT active FROM staff WHERE staff_no = '1001'")),
                 QStringLiteral("1"));
    }

    // seed-demo on an existing branch: an administrator's command that keeps the branch,
    // its device and its enrolment as they are.
    void seedingKeepsTheBranch()
    {
        {
            auto db = Database::open(dbPath());
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT OR REPLACE INTO setting(key, value) VALUES('sync.url', "
                               "'https://hq.example.cn'), ('sync.token', 'secret-token')")));
        }
        const QString identity = QStringLiteral(
            "SELECT group_concat(key || '=' || value, ';') FROM (SELECT key, value FROM setting "
            "WHERE key LIKE 'device.%' OR key LIKE 'branch.%' OR key LIKE 'sync.%' ORDER BY key)");
        const QString before = value(identity);
        QVERIFY(before.contains(QLatin1String("secret-token")));
        const Run r = asAdmin(kAdministrator,
                              {QStringLiteral("seed-demo"), QStringLiteral("--customers"),
                               QStringLiteral("2"), QStringLiteral("--days"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(value(identity), before);
        QCOMPARE(ctl({QStringLiteral("verify")}).code, 0);
    }

    // A new branch has nobody to ask: the first supervisor is added unattended, and from
    // then on the branch asks.
    void aNewBranchAsksOnceItHasAnAdministrator()
    {
        QTemporaryDir fresh;
        QVERIFY(fresh.isValid());
        const QString dir = fresh.filePath(QStringLiteral("data"));
        QCOMPARE(
            ctlIn(dir, {QStringLiteral("init"), QStringLiteral("--branch"), QStringLiteral("NB01")})
                .code,
            0);
        const QStringList addClerk{
            QStringLiteral("staff"),  QStringLiteral("add"),        QStringLiteral("1001"),
            QStringLiteral("--name"), QStringLiteral("A"),          QStringLiteral("--role"),
            QStringLiteral("clerk"),  QStringLiteral("--password"), QStringLiteral("Start2026go")};
        QCOMPARE(ctlIn(dir, addClerk).code, 0);
        QCOMPARE(ctlIn(dir, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("9001"),
                             QStringLiteral("--name"), QStringLiteral("B"),
                             QStringLiteral("--role"), QStringLiteral("admin"),
                             QStringLiteral("--password"), QStringLiteral("Start2026go")})
                     .code,
                 0);
        QStringList addAnother = addClerk;
        addAnother[2] = QStringLiteral("1002");
        const Run r = ctlIn(dir, addAnother);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("needs a supervisor or an administrator")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("fd without admin") << QStringList{
            QStringLiteral("--password-fd"), QStringLiteral("0"), QStringLiteral("verify")};
        QTest::newRow("fd not a number") << QStringList{
            QStringLiteral("--admin"), QStringLiteral("9001"), QStringLiteral("--password-fd"),
            QStringLiteral("stdin"), QStringLiteral("verify")};
        QTest::newRow("admin without number")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--admin")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("usage: halldeskctl")));
    }

    void unreadableDescriptorIsExplained()
    {
        const Run r = ctl(adminArgs(kAdministrator, 87) + QStringList{QStringLiteral("staff"),
                                                                      QStringLiteral("enable"),
                                                                      QStringLiteral("1001")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("file descriptor 87")), qPrintable(r.err));
    }

private:
    QString dbPath() const { return DataLocation::databasePath(m_dir->path()); }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QStringList adminArgs(const QString &staffNo, int fd)
    {
        return {QStringLiteral("--admin"), staffNo, QStringLiteral("--password-fd"),
                QString::number(fd)};
    }

    // "@customers", "@master", "@backup": files the command reads, made on demand.
    QStringList withFiles(QStringList args)
    {
        for (QString &arg : args) {
            if (arg == QLatin1String("@customers")) {
                arg = m_dir->filePath(QStringLiteral("customers.csv"));
                writeFile(arg, QStringLiteral("name,id_number,phone,address\n"
                                              "李秀英,510703196504120028,13800138000,解放街12号\n")
                                   .toUtf8());
            } else if (arg == QLatin1String("@master")) {
                arg = m_dir->filePath(QStringLiteral("master.json"));
                QFile demo(QStringLiteral("%1/resources/demo/master.json")
                               .arg(qEnvironmentVariable("HALLDESK_SOURCE_DIR")));
                if (!demo.open(QIODevice::ReadOnly))
                    qFatal("no demo master data");
                writeFile(arg, demo.readAll().replace("\"version\": 1", "\"version\": 2"));
            } else if (arg == QLatin1String("@backup")) {
                arg = m_dir->filePath(QStringLiteral("old.halldesk"));
                if (!QFile::exists(arg) && !QFile::copy(dbPath(), arg))
                    qFatal("cannot copy the database");
            }
        }
        return args;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    QString value(const QString &sql)
    {
        auto db = Database::open(dbPath());
        if (!db)
            return QStringLiteral("<%1>").arg(db.error().english());
        QSqlQuery q(db.value()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    qint64 number(const QString &sql) { return value(sql).toLongLong(); }

    QJsonObject lastEvent(const QString &type)
    {
        const QString data = value(
            QStringLiteral("SELECT data FROM event_log WHERE type = '%1' ORDER BY seq DESC LIMIT 1")
                .arg(type));
        return QJsonDocument::fromJson(data.toUtf8()).object();
    }
    QString lastStaff(const QString &type)
    {
        return value(QStringLiteral(
                         "SELECT staff FROM event_log WHERE type = '%1' ORDER BY seq DESC LIMIT 1")
                         .arg(type));
    }

    Run asAdmin(const QString &staffNo, const QStringList &args)
    {
        return ctl(adminArgs(staffNo, 0) + args, demoPassword(staffNo) + '\n');
    }
    Run ctl(const QStringList &args, const QByteArray &input = {})
    {
        return ctlIn(m_dir->path(), args, input);
    }
    static Run ctlIn(const QString &dir, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(ctlEnvironment());
        p.start(qEnvironmentVariable("HALLDESK_CTL"),
                QStringList{QStringLiteral("--data-dir"), dir} + args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_seeded;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_CtlAdmin)
#include "tst_ctladmin.moc"
