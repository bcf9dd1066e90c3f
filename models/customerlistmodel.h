// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/customer.h"
#include "core/staff/session.h"
#include "models/pagedrows.h"

#include <QAbstractTableModel>

class Database;

// The counter's results list: the customers matching what the clerk typed into the one
// search box (CustomerService::search: ID number, mobile, customer number or part of a
// name), or the newest customers while nothing is typed. Fetched a page at a time as the
// view scrolls, except for a number still being typed (CustomerService::isPartialNumber):
// its matches are listed up to CustomerService::PartialNumberLimit, and moreMatches()
// tells when there are others; ID numbers and mobiles shown as the session may see them (Masking).
// Refreshes itself after writes to customers or services.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdNumberColumn, PhoneColumn, CustomerNoColumn, ColumnCount };
    enum DataRole {
        CustomerIdRole = Qt::UserRole, // the customer of the row, whatever the column
        VipRole,
    };

    CustomerListModel(Database &db, const Session &session, QObject *parent = nullptr);

    // What to look for; empty: the newest customers.
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // Whether the list of a partial number stops at its limit with more matches left.
    bool moreMatches() const { return m_moreMatches; }
    Customer customer(int row) const { return m_rows.at(row); }
    // The row of a customer already fetched, or -1.
    int rowOf(const QString &customerId) const;
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
    Session m_session;
    QString m_text;
    bool m_moreMatches = false;
    PagedRows<Customer> m_rows;
};
