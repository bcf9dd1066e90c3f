// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/caselistmodel.h"

#include "core/common/businessday.h"
#include "core/common/holidaycalendar.h"
#include "core/storage/database.h"

#include <QBrush>

CaseListModel::CaseListModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(HolidayCalendar::table()))
            m_calendar.reset();
        if (tables.contains(QLatin1String("service_case")) ||
            tables.contains(HolidayCalendar::table()))
            reload();
    });
    reload();
}

const WorkingCalendar &CaseListModel::calendar()
{
    if (!m_calendar)
        m_calendar = HolidayCalendar::load(m_db.connection());
    return *m_calendar;
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    m_rows.clear(); // a new filter starts from its first page
    reload();
}

Result<QList<CaseRow>> CaseListModel::read(qint64 afterRowId, int offset, int limit)
{
    CaseQuery::Page page;
    page.afterRowId = afterRowId;
    page.offset = offset;
    page.limit = limit;
    return CaseQuery::page(m_db.connection(), m_filter, m_today,
                           CaseDeadline::dueSoonUntil(m_today, calendar()), page);
}

void CaseListModel::reload()
{
    m_today = BusinessDay::today();
    // What was loaded and a page more: new rows on top do not push loaded ones out.
    const int limit = int(m_rows.size()) + PageSize;
    const Result<QList<CaseRow>> rows = read(0, 0, limit);
    beginResetModel();
    if (rows) {
        m_rows = rows.value();
        m_atEnd = m_rows.size() < limit;
        m_lastError.clear();
    } else {
        m_rows.clear();
        m_atEnd = true;
        m_lastError = rows.error().message();
    }
    endResetModel();
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().rowId;
    const Result<QList<CaseRow>> more = read(after, int(m_rows.size()), PageSize);
    if (!more) {
        m_atEnd = true;
        m_lastError = more.error().message();
        return;
    }
    m_atEnd = more->size() < PageSize;
    if (more->isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows.append(more.value());
    endInsertRows();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CaseListModel::rowOf(const QString &caseNo) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).caseNo == caseNo)
            return i;
    }
    return -1;
}

DueState CaseListModel::dueState(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_calendar)
        return DueState::None;
    const CaseRow &r = m_rows.at(row);
    return CaseDeadline::classify(r.kind, r.status, r.dueOn, m_today, *m_calendar, r.mode);
}

QColor CaseListModel::dueBackground(DueState state)
{
    switch (state) {
    case DueState::DueSoon:
        return QColor(0xff, 0xf0, 0xb3); // yellow card (黄牌预警)
    case DueState::Overdue:
        return QColor(0xff, 0xcd, 0xcd); // red card (红牌)
    case DueState::None:
    case DueState::OnTrack:
        break;
    }
    return QColor();
}

QColor CaseListModel::dueForeground(DueState state)
{
    switch (state) {
    case DueState::DueSoon:
        return QColor(0x6b, 0x4e, 0x00);
    case DueState::Overdue:
        return QColor(0x9b, 0x10, 0x10);
    case DueState::None:
    case DueState::OnTrack:
        break;
    }
    return QColor();
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CaseNoColumn:
            return r.caseNo;
        case KindColumn:
            return CaseState::kindName(r.kind);
        case ItemColumn:
            return r.itemName.isEmpty() ? r.itemCode : r.itemName;
        case ApplicantColumn:
            return r.customerName;
        case StatusColumn:
            return r.extended ? tr("%1 (extended)").arg(CaseState::displayName(r.status))
                              : CaseState::displayName(r.status);
        case WindowColumn:
            return r.windowCode;
        case ClerkColumn:
            return r.firstResponder;
        case RegisteredColumn:
            return r.businessDay.toString(Qt::ISODate);
        case DueColumn:
            return r.dueOn.toString(Qt::ISODate);
        case DueStateColumn:
            return CaseDeadline::displayName(dueState(index.row()));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ItemColumn)
            return QStringLiteral("%1 %2").arg(r.itemCode, r.itemName);
        return {};
    case Qt::BackgroundRole: {
        const QColor c = dueBackground(dueState(index.row()));
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole: {
        const QColor c = dueForeground(dueState(index.row()));
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case CaseNoRole:
        return r.caseNo;
    case DueStateRole:
        return int(dueState(index.row()));
    case StatusKeyRole:
        return CaseState::key(r.status);
    case KindKeyRole:
        return CaseState::kindKey(r.kind);
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNoColumn:
        return tr("Case no.");
    case KindColumn:
        return tr("Kind");
    case ItemColumn:
        return tr("Matter");
    case ApplicantColumn:
        return tr("Applicant");
    case StatusColumn:
        return tr("Status");
    case WindowColumn:
        return tr("Window");
    case ClerkColumn:
        return tr("First responder");
    case RegisteredColumn:
        return tr("Registered");
    case DueColumn:
        return tr("Due on");
    case DueStateColumn:
        return tr("Time limit");
    }
    return {};
}
