// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/categoryloadmodel.h"

#include "core/queue/ticket.h"
#include "core/storage/database.h"

CategoryLoadModel::CategoryLoadModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ticket")) ||
            tables.contains(QStringLiteral("queue_category")) ||
            tables.contains(QStringLiteral("service_window")))
            reload();
    });
    reload();
}

void CategoryLoadModel::reload()
{
    const QList<CategoryLoad> rows = QueueFigures::categoryLoad(m_db.connection());
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).code == m_rows.at(i).code;
    if (!sameRows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    // The same categories: update in place, so views keep their selection and scroll.
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int CategoryLoadModel::waitingIn(const QString &category) const
{
    for (const CategoryLoad &c : m_rows) {
        if (c.code == category)
            return c.waiting;
    }
    return 0;
}

int CategoryLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CategoryLoadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryLoadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategoryLoad &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CategoryColumn:
            return c.name.isEmpty() ? c.code : c.code + QLatin1Char(' ') + c.name;
        case WaitingColumn:
            return c.waiting;
        case GreenColumn:
            return c.green;
        case LongestWaitColumn:
            return c.waiting > 0 ? TicketText::duration(c.longestWaitS) : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != CategoryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CodeRole:
        return c.code;
    case WaitingRole:
        return c.waiting;
    case LongestWaitSecondsRole:
        return c.longestWaitS;
    }
    return {};
}

QVariant CategoryLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case WaitingColumn:
        return tr("Waiting");
    case GreenColumn:
        return tr("Green channel");
    case LongestWaitColumn:
        return tr("Longest wait");
    }
    return {};
}
