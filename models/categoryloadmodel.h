// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/queuefigures.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// Waiting now per queue category (QueueFigures::categoryLoad): the kiosk's counts, the
// hall display's side panel and the supervisor's figures. Reloads when a write touches the
// tickets; reload() also brings the waiting times up to date.
class CategoryLoadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, WaitingColumn, GreenColumn, LongestWaitColumn, ColumnCount };
    enum DataRole { CodeRole = Qt::UserRole, WaitingRole, LongestWaitSecondsRole };

    explicit CategoryLoadModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    CategoryLoad load(int row) const { return m_rows.value(row); }
    int waitingIn(const QString &category) const;
    void reload();

private:
    Database &m_db;
    QList<CategoryLoad> m_rows;
};
