// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

class Database;
struct Session;

// halldeskctl import-master F.json: applies master data in the shape of headquarters'
// GET /api/v1/master answer through MasterData::apply (all or nothing) and prints the
// version applied, or why nothing was, in Chinese and English. The event names `by`.
// Returns the exit code.
int importMasterCommand(Database &db, const Session &by, const QString &path, QTextStream &out,
                        QTextStream &err);
