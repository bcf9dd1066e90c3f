// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reportsectionmodel.h"

#include <QFont>

ReportSectionModel::ReportSectionModel(QObject *parent) : QAbstractTableModel(parent) {}

ReportSectionModel::ReportSectionModel(const ReportSection &section, QObject *parent)
    : QAbstractTableModel(parent), m_section(section)
{
}

void ReportSectionModel::setSection(const ReportSection &section)
{
    beginResetModel();
    m_section = section;
    endResetModel();
}

int ReportSectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_section.rows.size());
}

int ReportSectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_section.columns.size());
}

QVariant ReportSectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportRow &row = m_section.rows.at(index.row());
    const ReportValue value = row.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return value.display();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (value.alignsRight() ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::FontRole:
        if (m_section.lastRowIsTotal && index.row() == m_section.rows.size() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ValueRole:
        switch (value.kind()) {
        case ReportValue::Kind::Count:
        case ReportValue::Kind::Money:
            return value.integer();
        case ReportValue::Kind::Percent:
        case ReportValue::Kind::Minutes:
        case ReportValue::Kind::Score:
            return value.real();
        case ReportValue::Kind::Text:
            return value.display();
        case ReportValue::Kind::Empty:
            return {};
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportSectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_section.columns.value(section);
    return section + 1;
}
