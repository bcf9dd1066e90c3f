// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/ticket.h"
#include "ui/printing/printdocument.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;

// The printed queue ticket on the 80 mm roll: the branch, the number in large type, the
// category, the people ahead and the time, and the green channel when it applies.
class TicketPrint
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrint)
public:
    static PrintDocument document(const Ticket &ticket, const QString &categoryName,
                                  const QString &branchName);
    // Prints on the system's default printer without a dialog (the kiosk has nobody to
    // answer one). False with *error set when there is no printer.
    static bool printOnDefault(const PrintDocument &doc, QString *error);
};
