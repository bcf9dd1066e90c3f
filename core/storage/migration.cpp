// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

QList<Migration> Migration::bundled()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            list.append(fromFile(file, QString::fromUtf8(f.readAll())));
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

Migration Migration::fromFile(const QString &fileName, const QString &text)
{
    static const QRegularExpression nameRe(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    static const QRegularExpression minRe(QStringLiteral("--\\s*min_compatible:\\s*(\\d+)"));
    Migration m;
    const auto nameMatch = nameRe.match(fileName);
    m.version = nameMatch.hasMatch() ? nameMatch.captured(1).toInt() : 0;
    m.name = nameMatch.hasMatch() ? nameMatch.captured(2) : fileName;
    const auto minMatch = minRe.match(text);
    m.minCompatible = minMatch.hasMatch() ? minMatch.captured(1).toInt() : m.version;
    m.sql = text;
    return m;
}

QStringList Migration::statements(const QString &sql)
{
    QStringList result;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        const QString upper = line.toUpper();
        if (upper.startsWith(QLatin1String("CREATE TRIGGER")))
            inTrigger = true;
        const bool endsStatement = line.endsWith(QLatin1Char(';'));
        if (!endsStatement)
            continue;
        if (inTrigger && !(upper == QLatin1String("END;")))
            continue;
        inTrigger = false;
        result.append(current.trimmed());
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}
