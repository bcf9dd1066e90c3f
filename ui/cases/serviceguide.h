// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/master/masterdata.h"
#include "ui/printing/printdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// The service guide (办事指南) of a catalogue item as the hall publishes it (DOMAIN rule 11):
// conditions, required materials, the steps, the time limit, the fees with their rate and
// basis, the legal basis, the form the clerk fills in and the complaint channel. The same
// HTML is shown on screen and printed on A4.
class ServiceGuide
{
    Q_DECLARE_TR_FUNCTIONS(ServiceGuide)
public:
    struct Content
    {
        CatalogueItem item;
        QList<FeeItem> fees; // the item's fee items, in its order
        QString windowName;
        QString branchName;
    };

    // The item with its fees, window and branch as the database has them.
    static Result<Content> load(Database &db, const QString &itemCode);
    static QString html(const Content &content);
    static PrintDocument document(const Content &content, QDate printedOn);
};
