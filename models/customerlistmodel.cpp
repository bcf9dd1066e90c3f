// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerlistmodel.h"

#include "core/common/masking.h"
#include "core/customers/customerservice.h"
#include "core/storage/database.h"

#include <QColor>
#include <QFont>

CustomerListModel::CustomerListModel(Database &db, const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("customer")) ||
            tables.contains(QStringLiteral("subscription")))
            reload();
    });
    reload();
}

void CustomerListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text && m_rows.size() > 0)
        return;
    m_text = trimmed;
    reload();
}

void CustomerListModel::reload()
{
    beginResetModel();
    Database *db = &m_db;
    const QString text = m_text;
    m_moreMatches = false;
    if (CustomerService::isPartialNumber(text)) {
        // Digits as they are typed: one list, never paged (every further page would be a
        // further index range), with a word when there are more.
        CustomerService::NumberMatches found = CustomerService(m_db).searchPartialNumber(text);
        m_moreMatches = found.more;
        m_rows.reset([found = std::move(found.customers)](int, int offset) {
            return offset == 0 ? found : QList<Customer>{};
        });
    } else {
        m_rows.reset([db, text](int limit, int offset) {
            CustomerService customers(*db);
            return text.isEmpty() ? customers.newest(limit, offset)
                                  : customers.search(text, limit, offset);
        });
    }
    m_rows.append(m_rows.next()); // the first page, so a view has something to show
    const decltype(m_rows)::Changing changing(m_rows);
    endResetModel();
}

int CustomerListModel::rowOf(const QString &customerId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).customerId == customerId)
            return row;
    }
    return -1;
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.canFetchMore();
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<Customer> page = m_rows.next();
    if (page.isEmpty())
        return;
    const decltype(m_rows)::Changing changing(m_rows);
    beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size() + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case IdNumberColumn:
            return Masking::idNumber(m_session, c.idNumber);
        case PhoneColumn:
            return Masking::phone(m_session, c.phone);
        case CustomerNoColumn:
            return c.customerNo;
        }
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && c.vip) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        // A green mark: served first (绿色通道).
        if (index.column() == NameColumn && c.vip)
            return QColor(0x1d, 0x7a, 0x35);
        return {};
    case Qt::ToolTipRole:
        return c.vip ? tr("%1, customer %2, green channel").arg(c.name, c.customerNo)
                     : tr("%1, customer %2").arg(c.name, c.customerNo);
    case CustomerIdRole:
        return c.customerId;
    case VipRole:
        return c.vip;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdNumberColumn:
        return tr("ID number");
    case PhoneColumn:
        return tr("Mobile");
    case CustomerNoColumn:
        return tr("Customer no.");
    }
    return {};
}
