// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/windowlistmodel.h"

#include "core/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

WindowListModel::WindowListModel(Database &db, QObject *parent)
    : QAbstractListModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("service_window")))
            reload();
    });
    reload();
}

void WindowListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral(
            "SELECT code, name FROM service_window WHERE active = 1 ORDER BY code"))) {
        while (q.next())
            m_rows.append({q.value(0).toString(), q.value(1).toString()});
    }
    endResetModel();
}

int WindowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WindowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return e.name.isEmpty() ? e.code : e.code + QLatin1Char(' ') + e.name;
    if (role == CodeRole)
        return e.code;
    return {};
}
