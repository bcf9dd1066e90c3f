// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

class Database;
struct Session;

// halldeskctl import-customers F.csv: imports the file all or nothing (CustomerImport) and
// prints, in Chinese and English, what was imported or every bad row (line, column, why).
// The events name `by`. Returns the exit code: 0 imported, 1 nothing imported.
int importCustomersCommand(Database &db, const Session &by, const QString &path, QTextStream &out,
                           QTextStream &err);
