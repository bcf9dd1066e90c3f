// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/rowwriter.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

RowWriter::RowWriter(QSqlDatabase db, QString head, int columns, QString tail)
    : m_db(std::move(db)), m_head(std::move(head)), m_columns(columns), m_tail(std::move(tail))
{
}

void RowWriter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    m_rows.append(row);
}

bool RowWriter::flush()
{
    for (qsizetype from = 0; from < m_rows.size(); from += ChunkRows) {
        if (!write(from, qMin<qsizetype>(ChunkRows, m_rows.size() - from)))
            return false;
    }
    m_rows.clear();
    return true;
}

bool RowWriter::write(qsizetype from, qsizetype count)
{
    const QString row = QLatin1Char('(') + Database::placeholders(m_columns) + QLatin1Char(')');
    QStringList rows;
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        rows.append(row);
    QSqlQuery q(m_db);
    if (!q.prepare(m_head + QLatin1Char(' ') + rows.join(QStringLiteral(", ")) +
                   (m_tail.isEmpty() ? QString() : QLatin1Char(' ') + m_tail))) {
        m_lastError = q.lastError().text();
        return false;
    }
    for (qsizetype i = from; i < from + count; ++i) {
        for (const QVariant &value : m_rows.at(i))
            q.addBindValue(value);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}
