// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A fresh, migrated branch database in a temporary folder, with a device identity (branch
// TZ01, device D1 unless told otherwise). Removed with the object.
//
//     TestDatabase t;
//     QVERIFY2(t.open(), qPrintable(t.problem()));
//     CustomerService customers(t.db());
class TestDatabase
{
public:
    explicit TestDatabase(const QString &branchCode = QStringLiteral("TZ01"),
                          const QString &deviceTag = QStringLiteral("D1"));
    ~TestDatabase();

    bool open(); // false: problem() says why
    QString problem() const { return m_problem; }
    Database &db() { return *m_db; }
    std::unique_ptr<Database> &handle() { return m_db; } // to close and reopen
    QString path() const;
    const DeviceIdentity &identity() const { return m_identity; }

    // The halldeskctl operator (an administrator without a staff number).
    static Session console() { return Session::forConsole(); }
    // A signed-in staff member at a window, without touching the staff table.
    static Session staff(const QString &staffNo = QStringLiteral("1001"), Role role = Role::Clerk,
                         const QString &window = QStringLiteral("W01"));

    // SELECT count(*) or any single integer; -1 when the query fails.
    qint64 scalar(const QString &sql);
    qint64 eventCount();

private:
    QString m_branchCode;
    QString m_deviceTag;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DeviceIdentity m_identity;
    QString m_problem;
};
