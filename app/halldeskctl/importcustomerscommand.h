// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

class Database;

// halldeskctl import-customers F.csv: imports the file all or nothing (CustomerImport) and
// prints, in Chinese and English, what was imported or every bad row (line, column, why).
// Returns the exit code: 0 imported, 1 nothing imported.
int importCustomersCommand(Database &db, const QString &path, QTextStream &out, QTextStream &err);
