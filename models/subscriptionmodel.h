// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/subscription.h"
#include "models/pagedrows.h"

#include <QAbstractTableModel>

class Database;

// The services one customer holds (SubscriptionService::ofCustomer), live ones first,
// fetched a page at a time. Refreshes itself after writes to services.
class SubscriptionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        NumberColumn,
        PlanColumn,
        StatusColumn,
        ContractColumn,
        OptionsColumn,
        ColumnCount
    };
    enum DataRole {
        ServiceIdRole = Qt::UserRole, // the service of the row, whatever the column
        StatusKeyRole,                // ServiceState::statusKey
        UnderContractRole,            // the contract runs today
    };

    explicit SubscriptionModel(Database &db, QObject *parent = nullptr);

    void setCustomerId(const QString &customerId);
    QString customerId() const { return m_customerId; }
    Subscription subscription(int row) const { return m_rows.at(row); }
    int rowOf(const QString &serviceId) const;
    void reload();

    // "Long distance on, SIM …1234" for a service.
    static QString optionsText(const Subscription &service);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Database &m_db;
    QString m_customerId;
    PagedRows<Subscription> m_rows;
};
