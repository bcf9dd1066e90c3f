// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ticketlistmodel.h"

#include "core/common/clock.h"
#include "core/queue/queuesetup.h"
#include "core/queue/ratingservice.h"
#include "core/storage/database.h"

#include <QBrush>
#include <QColor>
#include <QFont>

TicketListModel::TicketListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ticket")) ||
            tables.contains(QStringLiteral("service_window")) ||
            tables.contains(QStringLiteral("queue_category")))
            reload();
    });
    reload();
}

void TicketListModel::show(TicketList::Kind kind, const QString &key)
{
    m_selection.kind = kind;
    m_selection.key = key;
    reload();
}

void TicketListModel::showWaitingFor(const QString &window)
{
    show(TicketList::Kind::WaitingForWindow, window);
}

void TicketListModel::showAllWaiting()
{
    show(TicketList::Kind::AllWaiting, QString());
}

void TicketListModel::showParkedAt(const QString &window)
{
    show(TicketList::Kind::ParkedAtWindow, window);
}

void TicketListModel::showCustomer(const QString &customerId)
{
    show(TicketList::Kind::Customer, customerId);
}

void TicketListModel::reload()
{
    beginResetModel();
    m_categoryNames.clear();
    const QList<QueueCategory> categories = QueueSetup::categories(m_db.connection(), true);
    for (const QueueCategory &c : categories)
        m_categoryNames.insert(c.code, c.name);
    m_rows = TicketList::select(m_db.connection(), m_selection, 0, PageSize);
    m_more = m_rows.size() == PageSize;
    endResetModel();
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const QList<Ticket> page =
        TicketList::select(m_db.connection(), m_selection, int(m_rows.size()), PageSize);
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void TicketListModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, WaitColumn), index(int(m_rows.size()) - 1, WaitColumn));
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return t.ticketNo;
        case CategoryColumn:
            return m_categoryNames.value(t.category, t.category);
        case PriorityColumn:
            return t.green ? TicketText::priorityName(t.priority) : QString();
        case StatusColumn:
            return t.transfers > 0 && t.isWaiting() ? tr("Transferred, waiting")
                                                    : TicketText::statusName(t.status);
        case IssuedColumn: {
            const QDateTime local = t.issuedAt.toLocalTime();
            return m_selection.kind == TicketList::Kind::Customer
                       ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : local.toString(QStringLiteral("HH:mm"));
        }
        case WaitColumn: {
            if (t.isWaiting())
                return TicketText::duration(t.queuedAt.secsTo(Clock::nowUtc()));
            if (t.firstCalledAt.isValid())
                return TicketText::duration(t.issuedAt.secsTo(t.firstCalledAt));
            return QString();
        }
        case WindowColumn:
            return t.isWaiting() ? t.targetWindow : t.windowCode;
        case StaffColumn:
            return t.staffNo;
        case ScoreColumn:
            return t.score > 0
                       ? QStringLiteral("%1 %2").arg(t.score).arg(RatingService::scoreName(t.score))
                       : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == PriorityColumn && t.green)
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        return {};
    case Qt::FontRole:
        if (index.column() == NumberColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case TicketNoRole:
        return t.ticketNo;
    case TicketIdRole:
        return t.id;
    case GreenRole:
        return t.green;
    case StatusRole:
        return t.status;
    case CustomerIdRole:
        return t.customerId;
    case BusinessDayRole:
        return t.businessDay;
    case ScoreRole:
        return t.score;
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Ticket");
    case CategoryColumn:
        return tr("Category");
    case PriorityColumn:
        return tr("Green channel");
    case StatusColumn:
        return tr("Status");
    case IssuedColumn:
        return tr("Issued");
    case WaitColumn:
        return tr("Wait");
    case WindowColumn:
        return tr("Window");
    case StaffColumn:
        return tr("Staff no.");
    case ScoreColumn:
        return tr("Rating");
    }
    return {};
}
