// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servicehistorymodel.h"

#include "core/common/clock.h"
#include "core/customers/servicechangetext.h"
#include "core/customers/subscriptionservice.h"
#include "core/storage/database.h"

ServiceHistoryModel::ServiceHistoryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_rows(20)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (!m_serviceId.isEmpty() && tables.contains(QStringLiteral("subscription_change")))
            reload();
    });
}

void ServiceHistoryModel::setServiceId(const QString &serviceId)
{
    m_serviceId = serviceId;
    reload();
}

void ServiceHistoryModel::reload()
{
    beginResetModel();
    if (m_serviceId.isEmpty()) {
        m_rows.reset();
    } else {
        Database *db = &m_db;
        const QString serviceId = m_serviceId;
        m_rows.reset([db, serviceId](int limit, int offset) {
            return SubscriptionService(*db).history(serviceId, limit, offset);
        });
        m_rows.append(m_rows.next());
    }
    const decltype(m_rows)::Changing changing(m_rows);
    endResetModel();
}

int ServiceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ServiceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ServiceHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.canFetchMore();
}

void ServiceHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<ServiceChangeRecord> page = m_rows.next();
    if (page.isEmpty())
        return;
    const decltype(m_rows)::Changing changing(m_rows);
    beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size() + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QVariant ServiceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceChangeRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AtColumn:
            return Clock::parseStamp(r.at).toLocalTime().toString(
                QStringLiteral("yyyy-MM-dd HH:mm"));
        case ChangeColumn:
            return ServiceState::changeName(r.change);
        case DetailsColumn:
            return ServiceChangeText::summary(r);
        case StaffColumn:
            return r.staffNo;
        case FormNoColumn:
            return r.formNo;
        }
        return {};
    case Qt::ToolTipRole:
        return ServiceChangeText::summary(r);
    case ChangeIdRole:
        return r.changeId;
    }
    return {};
}

QVariant ServiceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AtColumn:
        return tr("When");
    case ChangeColumn:
        return tr("Change");
    case DetailsColumn:
        return tr("Details");
    case StaffColumn:
        return tr("Staff no.");
    case FormNoColumn:
        return tr("Form no.");
    }
    return {};
}
