// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/numbersequence.h"

#include "core/storage/writetransaction.h"

#include <QSqlQuery>
#include <QVariant>

Result<int> NumberSequence::next(WriteTransaction &tx, const QString &kind, QDate day)
{
    // Seeding and imports number thousands of rows in one transaction: prepare once.
    QSqlQuery &q = tx.cached(
        QStringLiteral("INSERT INTO number_sequence(kind, day, last) VALUES(?, ?, 1) "
                       "ON CONFLICT(kind, day) DO UPDATE SET last = last + 1 RETURNING last"));
    q.addBindValue(kind);
    q.addBindValue(day.toString(Qt::ISODate));
    const Status s = tx.exec(q);
    if (!s)
        return s.error();
    const int number = q.next() ? q.value(0).toInt() : 0;
    q.finish(); // a pending RETURNING statement would block COMMIT
    tx.touch(QStringLiteral("number_sequence"));
    return number;
}

int NumberSequence::last(const QSqlDatabase &db, const QString &kind, QDate day)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT last FROM number_sequence WHERE kind = ? AND day = ?"));
    q.addBindValue(kind);
    q.addBindValue(day.toString(Qt::ISODate));
    return (q.exec() && q.next()) ? q.value(0).toInt() : 0;
}
