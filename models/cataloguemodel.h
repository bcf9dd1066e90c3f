// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/master/cataloguesearch.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The service catalogue (事项目录) as the clerk searches it by name, code or department
// (CatalogueSearch), a page at a time. Read only: headquarters owns the catalogue. Reloads
// when master data changes the catalogue or the windows.
class CatalogueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        DepartmentColumn,
        WindowColumn,
        ModeColumn,
        LimitColumn,
        ColumnCount
    };
    enum DataRole { CodeRole = Qt::UserRole };
    static constexpr int PageSize = 200;

    explicit CatalogueModel(Database &db, QObject *parent = nullptr);

    QString searchText() const { return m_text; }
    void setSearchText(const QString &text);
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    CatalogueEntry entry(int row) const { return m_rows.value(row); }
    int rowOf(const QString &code) const;

    // "Immediate", "Commitment", "Forward" (translated).
    static QString modeName(const QString &mode);
    // "10 working days", or "On the spot" for an immediate item.
    static QString limitText(const QString &mode, int limitDays);

private:
    Database &m_db;
    QString m_text;
    QList<CatalogueEntry> m_rows;
    bool m_atEnd = false;
};
