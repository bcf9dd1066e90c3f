// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/staffservice.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The branch's staff accounts (StaffService::list) as a table; reloads itself whenever a
// write touches the staff table.
class StaffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StaffNoColumn,
        NameColumn,
        RoleColumn,
        StatusColumn,
        LastLoginColumn,
        ColumnCount
    };
    enum DataRole {
        StaffNoRole = Qt::UserRole, // the staff number of the row, whatever the column
        ActiveRole,
        LockedRole,
        MustChangePasswordRole,
    };

    explicit StaffModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    StaffRecord record(int row) const { return m_rows.value(row); }
    int rowOf(const QString &staffNo) const;
    void reload();

    // "Active", "Disabled", "Locked until 10:35", "Must change password".
    static QString statusText(const StaffRecord &record);
    static bool isLocked(const StaffRecord &record);

private:
    Database &m_db;
    QList<StaffRecord> m_rows;
};
