// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/callbackmodel.h"

#include "core/common/businessday.h"
#include "core/common/mobilenumber.h"
#include "core/customers/customer.h"
#include "core/storage/database.h"

#include <QBrush>
#include <QColor>

CallbackModel::CallbackModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("callback")))
            reload();
    });
    reload();
}

void CallbackModel::setShowDone(bool showDone)
{
    if (m_showDone == showDone)
        return;
    m_showDone = showDone;
    reload();
}

QList<CallbackModel::Row> CallbackModel::fetch(int offset) const
{
    QList<Row> rows;
    const QList<CallbackEntry> entries =
        CallbackService::list(m_db.connection(), m_showDone, offset, PageSize);
    for (const CallbackEntry &e : entries)
        rows.append({e.callback, e.customerName});
    return rows;
}

void CallbackModel::reload()
{
    beginResetModel();
    m_rows = fetch(0);
    m_more = m_rows.size() == PageSize;
    endResetModel();
}

bool CallbackModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CallbackModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const QList<Row> page = fetch(int(m_rows.size()));
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

int CallbackModel::rowOf(const QString &callbackId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).callback.callbackId == callbackId)
            return row;
    }
    return -1;
}

int CallbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallbackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallbackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Callback &c = r.callback;
    const bool overdue = c.isOverdue(BusinessDay::today());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return c.dueOn.toString(Qt::ISODate);
        case SubjectColumn: {
            QStringList parts;
            if (!c.ticketNo.isEmpty())
                parts.append(tr("Ticket %1 (%2)")
                                 .arg(c.ticketNo, c.businessDay.toString(QStringLiteral("MM-dd"))));
            if (!c.caseNo.isEmpty())
                parts.append(c.caseNo);
            return parts.join(QStringLiteral(", "));
        }
        case CustomerColumn:
            return r.customerName;
        case PhoneColumn:
            return MobileNumber::mask(c.contactPhone);
        case ReasonColumn:
            return CallbackService::reasonText(c.reason, c.score);
        case AttemptsColumn:
            return c.attempts;
        case NextTryColumn:
            return c.isOpen() && c.retryAfter.isValid()
                       ? c.retryAfter.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))
                       : QString();
        case StatusColumn:
            if (!c.isOpen())
                return CallbackService::outcomeName(c.outcome);
            return overdue ? tr("Overdue") : tr("Open");
        case ServedByColumn:
            return c.windowCode.isEmpty() ? c.staffNo : tr("%1 at %2").arg(c.staffNo, c.windowCode);
        }
        return {};
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == StatusColumn))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (!c.isOpen())
            return QBrush(QColor(0x66, 0x66, 0x66));
        return {};
    case CallbackIdRole:
        return c.callbackId;
    case OverdueRole:
        return overdue;
    case OpenRole:
        return c.isOpen();
    }
    return {};
}

QVariant CallbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case SubjectColumn:
        return tr("Ticket / case");
    case CustomerColumn:
        return tr("Customer");
    case PhoneColumn:
        return tr("Phone");
    case ReasonColumn:
        return tr("Reason");
    case AttemptsColumn:
        return tr("Attempts");
    case NextTryColumn:
        return tr("Try again from");
    case StatusColumn:
        return tr("Status");
    case ServedByColumn:
        return tr("Served by");
    }
    return {};
}
