// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/windowloadmodel.h"

#include "core/queue/ticket.h"
#include "core/storage/database.h"

WindowLoadModel::WindowLoadModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ticket")) ||
            tables.contains(QStringLiteral("window_post")) ||
            tables.contains(QStringLiteral("service_window")))
            reload();
    });
    reload();
}

void WindowLoadModel::reload()
{
    beginResetModel();
    m_rows = QueueFigures::windowLoad(m_db.connection());
    endResetModel();
}

int WindowLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WindowLoadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WindowLoadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WindowLoad &w = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WindowColumn:
            return w.code + QLatin1Char(' ') + w.name;
        case StaffColumn:
            return w.handler;
        case CurrentColumn:
            return w.currentTicket;
        case ServedColumn:
            return w.served;
        case NoShowColumn:
            return w.noShow;
        case TransferredColumn:
            return w.transferred;
        case ServiceColumn:
            return w.served + w.transferred > 0 ? TicketText::duration(w.averageServiceS)
                                                : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= ServedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CodeRole:
        return w.code;
    case ServedRole:
        return w.served;
    }
    return {};
}

QVariant WindowLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WindowColumn:
        return tr("Window");
    case StaffColumn:
        return tr("Staff no.");
    case CurrentColumn:
        return tr("Serving");
    case ServedColumn:
        return tr("Served");
    case NoShowColumn:
        return tr("Did not come");
    case TransferredColumn:
        return tr("Transferred");
    case ServiceColumn:
        return tr("Average service");
    }
    return {};
}
