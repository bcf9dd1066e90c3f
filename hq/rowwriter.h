// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

// Writes many rows with few statements: "INSERT … VALUES (…), (…), …" in chunks, so a batch
// of a thousand events costs a handful of round trips to PostgreSQL instead of thousands.
class RowWriter
{
public:
    // head: "INSERT INTO t(a, b, c) VALUES"; tail: appended after the rows (ON CONFLICT …).
    RowWriter(QSqlDatabase db, QString head, int columns, QString tail = {});

    void add(const QVariantList &row); // exactly `columns` values
    // Writes what was added; false with lastError() set when the store refuses.
    bool flush();
    const QString &lastError() const { return m_lastError; }

    // Rows per statement: far below SQLite's and PostgreSQL's limits on bound values.
    static constexpr int ChunkRows = 100;

private:
    bool write(qsizetype from, qsizetype count);

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    QString m_tail;
    QList<QVariantList> m_rows;
    QString m_lastError;
};
