// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/ticket.h"
#include "core/queue/ticketlist.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// Tickets over table ticket, fetched a page at a time (fetchMore): the waiting tickets a
// window calls in call order, all of today's waiting tickets, the tickets parked at a
// window, or one customer's tickets (newest first). Reloads when a write touches the
// tickets; refreshTimes() updates the waiting times shown.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        CategoryColumn,
        PriorityColumn,
        StatusColumn,
        IssuedColumn,
        WaitColumn, // waiting so far, or waited until the first call
        WindowColumn,
        StaffColumn,
        ScoreColumn,
        ColumnCount
    };
    enum DataRole {
        TicketNoRole = Qt::UserRole,
        TicketIdRole,
        GreenRole,
        StatusRole,
        CustomerIdRole,
        BusinessDayRole,
        ScoreRole, // 1-5, 0 when not rated
    };
    static constexpr int PageSize = 100;

    explicit TicketListModel(Database &db, QObject *parent = nullptr);

    void showWaitingFor(const QString &window);
    void showAllWaiting();
    void showParkedAt(const QString &window);
    void showCustomer(const QString &customerId);
    TicketList::Kind kind() const { return m_selection.kind; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Ticket ticket(int row) const { return m_rows.value(row); }
    void reload();
    void refreshTimes();

private:
    void show(TicketList::Kind kind, const QString &key);

    Database &m_db;
    TicketList::Selection m_selection;
    QList<Ticket> m_rows;
    QHash<QString, QString> m_categoryNames;
    bool m_more = false;
};
