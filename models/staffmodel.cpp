// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffmodel.h"

#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

StaffModel::StaffModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("staff")))
            reload();
    });
    reload();
}

void StaffModel::reload()
{
    // A full reset is fine here: a branch has tens of staff, not thousands.
    beginResetModel();
    m_rows = StaffService(m_db).list();
    endResetModel();
}

int StaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int StaffModel::rowOf(const QString &staffNo) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).staffNo == staffNo)
            return row;
    }
    return -1;
}

bool StaffModel::isLocked(const StaffRecord &record)
{
    return record.lockedUntil.isValid() && record.lockedUntil > Clock::nowUtc();
}

QString StaffModel::statusText(const StaffRecord &record)
{
    if (!record.active)
        return tr("Disabled");
    if (isLocked(record)) {
        return tr("Locked until %1")
            .arg(record.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    if (record.mustChangePassword)
        return tr("Must change password");
    return tr("Active");
}

QVariant StaffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StaffNoColumn:
            return r.staffNo;
        case NameColumn:
            return r.name;
        case RoleColumn:
            return Roles::displayName(r.role);
        case StatusColumn:
            return statusText(r);
        case LastLoginColumn:
            return r.lastLoginAt.isValid()
                       ? r.lastLoginAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && (!r.active || isLocked(r)))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case StaffNoRole:
        return r.staffNo;
    case ActiveRole:
        return r.active;
    case LockedRole:
        return isLocked(r);
    case MustChangePasswordRole:
        return r.mustChangePassword;
    }
    return {};
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StaffNoColumn:
        return tr("Staff no.");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case LastLoginColumn:
        return tr("Last sign-in");
    }
    return {};
}
