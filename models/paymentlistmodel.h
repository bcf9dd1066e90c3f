// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/payment.h"
#include "core/common/money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class Database;

// Payments as a table, newest first: a business day's (the Cash area) or a customer's (the
// customer card), or both. Rows are fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore), never the whole table; the model reloads what it has shown
// whenever a write touches the payments.
class PaymentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;

    enum Column {
        ReceiptColumn,
        TimeColumn,
        ForColumn,
        ItemsColumn,
        MethodColumn,
        AmountColumn,
        StatusColumn,
        StaffColumn,
        PrintedColumn,
        ColumnCount
    };
    enum DataRole {
        ReceiptNoRole = Qt::UserRole, // the receipt number of the row, whatever the column
        StatusRole,                   // PaymentStatus as int
        AmountFenRole,
        RefundableFenRole,
        PrintsRole, // copies printed (0: never printed)
        BusinessDayRole,
        MethodRole, // PaymentMethod as int
        StaffNoRole,
    };

    explicit PaymentListModel(Database &db, QObject *parent = nullptr);

    // Filters; an invalid day or an empty customer id filters nothing.
    void setBusinessDay(QDate day);
    void setCustomerId(const QString &customerId);
    QDate businessDay() const { return m_day; }
    QString customerId() const { return m_customerId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(const QString &receiptNo) const;
    void reload();

private:
    struct Row
    {
        QString receiptNo;
        QString takenAt;
        QString payerName;
        QString caseNo;
        QString serviceNumber;
        QString items;
        PaymentMethod method = PaymentMethod::Cash;
        Money amount;
        Money refunded;
        PaymentStatus status = PaymentStatus::Taken;
        QString staffNo;
        int prints = 0;
        QDate businessDay;
    };
    QList<Row> fetch(int offset, int limit) const;
    QString forText(const Row &row) const;

    Database &m_db;
    QDate m_day;
    QString m_customerId;
    QList<Row> m_rows;
    bool m_more = false;
    bool m_resetting = false;
};
