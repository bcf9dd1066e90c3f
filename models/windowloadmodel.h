// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/queuefigures.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// Tickets per window today (QueueFigures::windowLoad): who works it, who is at it, served,
// did not come, transferred and the average service time. Reloads when a write touches
// the tickets or the posts.
class WindowLoadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WindowColumn,
        StaffColumn,
        CurrentColumn,
        ServedColumn,
        NoShowColumn,
        TransferredColumn,
        ServiceColumn,
        ColumnCount
    };
    enum DataRole { CodeRole = Qt::UserRole, ServedRole };

    explicit WindowLoadModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    WindowLoad load(int row) const { return m_rows.value(row); }
    void reload();

private:
    Database &m_db;
    QList<WindowLoad> m_rows;
};
