// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casedeadline.h"
#include "core/cases/casequery.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

#include <optional>

class Database;

// A case list over service_case (CaseQuery): a page of rows at first, more as the view
// scrolls (fetchMore), never the whole table. Running cases that are due soon are yellow
// and overdue ones red (CaseDeadline), in every list built on this model. Reloads itself
// when a write touches service_case or the holiday calendar, keeping the rows that were
// loaded.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CaseNoColumn,
        KindColumn,
        ItemColumn,
        ApplicantColumn,
        StatusColumn,
        WindowColumn,
        ClerkColumn,
        RegisteredColumn,
        DueColumn,
        DueStateColumn,
        ColumnCount
    };
    enum DataRole {
        CaseNoRole = Qt::UserRole, // the case number of the row, whatever the column
        DueStateRole,              // int(DueState)
        StatusKeyRole,             // CaseState::key
        KindKeyRole,               // CaseState::kindKey
    };
    static constexpr int PageSize = 100;

    explicit CaseListModel(Database &db, QObject *parent = nullptr);

    const CaseFilter &filter() const { return m_filter; }
    void setFilter(const CaseFilter &filter);
    // Reads the rows again (as many as were loaded, and a page more).
    void reload();
    // The query's failure, if the last read failed (the list is empty then).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    CaseRow row(int row) const { return m_rows.value(row); }
    DueState dueState(int row) const;
    int rowOf(const QString &caseNo) const;

    // The row colours of the due states (yellow card, red card); invalid for the others.
    static QColor dueBackground(DueState state);
    static QColor dueForeground(DueState state);

private:
    Result<QList<CaseRow>> read(qint64 afterRowId, int offset, int limit);
    const WorkingCalendar &calendar();

    Database &m_db;
    CaseFilter m_filter;
    QList<CaseRow> m_rows;
    bool m_atEnd = false;
    QString m_lastError;
    QDate m_today;
    std::optional<WorkingCalendar> m_calendar;
};
