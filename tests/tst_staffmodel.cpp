// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// StaffModel: the staff table over StaffService::list(), and its refresh on changes.
#include "core/staff/passwordhasher.h"
#include "core/staff/session.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "models/staffmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class tst_StaffModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void columnsAndData();
    void statusTexts();
    void refreshesOnStaffChanges();
    void ignoresOtherTables();

private:
    void add(const QString &staffNo, const QString &name, Role role);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_StaffModel::initTestCase()
{
    PasswordHasher::setIterations(1000);
}

void tst_StaffModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db =
        Database::open(DataLocation::databasePath(m_dir->path()));
    QVERIFY2(db.ok(), qPrintable(db.error().english()));
    m_db = db.take();
}

void tst_StaffModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_StaffModel::add(const QString &staffNo, const QString &name, Role role)
{
    const Status s = StaffService(*m_db).addStaff(Session::forConsole(), staffNo, name, role,
                                                  QStringLiteral("Counter2024"));
    QVERIFY2(s.ok(), qPrintable(s.error().english()));
}

void tst_StaffModel::columnsAndData()
{
    add(QStringLiteral("2001"), QStringLiteral("\u674e\u654f"), Role::Supervisor);
    add(QStringLiteral("1001"), QStringLiteral("\u5f20\u4e3d"), Role::Clerk);
    StaffModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(StaffModel::ColumnCount));
    // Ordered by staff number.
    QCOMPARE(model.index(0, StaffModel::StaffNoColumn).data().toString(), QStringLiteral("1001"));
    QCOMPARE(model.index(0, StaffModel::NameColumn).data().toString(),
             QStringLiteral("\u5f20\u4e3d"));
    QCOMPARE(model.index(0, StaffModel::RoleColumn).data().toString(),
             Roles::displayName(Role::Clerk));
    QCOMPARE(model.index(1, StaffModel::RoleColumn).data().toString(),
             Roles::displayName(Role::Supervisor));
    QCOMPARE(model.index(1, StaffModel::NameColumn).data(StaffModel::StaffNoRole).toString(),
             QStringLiteral("2001"));
    QVERIFY(model.index(0, StaffModel::LastLoginColumn).data().toString().isEmpty());
    QCOMPARE(model.rowOf(QStringLiteral("2001")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("9999")), -1);
    QVERIFY(!model.headerData(StaffModel::StatusColumn, Qt::Horizontal).toString().isEmpty());

    // A sign-in fills the last sign-in column.
    QVERIFY(StaffService(*m_db).login(QStringLiteral("1001"), QStringLiteral("Counter2024"),
                                      QStringLiteral("W01")));
    QVERIFY(!model.index(0, StaffModel::LastLoginColumn).data().toString().isEmpty());
}

void tst_StaffModel::statusTexts()
{
    add(QStringLiteral("1001"), QStringLiteral("A"), Role::Clerk);
    add(QStringLiteral("1002"), QStringLiteral("B"), Role::Clerk);
    add(QStringLiteral("1003"), QStringLiteral("C"), Role::Clerk);
    StaffService service(*m_db);
    QVERIFY(service.setActive(Session::forConsole(), QStringLiteral("1002"), false));
    for (int i = 0; i < StaffService::MaxFailures; ++i)
        QVERIFY(!service.login(QStringLiteral("1003"), QStringLiteral("wrong"), QString()));
    StaffModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto status = [&model](int row) {
        return model.index(row, StaffModel::StatusColumn).data().toString();
    };
    QCOMPARE(status(0), StaffModel::tr("Must change password"));
    QVERIFY(model.index(0, 0).data(StaffModel::MustChangePasswordRole).toBool());
    QCOMPARE(status(1), StaffModel::tr("Disabled"));
    QVERIFY(!model.index(1, 0).data(StaffModel::ActiveRole).toBool());
    QVERIFY(
        status(2).startsWith(StaffModel::tr("Locked until %1").section(QLatin1Char('%'), 0, 0)));
    QVERIFY(model.index(2, 0).data(StaffModel::LockedRole).toBool());

    // After the person's own password change the account is simply active.
    Session own;
    own.staffNo = QStringLiteral("1001");
    QVERIFY(service.changeOwnPassword(own, QStringLiteral("Counter2024"),
                                      QStringLiteral("Window7Pass")));
    QCOMPARE(status(0), StaffModel::tr("Active"));
}

void tst_StaffModel::refreshesOnStaffChanges()
{
    StaffModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    // A write on this connection notifies through WriteTransaction.
    add(QStringLiteral("1001"), QStringLiteral("A"), Role::Clerk);
    QCOMPARE(model.rowCount(), 1);

    // A write on another connection (a worker thread's) is announced by the caller.
    Result<std::unique_ptr<Database>> other = m_db->openAnother();
    QVERIFY(other.ok());
    QVERIFY(StaffService(*other.value())
                .addStaff(Session::forConsole(), QStringLiteral("1002"), QStringLiteral("B"),
                          Role::Clerk, QStringLiteral("Counter2024")));
    QCOMPARE(model.rowCount(), 1);
    m_db->notifyChanged({QStringLiteral("staff")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, StaffModel::StaffNoColumn).data().toString(), QStringLiteral("1002"));
}

void tst_StaffModel::ignoresOtherTables()
{
    add(QStringLiteral("1001"), QStringLiteral("A"), Role::Clerk);
    StaffModel model(*m_db);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    m_db->notifyChanged({QStringLiteral("setting"), QStringLiteral("event_log")});
    QCOMPARE(resets.count(), 0);
    m_db->notifyChanged({QStringLiteral("event_log"), QStringLiteral("staff")});
    QCOMPARE(resets.count(), 1);
}

QTEST_GUILESS_MAIN(tst_StaffModel)
#include "tst_staffmodel.moc"
