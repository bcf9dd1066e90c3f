// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PBKDF2 strength: only a test's own setting lowers the iteration count (never the
// environment, so the shipped programs always hash at full strength), and a stored hash
// with fewer iterations than today's is re-hashed at the next successful sign-in, with no
// extra step or event for the clerk.
#include "core/common/clock.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/session.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/eventlog.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString storedHash(Database &db, const QString &staffNo)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM staff WHERE staff_no = ?"));
    q.addBindValue(staffNo);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int iterationsOf(const QString &hash)
{
    return hash.section(QLatin1Char('$'), 1, 1).toInt();
}
} // namespace

class tst_PasswordUpgrade : public QObject
{
    Q_OBJECT
private slots:
    void theShippedToolIgnoresTheTestVariable()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HALLDESK_TEST_PBKDF2_ITERATIONS"), QStringLiteral("1000"));
        const auto ctl = [&](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("HALLDESK_CTL"),
                    QStringList{QStringLiteral("--data-dir"), dir.path()} + args);
            p.waitForFinished(60000);
            return p.exitCode();
        };
        QCOMPARE(ctl({QStringLiteral("init")}), 0);
        QCOMPARE(ctl({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("3001"),
                      QStringLiteral("--name"), QStringLiteral("王芳"), QStringLiteral("--role"),
                      QStringLiteral("clerk"), QStringLiteral("--password"),
                      QStringLiteral("Begin2026z")}),
                 0);
        auto db = Database::open(dir.filePath(QStringLiteral("halldesk.db")));
        QVERIFY(db.ok());
        QCOMPARE(iterationsOf(storedHash(*db.value(), QStringLiteral("3001"))),
                 PasswordHasher::ProductionIterations);
    }

    void theEnvironmentDoesNotLowerIterations()
    {
        qputenv("HALLDESK_TEST_PBKDF2_ITERATIONS", "1000");
        QCOMPARE(PasswordHasher::iterations(), PasswordHasher::ProductionIterations);
        qunsetenv("HALLDESK_TEST_PBKDF2_ITERATIONS");
        PasswordHasher::setIterations(2000);
        QCOMPARE(PasswordHasher::iterations(), 2000);
        QVERIFY(PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("x"), 1000)));
        QVERIFY(!PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("x"), 2000)));
        QVERIFY(!PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("x"), 4000)));
    }

    void aWeakHashIsUpgradedAtSignIn()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("staff.db")));
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        PasswordHasher::setIterations(1000);
        StaffService staff(db);
        QVERIFY(staff
                    .addStaff(Session::forConsole(), QStringLiteral("1001"), QStringLiteral("张丽"),
                              Role::Clerk, QStringLiteral("Begin2026a"))
                    .ok());
        const QString weak = storedHash(db, QStringLiteral("1001"));
        QCOMPARE(iterationsOf(weak), 1000);

        PasswordHasher::setIterations(3000); // today's count is higher
        // A wrong password changes nothing.
        QVERIFY(!staff.login(QStringLiteral("1001"), QStringLiteral("Wrong2026a"), {}).ok());
        QCOMPARE(storedHash(db, QStringLiteral("1001")), weak);
        const qint64 before = EventLog::count(db.connection()).value();
        const Result<Session> session = staff.login(
            QStringLiteral("1001"), QStringLiteral("Begin2026a"), QStringLiteral("W01"));
        QVERIFY2(session.ok(), qPrintable(session.error().english()));
        QVERIFY(session->mustChangePassword); // the sign-in itself is unchanged
        const QString upgraded = storedHash(db, QStringLiteral("1001"));
        QCOMPARE(iterationsOf(upgraded), 3000);
        QVERIFY(PasswordHasher::verify(QStringLiteral("Begin2026a"), upgraded));
        QCOMPARE(EventLog::count(db.connection()).value(), before + 1); // staff.logged_in only
        // Once upgraded, a sign-in leaves the hash alone.
        QVERIFY(staff.login(QStringLiteral("1001"), QStringLiteral("Begin2026a"), {}).ok());
        QCOMPARE(storedHash(db, QStringLiteral("1001")), upgraded);
    }
};

QTEST_GUILESS_MAIN(tst_PasswordUpgrade)
#include "tst_passwordupgrade.moc"
