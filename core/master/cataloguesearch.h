// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// One line of the service catalogue as a list shows it (the whole item:
// MasterData::item).
struct CatalogueEntry
{
    QString code;
    QString name;
    QString department;
    QString windowCode;
    QString windowName;
    QString mode;
    int limitDays = 0;
};

// Finding catalogue items as the clerk types: the active items whose code, name or
// department contain the text (every active item for an empty text), ordered by code, a
// page at a time.
class CatalogueSearch
{
public:
    static Result<QList<CatalogueEntry>> find(const QSqlDatabase &db, const QString &text,
                                              int offset, int limit);
};
