// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/paymentlistmodel.h"

#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QBrush>
#include <QColor>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

PaymentListModel::PaymentListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("payment")))
            reload();
    });
    reload();
}

void PaymentListModel::setBusinessDay(QDate day)
{
    if (day == m_day)
        return;
    m_day = day;
    m_rows.clear(); // another list: start again at its first page
    reload();
}

void PaymentListModel::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    m_rows.clear();
    reload();
}

QList<PaymentListModel::Row> PaymentListModel::fetch(int offset, int limit) const
{
    QStringList where;
    QVariantList values;
    if (m_day.isValid()) {
        where << QStringLiteral("p.business_day = ?");
        values << m_day.toString(Qt::ISODate);
    }
    if (!m_customerId.isEmpty()) {
        where << QStringLiteral("p.customer_id = ?");
        values << m_customerId;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT p.receipt_no, p.taken_at, p.payer_name, p.case_no, p.service_number, "
                  "(SELECT group_concat(fee_name || ' ×' || quantity, '；') FROM payment_line l "
                  "WHERE l.receipt_no = p.receipt_no), p.method, p.amount_fen, "
                  "(SELECT coalesce(sum(a.amount_fen), 0) FROM payment_adjustment a WHERE "
                  "a.receipt_no = p.receipt_no AND a.kind = 'refund'), p.status, p.staff_no, "
                  "(SELECT count(*) FROM receipt_print r WHERE r.receipt_no = p.receipt_no), "
                  "p.business_day FROM payment p %1 ORDER BY p.taken_at DESC, p.receipt_no DESC "
                  "LIMIT ? OFFSET ?")
                  .arg(where.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.receiptNo = q.value(0).toString();
        r.takenAt = q.value(1).toString();
        r.payerName = q.value(2).toString();
        r.caseNo = q.value(3).toString();
        r.serviceNumber = q.value(4).toString();
        r.items = q.value(5).toString();
        PaymentTerms::fromKey(q.value(6).toString(), &r.method);
        r.amount = Money::fromFen(q.value(7).toLongLong());
        r.refunded = Money::fromFen(q.value(8).toLongLong());
        PaymentTerms::fromKey(q.value(9).toString(), &r.status);
        r.staffNo = q.value(10).toString();
        r.prints = q.value(11).toInt();
        r.businessDay = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        rows.append(r);
    }
    return rows;
}

void PaymentListModel::reload()
{
    // Keep as many rows as were shown, so a refresh does not jump back to the top page.
    const int shown = std::max<int>(PageSize, int(m_rows.size()));
    beginResetModel();
    m_rows = fetch(0, shown + 1);
    m_more = m_rows.size() > shown;
    if (m_more)
        m_rows.removeLast();
    // Whoever listens to the reset may ask for more at once; that waits until it is over.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

bool PaymentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void PaymentListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_resetting)
        return;
    QList<Row> page = fetch(int(m_rows.size()), PageSize + 1);
    m_more = page.size() > PageSize;
    if (m_more)
        page.removeLast();
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

int PaymentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PaymentListModel::rowOf(const QString &receiptNo) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).receiptNo == receiptNo)
            return row;
    }
    return -1;
}

QString PaymentListModel::forText(const Row &r) const
{
    QStringList parts;
    if (!r.payerName.isEmpty())
        parts << r.payerName;
    if (!r.caseNo.isEmpty())
        parts << r.caseNo;
    if (!r.serviceNumber.isEmpty())
        parts << r.serviceNumber;
    return parts.join(QStringLiteral(" · "));
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReceiptColumn:
            return r.receiptNo;
        case TimeColumn: {
            const QDateTime at = Clock::parseStamp(r.takenAt).toLocalTime();
            return m_day.isValid() ? at.toString(QStringLiteral("HH:mm"))
                                   : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        case ForColumn:
            return forText(r);
        case ItemsColumn:
            return r.items;
        case MethodColumn:
            return PaymentTerms::displayName(r.method);
        case AmountColumn:
            return r.amount.format();
        case StatusColumn:
            if (r.status == PaymentStatus::PartRefunded)
                return tr("%1 (%2 back)")
                    .arg(PaymentTerms::displayName(r.status), r.refunded.format());
            return PaymentTerms::displayName(r.status);
        case StaffColumn:
            return r.staffNo;
        case PrintedColumn:
            if (r.prints == 0)
                return tr("Not printed");
            return r.prints == 1 ? tr("Printed") : tr("Printed, %1 reprints").arg(r.prints - 1);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && r.status != PaymentStatus::Taken)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (index.column() == PrintedColumn && r.prints == 0)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case ReceiptNoRole:
        return r.receiptNo;
    case StatusRole:
        return int(r.status);
    case AmountFenRole:
        return r.amount.fen();
    case RefundableFenRole:
        return r.status == PaymentStatus::Voided ? qint64(0) : (r.amount - r.refunded).fen();
    case PrintsRole:
        return r.prints;
    case BusinessDayRole:
        return r.businessDay;
    case MethodRole:
        return int(r.method);
    case StaffNoRole:
        return r.staffNo;
    }
    return {};
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceiptColumn:
        return tr("Receipt no.");
    case TimeColumn:
        return tr("Time");
    case ForColumn:
        return tr("For");
    case ItemsColumn:
        return tr("Fee items");
    case MethodColumn:
        return tr("Method");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case StaffColumn:
        return tr("Staff no.");
    case PrintedColumn:
        return tr("Receipt");
    }
    return {};
}
