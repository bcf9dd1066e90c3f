// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/subscriptionmodel.h"

#include "core/common/businessday.h"
#include "core/customers/subscriptionservice.h"
#include "core/storage/database.h"

#include <QBrush>
#include <QColor>

SubscriptionModel::SubscriptionModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_rows(20)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (!m_customerId.isEmpty() && tables.contains(QStringLiteral("subscription")))
            reload();
    });
}

void SubscriptionModel::setCustomerId(const QString &customerId)
{
    m_customerId = customerId;
    reload();
}

void SubscriptionModel::reload()
{
    beginResetModel();
    if (m_customerId.isEmpty()) {
        m_rows.reset();
    } else {
        Database *db = &m_db;
        const QString customerId = m_customerId;
        m_rows.reset([db, customerId](int limit, int offset) {
            return SubscriptionService(*db).ofCustomer(customerId, limit, offset);
        });
        m_rows.append(m_rows.next());
    }
    const decltype(m_rows)::Changing changing(m_rows);
    endResetModel();
}

int SubscriptionModel::rowOf(const QString &serviceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).serviceId == serviceId)
            return row;
    }
    return -1;
}

QString SubscriptionModel::optionsText(const Subscription &s)
{
    QStringList parts;
    if (s.longDistance())
        parts.append(tr("Long distance on"));
    const QString iccid = s.simIccid();
    if (!iccid.isEmpty())
        parts.append(tr("SIM ...%1").arg(iccid.right(6)));
    return parts.join(tr(", "));
}

int SubscriptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int SubscriptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SubscriptionModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.canFetchMore();
}

void SubscriptionModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<Subscription> page = m_rows.next();
    if (page.isEmpty())
        return;
    const decltype(m_rows)::Changing changing(m_rows);
    beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size() + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QVariant SubscriptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Subscription &s = m_rows.at(index.row());
    const bool underContract = s.isLive() && s.isUnderContract(BusinessDay::today());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return ServiceState::kindName(s.kind);
        case NumberColumn:
            return s.number;
        case PlanColumn:
            return s.plan;
        case StatusColumn:
            return ServiceState::statusName(s.status);
        case ContractColumn:
            if (!s.contractEnd.isValid())
                return tr("None");
            return underContract ? tr("Until %1").arg(s.contractEnd.toString(Qt::ISODate))
                                 : tr("Ended %1").arg(s.contractEnd.toString(Qt::ISODate));
        case OptionsColumn:
            return optionsText(s);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 %2, %3, %4")
            .arg(ServiceState::kindName(s.kind), s.number, s.plan, optionsText(s));
    case Qt::ForegroundRole:
        if (s.status == ServiceStatus::Cancelled)
            return QBrush(QColor(0x8a, 0x8a, 0x8a));
        if (index.column() == StatusColumn && s.status == ServiceStatus::Suspended)
            return QBrush(QColor(0xa0, 0x52, 0x00));
        if (index.column() == ContractColumn && underContract)
            return QBrush(QColor(0x9c, 0x3d, 0x00));
        return {};
    case ServiceIdRole:
        return s.serviceId;
    case StatusKeyRole:
        return ServiceState::statusKey(s.status);
    case UnderContractRole:
        return underContract;
    }
    return {};
}

QVariant SubscriptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Service");
    case NumberColumn:
        return tr("Number");
    case PlanColumn:
        return tr("Plan");
    case StatusColumn:
        return tr("Status");
    case ContractColumn:
        return tr("Contract");
    case OptionsColumn:
        return tr("Options");
    }
    return {};
}
