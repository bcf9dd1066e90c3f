// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/subscription.h"
#include "models/pagedrows.h"

#include <QAbstractTableModel>

class Database;

// One service's openings and changes (SubscriptionService::history), newest first, a
// page at a time: what was changed, by whom, on which form. Refreshes after writes.
class ServiceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AtColumn, ChangeColumn, DetailsColumn, StaffColumn, FormNoColumn, ColumnCount };
    enum DataRole {
        ChangeIdRole = Qt::UserRole, // the record of the row, whatever the column
    };

    explicit ServiceHistoryModel(Database &db, QObject *parent = nullptr);

    void setServiceId(const QString &serviceId);
    QString serviceId() const { return m_serviceId; }
    ServiceChangeRecord record(int row) const { return m_rows.at(row); }
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Database &m_db;
    QString m_serviceId;
    PagedRows<ServiceChangeRecord> m_rows;
};
