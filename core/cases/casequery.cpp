// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/casequery.h"

#include "core/cases/casedeadline.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace {

QString marks(qsizetype n)
{
    QStringList list;
    for (qsizetype i = 0; i < n; ++i)
        list.append(QStringLiteral("?"));
    return list.join(QLatin1Char(','));
}

// The conditions of filter as SQL over service_case (no alias) with their values.
void conditions(const CaseFilter &f, QDate today, QDate dueSoonUntil, QStringList *where,
                QVariantList *values)
{
    if (f.kind) {
        where->append(QStringLiteral("kind = ?"));
        values->append(CaseState::kindKey(*f.kind));
        // The same term as the partial index service_case_kind, so the few complaints and
        // petitions are found by it.
        if (*f.kind != CaseKind::Case)
            where->append(QStringLiteral("kind <> 'case'"));
    }
    if (f.status == CaseFilter::openStatus()) {
        QStringList open;
        for (CaseStatus s : CaseState::all()) {
            if (!CaseState::isFinished(s))
                open.append(CaseState::key(s));
        }
        where->append(QStringLiteral("status IN (%1)").arg(marks(open.size())));
        for (const QString &key : open)
            values->append(key);
    } else if (!f.status.isEmpty()) {
        where->append(QStringLiteral("status = ?"));
        values->append(f.status);
    }
    if (f.due != CaseFilter::Due::Any) {
        const QStringList running = CaseState::runningKeys();
        where->append(QStringLiteral("status IN (%1)").arg(marks(running.size())));
        for (const QString &key : running)
            values->append(key);
        const QString day = today.toString(Qt::ISODate);
        switch (f.due) {
        case CaseFilter::Due::Overdue:
            where->append(QStringLiteral("due_on < ?"));
            values->append(day);
            break;
        case CaseFilter::Due::DueSoon:
            where->append(QStringLiteral("due_on BETWEEN ? AND ? AND ") +
                          CaseDeadline::warningWindowSql());
            values->append(day);
            values->append(dueSoonUntil.toString(Qt::ISODate));
            break;
        case CaseFilter::Due::Warnings:
        case CaseFilter::Due::Any:
            where->append(QStringLiteral("(due_on < ? OR (due_on <= ? AND %1))")
                              .arg(CaseDeadline::warningWindowSql()));
            values->append(day);
            values->append(dueSoonUntil.toString(Qt::ISODate));
            break;
        }
    }
    // With a status or due condition the (status, due_on) index narrows the rows best: the
    // unary + keeps SQLite from driving the query by the broad window, item or clerk index
    // instead (seconds on a branch with millions of cases). A customer's cases are few: its
    // index always serves.
    const bool byStatus = !f.status.isEmpty() || f.due != CaseFilter::Due::Any;
    const auto equal = [where, values](const char *column, const QString &value, bool indexed) {
        if (value.isEmpty())
            return;
        where->append(QStringLiteral("%1%2 = ?")
                          .arg(indexed ? QString() : QStringLiteral("+"), QLatin1String(column)));
        values->append(value);
    };
    equal("window_code", f.windowCode, !byStatus);
    equal("item_code", f.itemCode, !byStatus);
    equal("first_responder", f.clerk, !byStatus);
    equal("customer_id", f.customerId, true);
    const QString prefix = f.caseNoPrefix.trimmed().toUpper();
    if (!prefix.isEmpty()) {
        // A range on the primary key: every number that starts with the prefix.
        QString end = prefix;
        end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
        where->append(QStringLiteral("case_no >= ? AND case_no < ?"));
        values->append(prefix);
        values->append(end);
    }
}

} // namespace

Result<QList<CaseRow>> CaseQuery::page(const QSqlDatabase &db, const CaseFilter &filter,
                                       QDate today, QDate dueSoonUntil, const Page &page)
{
    QStringList where;
    QVariantList values;
    conditions(filter, today, dueSoonUntil, &where, &values);
    const bool byDue = filter.order == CaseFilter::Order::DueDate;
    if (!byDue && page.afterRowId > 0) {
        where.append(QStringLiteral("rowid < ?"));
        values.append(page.afterRowId);
    }
    const QString order =
        byDue ? QStringLiteral("due_on IS NULL, due_on, rowid") : QStringLiteral("rowid DESC");
    const QString outerOrder = byDue ? QStringLiteral("c.due_on IS NULL, c.due_on, c.rowid")
                                     : QStringLiteral("c.rowid DESC");
    const QString sql =
        QStringLiteral(
            "SELECT c.rowid, c.case_no, c.kind, c.item_code, i.name, cu.name, c.status, "
            "c.window_code, c.first_responder, c.business_day, c.due_on, c.extended, c.mode "
            "FROM (SELECT rowid AS r FROM service_case %1 ORDER BY %2 LIMIT ? OFFSET ?) AS p "
            "JOIN service_case c ON c.rowid = p.r "
            "LEFT JOIN catalogue_item i ON i.code = c.item_code "
            "LEFT JOIN customer cu ON cu.customer_id = c.customer_id ORDER BY %3")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 order, outerOrder);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::errorFrom(q.lastError());
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(page.limit);
    q.addBindValue(byDue ? page.offset : 0);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    QList<CaseRow> rows;
    while (q.next()) {
        CaseRow r;
        r.rowId = q.value(0).toLongLong();
        r.caseNo = q.value(1).toString();
        CaseState::kindFromKey(q.value(2).toString(), &r.kind);
        r.itemCode = q.value(3).toString();
        r.itemName = q.value(4).toString();
        r.customerName = q.value(5).toString();
        CaseState::fromKey(q.value(6).toString(), &r.status);
        r.windowCode = q.value(7).toString();
        r.firstResponder = q.value(8).toString();
        r.businessDay = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        r.dueOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        r.extended = q.value(11).toBool();
        r.mode = q.value(12).toString();
        rows.append(r);
    }
    return rows;
}
