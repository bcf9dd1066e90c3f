// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/enquiryservice.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The phone enquiry log, newest first, a page at a time (never the whole table); reloads
// when an enquiry is logged, keeping as many rows as were loaded.
class EnquiryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        NameColumn,
        UnitColumn,
        ContactColumn,
        SubjectColumn,
        PassedToColumn,
        StaffColumn,
        ColumnCount
    };
    enum DataRole { EnquiryIdRole = Qt::UserRole };
    static constexpr int PageSize = 100;

    explicit EnquiryModel(Database &db, QObject *parent = nullptr);

    void reload();
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Enquiry enquiry(int row) const { return m_rows.value(row).enquiry; }

private:
    struct Row
    {
        qint64 rowId = 0;
        Enquiry enquiry;
    };
    QList<Row> read(qint64 beforeRowId, int limit) const;

    Database &m_db;
    QList<Row> m_rows;
    bool m_atEnd = false;
};
