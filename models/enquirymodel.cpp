// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/enquirymodel.h"

#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

EnquiryModel::EnquiryModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QLatin1String("enquiry")))
            reload();
    });
    reload();
}

QList<EnquiryModel::Row> EnquiryModel::read(qint64 beforeRowId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, enquiry_id, name, unit, contact, subject, passed_to, "
                             "staff_no, business_day, logged_at FROM enquiry %1 "
                             "ORDER BY rowid DESC LIMIT ?")
                  .arg(beforeRowId > 0 ? QStringLiteral("WHERE rowid < ?") : QString()));
    if (beforeRowId > 0)
        q.addBindValue(beforeRowId);
    q.addBindValue(limit);
    QList<Row> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.rowId = q.value(0).toLongLong();
        r.enquiry.enquiryId = q.value(1).toString();
        r.enquiry.name = q.value(2).toString();
        r.enquiry.unit = q.value(3).toString();
        r.enquiry.contact = q.value(4).toString();
        r.enquiry.subject = q.value(5).toString();
        r.enquiry.passedTo = q.value(6).toString();
        r.enquiry.staffNo = q.value(7).toString();
        r.enquiry.businessDay = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        r.enquiry.loggedAt = q.value(9).toString();
        rows.append(r);
    }
    return rows;
}

void EnquiryModel::reload()
{
    // What was loaded and a page more: new rows on top do not push loaded ones out.
    const int limit = int(m_rows.size()) + PageSize;
    beginResetModel();
    m_rows = read(0, limit);
    m_atEnd = m_rows.size() < limit;
    endResetModel();
}

bool EnquiryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void EnquiryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const QList<Row> more = read(m_rows.constLast().rowId, PageSize);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

int EnquiryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnquiryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnquiryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Enquiry &e = m_rows.at(index.row()).enquiry;
    if (role == EnquiryIdRole)
        return e.enquiryId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return Clock::parseStamp(e.loggedAt).toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
    case NameColumn:
        return e.name;
    case UnitColumn:
        return e.unit;
    case ContactColumn:
        return e.contact;
    case SubjectColumn:
        return e.subject;
    case PassedToColumn:
        return e.passedTo;
    case StaffColumn:
        return e.staffNo;
    }
    return {};
}

QVariant EnquiryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NameColumn:
        return tr("Caller");
    case UnitColumn:
        return tr("Unit");
    case ContactColumn:
        return tr("Contact");
    case SubjectColumn:
        return tr("Enquiry");
    case PassedToColumn:
        return tr("Passed to");
    case StaffColumn:
        return tr("Taken by");
    }
    return {};
}
