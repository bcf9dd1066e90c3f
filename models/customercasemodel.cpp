// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customercasemodel.h"

#include "core/cases/casestate.h"
#include "core/common/businessday.h"
#include "core/storage/database.h"

#include <QBrush>
#include <QColor>
#include <QSqlQuery>
#include <QVariant>

namespace {

QList<CustomerCaseModel::Row> openCases(Database &db, const QString &customerId, int limit,
                                        int offset)
{
    // Open until the applicant has their answer (refused, completed, delivered, replied):
    // the state machine says which statuses those are.
    QStringList finals;
    for (CaseStatus s : CaseState::all()) {
        if (CaseState::isFinished(s))
            finals.append(CaseState::key(s));
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.case_no, c.item_code, coalesce(i.name, c.item_code), "
                             "c.status, c.business_day, c.due_on FROM service_case c LEFT JOIN "
                             "catalogue_item i ON i.code = c.item_code WHERE c.customer_id = ? "
                             "AND c.status NOT IN (%1) ORDER BY c.created_at DESC, c.case_no "
                             "DESC LIMIT ? OFFSET ?")
                  .arg(Database::placeholders(finals.size())));
    q.addBindValue(customerId);
    for (const QString &f : std::as_const(finals))
        q.addBindValue(f);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<CustomerCaseModel::Row> rows;
    if (q.exec()) {
        while (q.next()) {
            CustomerCaseModel::Row r;
            r.caseNo = q.value(0).toString();
            r.itemCode = q.value(1).toString();
            r.itemName = q.value(2).toString();
            r.status = q.value(3).toString();
            r.businessDay = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            r.dueOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            rows.append(r);
        }
    }
    return rows;
}

} // namespace

CustomerCaseModel::CustomerCaseModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_rows(20)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (!m_customerId.isEmpty() && tables.contains(QStringLiteral("service_case")))
            reload();
    });
}

void CustomerCaseModel::setCustomerId(const QString &customerId)
{
    m_customerId = customerId;
    reload();
}

void CustomerCaseModel::reload()
{
    beginResetModel();
    if (m_customerId.isEmpty()) {
        m_rows.reset();
    } else {
        Database *db = &m_db;
        const QString customerId = m_customerId;
        m_rows.reset([db, customerId](int limit, int offset) {
            return openCases(*db, customerId, limit, offset);
        });
        m_rows.append(m_rows.next());
    }
    const decltype(m_rows)::Changing changing(m_rows);
    endResetModel();
}

QString CustomerCaseModel::dueState(QDate dueOn, QDate today)
{
    if (!dueOn.isValid())
        return QString();
    if (dueOn < today)
        return QStringLiteral("overdue");
    if (dueOn <= today.addDays(2))
        return QStringLiteral("due_soon");
    return QString();
}

int CustomerCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int CustomerCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerCaseModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.canFetchMore();
}

void CustomerCaseModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<Row> page = m_rows.next();
    if (page.isEmpty())
        return;
    const decltype(m_rows)::Changing changing(m_rows);
    beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size() + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QVariant CustomerCaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QString due = dueState(r.dueOn, BusinessDay::today());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CaseNoColumn:
            return r.caseNo;
        case ItemColumn:
            return r.itemName;
        case StatusColumn: {
            CaseStatus status;
            return CaseState::fromKey(r.status, &status) ? CaseState::displayName(status)
                                                         : r.status;
        }
        case RegisteredColumn:
            return r.businessDay.toString(Qt::ISODate);
        case DueColumn:
            return r.dueOn.isValid() ? r.dueOn.toString(Qt::ISODate) : QString();
        }
        return {};
    case Qt::BackgroundRole:
        if (due == QLatin1String("overdue"))
            return QBrush(QColor(0xf8, 0xd0, 0xcc));
        if (due == QLatin1String("due_soon"))
            return QBrush(QColor(0xfb, 0xef, 0xb8));
        return {};
    case Qt::ToolTipRole:
        if (due == QLatin1String("overdue"))
            return tr("Overdue since %1").arg(r.dueOn.toString(Qt::ISODate));
        if (due == QLatin1String("due_soon"))
            return tr("Due on %1").arg(r.dueOn.toString(Qt::ISODate));
        return {};
    case CaseNoRole:
        return r.caseNo;
    case DueStateRole:
        return due;
    }
    return {};
}

QVariant CustomerCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNoColumn:
        return tr("Case no.");
    case ItemColumn:
        return tr("Matter");
    case StatusColumn:
        return tr("Status");
    case RegisteredColumn:
        return tr("Registered");
    case DueColumn:
        return tr("Due");
    }
    return {};
}
