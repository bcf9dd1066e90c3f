// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pagedrows.h"

#include <QAbstractTableModel>
#include <QDate>

class Database;

// A customer's open cases (办件 not yet completed or refused), read-only, newest first,
// a page at a time: the card's "open cases" list. Overdue cases are red, those due within
// two days yellow. Refreshes itself after writes to cases.
class CustomerCaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CaseNoColumn,
        ItemColumn,
        StatusColumn,
        RegisteredColumn,
        DueColumn,
        ColumnCount
    };
    enum DataRole {
        CaseNoRole = Qt::UserRole, // the case of the row, whatever the column
        DueStateRole,              // "overdue", "due_soon" or "" (not due soon, or no due date)
    };

    struct Row
    {
        QString caseNo;
        QString itemCode;
        QString itemName;
        QString status; // CaseState key
        QDate businessDay;
        QDate dueOn;
    };

    explicit CustomerCaseModel(Database &db, QObject *parent = nullptr);

    void setCustomerId(const QString &customerId);
    QString customerId() const { return m_customerId; }
    Row caseAt(int row) const { return m_rows.at(row); }
    void reload();

    // "overdue" (due before today), "due_soon" (today or within two days), or "".
    static QString dueState(QDate dueOn, QDate today);

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
    PagedRows<Row> m_rows;
};
