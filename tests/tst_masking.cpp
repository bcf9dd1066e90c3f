// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Personal numbers on screens, prints and logs: masked unless the role may see them.
#include "core/common/masking.h"
#include "core/staff/session.h"

#include <QTest>

Q_DECLARE_METATYPE(Role)

class tst_Masking : public QObject
{
    Q_OBJECT
private slots:
    void byRole_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("phone");
        QTest::newRow("clerk") << Role::Clerk << "110105********002X"
                               << "138****8000";
        QTest::newRow("partner") << Role::Partner << "110105********002X"
                                 << "138****8000";
        QTest::newRow("admin") << Role::Admin << "110105********002X"
                               << "138****8000";
        QTest::newRow("supervisor") << Role::Supervisor << "11010519491231002X"
                                    << "13800138000";
    }
    void byRole()
    {
        QFETCH(Role, role);
        QFETCH(QString, id);
        QFETCH(QString, phone);
        Session s;
        s.staffNo = QStringLiteral("1001");
        s.role = role;
        QCOMPARE(Masking::idNumber(s, QStringLiteral("11010519491231002X")), id);
        QCOMPARE(Masking::phone(s, QStringLiteral("13800138000")), phone);
        QCOMPARE(Masking::showsFullNumbers(s), role == Role::Supervisor);
    }

    void otherShapes()
    {
        Session clerk;
        clerk.staffNo = QStringLiteral("1001");
        QCOMPARE(Masking::idNumber(clerk, QStringLiteral("E12345678")),
                 QStringLiteral("E1*****78"));
        QCOMPARE(Masking::idNumber(clerk, QStringLiteral("G1234")), QStringLiteral("*****"));
        QCOMPARE(Masking::phone(clerk, QString()), QString());
        // No one signed in sees nothing in full.
        Session nobody;
        nobody.role = Role::Supervisor;
        QCOMPARE(Masking::idNumber(nobody, QStringLiteral("11010519491231002X")),
                 QStringLiteral("110105********002X"));
    }
};

QTEST_GUILESS_MAIN(tst_Masking)
#include "tst_masking.moc"
