// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/callbackservice.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// Callbacks (回访) over table callback, a page at a time: the open ones by due date (the
// default), or all of them newest first. Overdue ones are highlighted. Reloads when a
// write touches the callbacks.
class CallbackModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        SubjectColumn, // the ticket and/or case
        CustomerColumn,
        PhoneColumn, // masked
        ReasonColumn,
        AttemptsColumn,
        NextTryColumn,
        StatusColumn,
        ServedByColumn,
        ColumnCount
    };
    enum DataRole {
        CallbackIdRole = Qt::UserRole,
        OverdueRole,
        OpenRole,
    };
    static constexpr int PageSize = 100;

    explicit CallbackModel(Database &db, QObject *parent = nullptr);

    void setShowDone(bool showDone);
    bool showDone() const { return m_showDone; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Callback callback(int row) const { return m_rows.value(row).callback; }
    QString customerName(int row) const { return m_rows.value(row).customerName; }
    int rowOf(const QString &callbackId) const;
    void reload();

private:
    struct Row
    {
        Callback callback;
        QString customerName;
    };
    QList<Row> fetch(int offset) const;

    Database &m_db;
    bool m_showDone = false;
    QList<Row> m_rows;
    bool m_more = false;
};
