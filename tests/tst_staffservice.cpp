// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Staff accounts and signing in: passwords, lockout, first-login change, permissions.
#include "core/common/clock.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/eventlog.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList eventTypesAfter(Database &db, qint64 seq)
{
    QStringList types;
    const Result<QList<Event>> events = EventLog::after(db.connection(), seq, 1000);
    for (const Event &e : events.value())
        types.append(e.type);
    return types;
}
qint64 headSeq(Database &db)
{
    return EventLog::head(db.connection()).value().seq;
}
} // namespace

class tst_StaffService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { PasswordHasher::setIterations(1000); }

    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC));
        m_dir.reset(new QTemporaryDir);
        auto db = Database::open(m_dir->filePath(QStringLiteral("staff.db")));
        QVERIFY(db.ok());
        m_db = db.take();
        StaffService staff(*m_db);
        const Status added =
            staff.addStaff(Session::forConsole(), QStringLiteral("1001"), QStringLiteral("张丽"),
                           Role::Clerk, QStringLiteral("Begin2026a"));
        QVERIFY2(added.ok(), qPrintable(added.error().english()));
        QVERIFY(staff
                    .addStaff(Session::forConsole(), QStringLiteral("9001"), QStringLiteral("赵刚"),
                              Role::Admin, QStringLiteral("Begin2026b"))
                    .ok());
    }
    void cleanup()
    {
        m_db.reset();
        Clock::reset();
    }

    void hashesAreSaltedAndVerify()
    {
        PasswordHasher::setIterations(600000);
        const QString a = PasswordHasher::hash(QStringLiteral("Secret123"));
        PasswordHasher::setIterations(1000);
        QVERIFY(a.startsWith(QLatin1String("pbkdf2-sha256$600000$")));
        const QString b = PasswordHasher::hash(QStringLiteral("Secret123"));
        QVERIFY(a.section(QLatin1Char('$'), 2, 2) != b.section(QLatin1Char('$'), 2, 2));
        QVERIFY(PasswordHasher::verify(QStringLiteral("Secret123"), a));
        QVERIFY(PasswordHasher::verify(QStringLiteral("Secret123"), b));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Secret124"), b));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Secret123"), QStringLiteral("md5$x")));
    }

    void policy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << QStringLiteral("Counter2026") << QString();
        QTest::newRow("short") << QStringLiteral("Ab12") << QStringLiteral("password.weak");
        QTest::newRow("no digit") << QStringLiteral("Counterabc")
                                  << QStringLiteral("password.weak");
        QTest::newRow("no letter") << QStringLiteral("12345678") << QStringLiteral("password.weak");
        QTest::newRow("contains staff no")
            << QStringLiteral("abc1001xyz") << QStringLiteral("password.contains_staff_no");
    }
    void policy()
    {
        QFETCH(QString, password);
        QFETCH(QString, code);
        const Status s = PasswordHasher::checkPolicy(password, QStringLiteral("1001"));
        QCOMPARE(s.ok() ? QString() : s.error().code(), code);
    }

    void loginRecordsEventAndFlagsInitialPassword()
    {
        const qint64 before = headSeq(*m_db);
        const auto session = StaffService(*m_db).login(
            QStringLiteral("1001"), QStringLiteral("Begin2026a"), QStringLiteral("W01"));
        QVERIFY2(session.ok(), qPrintable(session.error().english()));
        QCOMPARE(session->role, Role::Clerk);
        QCOMPARE(session->window, QStringLiteral("W01"));
        QVERIFY(session->mustChangePassword);
        QCOMPARE(eventTypesAfter(*m_db, before), QStringList{QStringLiteral("staff.logged_in")});
        const Event e = EventLog::head(m_db->connection()).value();
        QCOMPARE(e.staff, QStringLiteral("1001"));
        QCOMPARE(e.dataObject().value(QStringLiteral("window")).toString(), QStringLiteral("W01"));
    }

    void changingTheInitialPasswordClearsTheFlag()
    {
        StaffService staff(*m_db);
        Session s =
            staff.login(QStringLiteral("1001"), QStringLiteral("Begin2026a"), QStringLiteral("W01"))
                .value();
        QCOMPARE(staff.changeOwnPassword(s, QStringLiteral("wrong"), QStringLiteral("Better2026"))
                     .error()
                     .code(),
                 QStringLiteral("password.old_wrong"));
        QCOMPARE(
            staff.changeOwnPassword(s, QStringLiteral("Begin2026a"), QStringLiteral("Begin2026a"))
                .error()
                .code(),
            QStringLiteral("password.unchanged"));
        QCOMPARE(staff.changeOwnPassword(s, QStringLiteral("Begin2026a"), QStringLiteral("short1"))
                     .error()
                     .code(),
                 QStringLiteral("password.weak"));
        QVERIFY(
            staff.changeOwnPassword(s, QStringLiteral("Begin2026a"), QStringLiteral("Better2026"))
                .ok());
        QVERIFY(
            !staff
                 .login(QStringLiteral("1001"), QStringLiteral("Begin2026a"), QStringLiteral("W01"))
                 .ok());
        const auto again = staff.login(QStringLiteral("1001"), QStringLiteral("Better2026"),
                                       QStringLiteral("W01"));
        QVERIFY(again.ok());
        QVERIFY(!again->mustChangePassword);
    }

    void fiveFailuresLockForFiveMinutes()
    {
        StaffService staff(*m_db);
        const qint64 before = headSeq(*m_db);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(
                staff.login(QStringLiteral("1001"), QStringLiteral("nope"), QStringLiteral("W01"))
                    .error()
                    .code(),
                QStringLiteral("auth.wrong_credentials"));
        QCOMPARE(staff.find(QStringLiteral("1001"))->failedLogins, 4);
        QCOMPARE(staff.login(QStringLiteral("1001"), QStringLiteral("nope"), QStringLiteral("W01"))
                     .error()
                     .code(),
                 QStringLiteral("auth.wrong_credentials"));
        QStringList expected;
        for (int i = 0; i < 5; ++i)
            expected << QStringLiteral("staff.login_failed");
        expected << QStringLiteral("staff.locked");
        QCOMPARE(eventTypesAfter(*m_db, before), expected);
        // Even the right password is refused while locked.
        const auto locked = staff.login(QStringLiteral("1001"), QStringLiteral("Begin2026a"),
                                        QStringLiteral("W01"));
        QCOMPARE(locked.error().code(), QStringLiteral("auth.locked"));
        QVERIFY(locked.error().english().contains(QLatin1String("09:05")) ||
                locked.error().english().contains(QLatin1String(":05")));
        Clock::advance(4 * 60 * 1000 + 59 * 1000);
        QCOMPARE(
            staff.login(QStringLiteral("1001"), QStringLiteral("Begin2026a"), QStringLiteral("W01"))
                .error()
                .code(),
            QStringLiteral("auth.locked"));
        Clock::advance(2 * 1000);
        QVERIFY(
            staff.login(QStringLiteral("1001"), QStringLiteral("Begin2026a"), QStringLiteral("W01"))
                .ok());
        QCOMPARE(staff.find(QStringLiteral("1001"))->failedLogins, 0);
    }

    void unknownStaffGetsTheSameAnswer()
    {
        const auto r = StaffService(*m_db).login(
            QStringLiteral("4242"), QStringLiteral("Begin2026a"), QStringLiteral("W01"));
        QCOMPARE(r.error().code(), QStringLiteral("auth.wrong_credentials"));
        QCOMPARE(EventLog::head(m_db->connection())->type, QStringLiteral("staff.login_failed"));
    }

    void disabledAccountCannotSignIn()
    {
        StaffService staff(*m_db);
        QVERIFY(staff.setActive(Session::forConsole(), QStringLiteral("1001"), false).ok());
        QCOMPARE(
            staff.login(QStringLiteral("1001"), QStringLiteral("Begin2026a"), QStringLiteral("W01"))
                .error()
                .code(),
            QStringLiteral("auth.disabled"));
        QVERIFY(staff.setActive(Session::forConsole(), QStringLiteral("1001"), true).ok());
        QVERIFY(
            staff.login(QStringLiteral("1001"), QStringLiteral("Begin2026a"), QStringLiteral("W01"))
                .ok());
    }

    void onlyAdministratorsManageStaff()
    {
        StaffService staff(*m_db);
        const Session clerk =
            staff.login(QStringLiteral("1001"), QStringLiteral("Begin2026a"), QStringLiteral("W01"))
                .value();
        const qint64 before = headSeq(*m_db);
        QCOMPARE(staff
                     .addStaff(clerk, QStringLiteral("1005"), QStringLiteral("X"), Role::Admin,
                               QStringLiteral("Begin2026c"))
                     .error()
                     .code(),
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(staff.resetPassword(clerk, QStringLiteral("9001"), QStringLiteral("Hijack2026"))
                     .error()
                     .code(),
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(staff.setActive(clerk, QStringLiteral("9001"), false).error().code(),
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(headSeq(*m_db), before); // refusals write nothing

        const Session admin =
            staff.login(QStringLiteral("9001"), QStringLiteral("Begin2026b"), QStringLiteral("W01"))
                .value();
        QCOMPARE(staff.setActive(admin, QStringLiteral("9001"), false).error().code(),
                 QStringLiteral("staff.disable_self"));
        QVERIFY(
            staff.resetPassword(admin, QStringLiteral("1001"), QStringLiteral("Reset2026")).ok());
        const auto reset =
            staff.login(QStringLiteral("1001"), QStringLiteral("Reset2026"), QStringLiteral("W02"));
        QVERIFY(reset.ok());
        QVERIFY(reset->mustChangePassword);
    }

    void addStaffValidates_data()
    {
        QTest::addColumn<QString>("staffNo");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("duplicate")
            << QStringLiteral("1001") << QStringLiteral("重复") << QStringLiteral("staff.exists");
        QTest::newRow("bad number") << QStringLiteral("1 0") << QStringLiteral("某人")
                                    << QStringLiteral("staff.bad_number");
        QTest::newRow("no name") << QStringLiteral("1010") << QStringLiteral("  ")
                                 << QStringLiteral("staff.bad_name");
        QTest::newRow("lower case is upper-cased")
            << QStringLiteral("tz01") << QStringLiteral("某人") << QString();
    }
    void addStaffValidates()
    {
        QFETCH(QString, staffNo);
        QFETCH(QString, name);
        QFETCH(QString, code);
        const Status s = StaffService(*m_db).addStaff(Session::forConsole(), staffNo, name,
                                                      Role::Clerk, QStringLiteral("Init2026x"));
        QCOMPARE(s.ok() ? QString() : s.error().code(), code);
        if (s.ok())
            QVERIFY(StaffService(*m_db).find(staffNo.toUpper()).ok());
    }

    void firstAdministratorOnlyOnAnEmptyTerminal()
    {
        StaffService staff(*m_db);
        QCOMPARE(staff
                     .addFirstAdministrator(QStringLiteral("9100"), QStringLiteral("刘洋"),
                                            QStringLiteral("Chosen2026x"))
                     .error()
                     .code(),
                 QStringLiteral("staff.not_first"));
        QTemporaryDir empty;
        auto fresh = Database::open(empty.filePath(QStringLiteral("fresh.db")));
        StaffService first(*fresh.value());
        QCOMPARE(first
                     .addFirstAdministrator(QStringLiteral("9100"), QStringLiteral("刘洋"),
                                            QStringLiteral("weak"))
                     .error()
                     .code(),
                 QStringLiteral("password.weak"));
        QVERIFY(first.list().isEmpty());
        QVERIFY(first
                    .addFirstAdministrator(QStringLiteral("9100"), QStringLiteral("刘洋"),
                                           QStringLiteral("Chosen2026x"))
                    .ok());
        const auto admin = first.login(QStringLiteral("9100"), QStringLiteral("Chosen2026x"),
                                       QStringLiteral("W01"));
        QVERIFY(admin.ok());
        QCOMPARE(admin->role, Role::Admin);
        QVERIFY(!admin->mustChangePassword); // chosen in person, not an initial password
        QVERIFY(first.logout(admin.value()).ok());
        QCOMPARE(EventLog::head(fresh.value()->connection())->type,
                 QStringLiteral("staff.logged_out"));
    }

    void partnerStaffMayNotTakePayments()
    {
        Session partner;
        partner.staffNo = QStringLiteral("1003");
        partner.role = Role::Partner;
        QVERIFY(partner.require(Permission::ServeCustomers).ok());
        QCOMPARE(partner.require(Permission::TakePayment).error().code(),
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(partner.require(Permission::OpenAccount).error().code(),
                 QStringLiteral("auth.forbidden"));
        QVERIFY(!Session().require(Permission::ServeCustomers).ok());
    }

    void approvalNeedsAnotherStaffMemberWithThePermission()
    {
        StaffService staff(*m_db);
        QVERIFY(staff
                    .addStaff(Session::forConsole(), QStringLiteral("2001"), QStringLiteral("李敏"),
                              Role::Supervisor, QStringLiteral("Begin2026c"))
                    .ok());
        Session clerk;
        clerk.staffNo = QStringLiteral("1001");
        clerk.window = QStringLiteral("W01");
        // Still on the initial password: may not approve yet.
        QCOMPARE(
            staff.authoriseApproval(clerk, QStringLiteral("2001"), QStringLiteral("Begin2026c"))
                .error()
                .code(),
            QStringLiteral("approval.initial_password"));
        const auto supervisor = staff.login(QStringLiteral("2001"), QStringLiteral("Begin2026c"),
                                            QStringLiteral("W09"));
        QVERIFY(supervisor.ok());
        QVERIFY(staff
                    .changeOwnPassword(supervisor.value(), QStringLiteral("Begin2026c"),
                                       QStringLiteral("Chosen2026x"))
                    .ok());

        const qint64 before = headSeq(*m_db);
        const auto approved =
            staff.authoriseApproval(clerk, QStringLiteral(" 2001 "), QStringLiteral("Chosen2026x"));
        QVERIFY2(approved.ok(), qPrintable(approved.error().english()));
        QCOMPARE(approved->staffNo, QStringLiteral("2001"));
        QCOMPARE(approved->window, clerk.window); // approved at the clerk's counter
        QCOMPARE(headSeq(*m_db), before);         // nobody signed in: no event

        const auto wrong =
            staff.authoriseApproval(clerk, QStringLiteral("2001"), QStringLiteral("Guess2026x"));
        QCOMPARE(wrong.error().code(), QStringLiteral("auth.wrong_credentials"));
        QCOMPARE(eventTypesAfter(*m_db, before), QStringList{QStringLiteral("staff.login_failed")});
        QCOMPARE(staff.find(QStringLiteral("2001"))->failedLogins, 1);
        QVERIFY(
            staff.authoriseApproval(clerk, QStringLiteral("2001"), QStringLiteral("Chosen2026x"))
                .ok());
        QCOMPARE(staff.find(QStringLiteral("2001"))->failedLogins, 0);

        // A clerk may not approve, and a supervisor may not approve their own request.
        QCOMPARE(staff
                     .authoriseApproval(supervisor.value(), QStringLiteral("1001"),
                                        QStringLiteral("Begin2026a"))
                     .error()
                     .code(),
                 QStringLiteral("approval.not_allowed"));
        QCOMPARE(staff
                     .authoriseApproval(supervisor.value(), QStringLiteral("2001"),
                                        QStringLiteral("Chosen2026x"))
                     .error()
                     .code(),
                 QStringLiteral("approval.self"));
        const auto clerkSession = staff.login(QStringLiteral("1001"), QStringLiteral("Begin2026a"),
                                              QStringLiteral("W01"));
        QVERIFY(staff
                    .changeOwnPassword(clerkSession.value(), QStringLiteral("Begin2026a"),
                                       QStringLiteral("Chosen2026y"))
                    .ok());
        QCOMPARE(staff
                     .authoriseApproval(supervisor.value(), QStringLiteral("1001"),
                                        QStringLiteral("Chosen2026y"))
                     .error()
                     .code(),
                 QStringLiteral("approval.not_allowed"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(tst_StaffService)
#include "tst_staffservice.moc"
