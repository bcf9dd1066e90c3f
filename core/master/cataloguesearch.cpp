// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/master/cataloguesearch.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Result<QList<CatalogueEntry>> CatalogueSearch::find(const QSqlDatabase &db, const QString &text,
                                                    int offset, int limit)
{
    QString pattern = text.trimmed();
    // The text is matched literally: LIKE's wildcards in it are escaped.
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.code, i.name, i.department, i.window_code, w.name, i.mode, i.limit_days "
        "FROM catalogue_item i LEFT JOIN service_window w ON w.code = i.window_code "
        "WHERE i.active = 1 AND (i.code LIKE ? ESCAPE '\\' OR i.name LIKE ? ESCAPE '\\' "
        "OR i.department LIKE ? ESCAPE '\\') ORDER BY i.code LIMIT ? OFFSET ?"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(pattern);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    QList<CatalogueEntry> list;
    while (q.next()) {
        CatalogueEntry e;
        e.code = q.value(0).toString();
        e.name = q.value(1).toString();
        e.department = q.value(2).toString();
        e.windowCode = q.value(3).toString();
        e.windowName = q.value(4).toString();
        e.mode = q.value(5).toString();
        e.limitDays = q.value(6).toInt();
        list.append(e);
    }
    return list;
}
