// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One numbered revision of the schema. A database records the highest version applied
// and the lowest version of the program that can still use it (min_compatible), so an
// older build refuses a database that a newer one has changed beyond its understanding.
struct Migration
{
    int version = 0;
    int minCompatible = 0; // declared by "-- min_compatible: N" in the file; default: version
    QString name;
    QString sql;

    // The migrations compiled into the program, from :/migrations/NNNN_name.sql.
    static QList<Migration> bundled();
    static Migration fromFile(const QString &fileName, const QString &text);
    // Splits a script into statements; CREATE TRIGGER … BEGIN … END; stays one statement.
    static QStringList statements(const QString &sql);
};
