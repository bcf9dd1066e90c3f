// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/ticketprint.h"

#include <QPrinter>
#include <QPrinterInfo>

PrintDocument TicketPrint::document(const Ticket &ticket, const QString &categoryName,
                                    const QString &branchName)
{
    PrintDocument doc;
    doc.paper = PrintDocument::Paper::Roll80mm;
    doc.title = tr("Ticket %1").arg(ticket.ticketNo);
    const QString green =
        ticket.green
            ? QStringLiteral("<p align=\"center\" style=\"font-size: 11pt;\"><b>%1</b></p>")
                  .arg(PrintDocument::escaped(
                      tr("Green channel: %1").arg(TicketText::priorityName(ticket.priority))))
            : QString();
    doc.html =
        QStringLiteral("<p align=\"center\" style=\"font-size: 10pt;\"><b>%1</b></p>"
                       "<p align=\"center\">%2</p>"
                       "<p align=\"center\" style=\"font-size: 36pt;\"><b>%3</b></p>"
                       "<p align=\"center\" style=\"font-size: 12pt;\">%4</p>%5"
                       "<p align=\"center\">%6</p>"
                       "<hr><p>%7<br>%8</p>")
            .arg(PrintDocument::escaped(branchName), PrintDocument::escaped(tr("Queue ticket")),
                 PrintDocument::escaped(ticket.ticketNo), PrintDocument::escaped(categoryName),
                 green,
                 PrintDocument::escaped(ticket.peopleAhead == 0 ? tr("You are next in line.")
                                                                : tr("%n person(s) ahead of you.",
                                                                     nullptr, ticket.peopleAhead)),
                 PrintDocument::escaped(tr("Taken at %1")
                                            .arg(ticket.issuedAt.toLocalTime().toString(
                                                QStringLiteral("yyyy-MM-dd HH:mm")))),
                 PrintDocument::escaped(tr("Please listen for your number and watch the hall "
                                           "display. A missed number can be called again at "
                                           "the window.")));
    return doc;
}

bool TicketPrint::printOnDefault(const PrintDocument &doc, QString *error)
{
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (info.isNull()) {
        if (error)
            *error = tr("No ticket printer is connected. Note your number on the screen.");
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    doc.setUp(printer);
    if (!doc.print(printer)) {
        if (error)
            *error = tr("The ticket printer did not take the ticket. Note your number on the "
                        "screen.");
        return false;
    }
    return true;
}
