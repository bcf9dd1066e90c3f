// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cataloguemodel.h"

#include "core/storage/database.h"

CatalogueModel::CatalogueModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QLatin1String("catalogue_item")) ||
            tables.contains(QLatin1String("service_window")))
            reload();
    });
    reload();
}

void CatalogueModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    reload();
}

void CatalogueModel::reload()
{
    const Result<QList<CatalogueEntry>> rows =
        CatalogueSearch::find(m_db.connection(), m_text, 0, PageSize);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<CatalogueEntry>();
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
}

bool CatalogueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CatalogueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const Result<QList<CatalogueEntry>> more =
        CatalogueSearch::find(m_db.connection(), m_text, int(m_rows.size()), PageSize);
    m_atEnd = !more || more->size() < PageSize;
    if (!more || more->isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows.append(more.value());
    endInsertRows();
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CatalogueModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).code == code)
            return i;
    }
    return -1;
}

QString CatalogueModel::modeName(const QString &mode)
{
    if (mode == QLatin1String("immediate"))
        return tr("Immediate");
    if (mode == QLatin1String("commitment"))
        return tr("Commitment");
    if (mode == QLatin1String("forward"))
        return tr("Forward");
    return mode;
}

QString CatalogueModel::limitText(const QString &mode, int limitDays)
{
    if (mode == QLatin1String("immediate") || limitDays == 0)
        return tr("On the spot");
    return tr("%n working day(s)", nullptr, limitDays);
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogueEntry &e = m_rows.at(index.row());
    if (role == CodeRole)
        return e.code;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return e.code;
    case NameColumn:
        return e.name;
    case DepartmentColumn:
        return e.department;
    case WindowColumn:
        return e.windowName.isEmpty() ? e.windowCode
                                      : QStringLiteral("%1 %2").arg(e.windowCode, e.windowName);
    case ModeColumn:
        return modeName(e.mode);
    case LimitColumn:
        return limitText(e.mode, e.limitDays);
    }
    return {};
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Matter");
    case DepartmentColumn:
        return tr("Department");
    case WindowColumn:
        return tr("Window");
    case ModeColumn:
        return tr("Handling");
    case LimitColumn:
        return tr("Time limit");
    }
    return {};
}
