// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "core/storage/eventlog.h"

#include <QSqlQuery>
#include <QVariant>

TestDatabase::TestDatabase(const QString &branchCode, const QString &deviceTag)
    : m_branchCode(branchCode), m_deviceTag(deviceTag)
{
}

TestDatabase::~TestDatabase() = default;

bool TestDatabase::open()
{
    if (!m_dir.isValid()) {
        m_problem = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    auto db = Database::open(path());
    if (!db) {
        m_problem = db.error().english();
        return false;
    }
    m_db = db.take();
    const Result<DeviceIdentity> identity =
        DeviceIdentity::ensure(*m_db, {m_branchCode, QStringLiteral("Test branch"), m_deviceTag});
    if (!identity) {
        m_problem = identity.error().english();
        return false;
    }
    m_identity = identity.value();
    return true;
}

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("halldesk.db"));
}

Session TestDatabase::staff(const QString &staffNo, Role role, const QString &window)
{
    Session s;
    s.staffNo = staffNo;
    s.name = staffNo;
    s.role = role;
    s.window = window;
    return s;
}

qint64 TestDatabase::scalar(const QString &sql)
{
    QSqlQuery q = m_db->query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TestDatabase::eventCount()
{
    const Result<qint64> n = EventLog::count(m_db->connection());
    return n ? n.value() : -1;
}
