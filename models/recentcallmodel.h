// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// The day's latest calls (ticket → window), newest first, for the hall display: a call
// and a recall each bring a ticket to the top. Reloads when a write touches the tickets,
// and says which calls are new since the last reload.
class RecentCallModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum DataRole {
        TicketNoRole = Qt::UserRole,
        WindowRole,
        WindowNameRole,
        CategoryRole,
        CalledAtRole,
        CallCountRole,
        GreenRole,
        KeyRole, // changes whenever the ticket is called again
    };
    struct Call
    {
        qint64 ticketId = 0;
        QString ticketNo;
        QString window;
        QString windowName;
        QString category;
        QDateTime calledAt;
        int callCount = 0;
        bool green = false;
        QString key() const;
    };

    explicit RecentCallModel(Database &db, int limit = 8, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Call call(int row) const { return m_rows.value(row); }
    void reload();

signals:
    // Calls not shown before, oldest first (for the spoken announcement).
    void newCalls(const QList<RecentCallModel::Call> &calls);

private:
    Database &m_db;
    int m_limit;
    QList<Call> m_rows;
    bool m_loaded = false;
};
