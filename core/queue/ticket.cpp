// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/ticket.h"

QStringList TicketText::priorities()
{
    return {QStringLiteral("normal"), QStringLiteral("vip"), QStringLiteral("elderly"),
            QStringLiteral("disabled")};
}

QString TicketText::priorityName(const QString &priority)
{
    if (priority == QLatin1String("vip"))
        return tr("VIP");
    if (priority == QLatin1String("elderly"))
        return tr("Elderly");
    if (priority == QLatin1String("disabled"))
        return tr("Disabled");
    return tr("Normal");
}

QString TicketText::statusName(const QString &status)
{
    if (status == QLatin1String("waiting"))
        return tr("Waiting");
    if (status == QLatin1String("called"))
        return tr("At the window");
    if (status == QLatin1String("parked"))
        return tr("Parked");
    if (status == QLatin1String("served"))
        return tr("Served");
    if (status == QLatin1String("no_show"))
        return tr("Did not come");
    return status;
}

QString TicketText::outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("served"))
        return tr("Served");
    if (outcome == QLatin1String("no_show"))
        return tr("Did not come");
    if (outcome == QLatin1String("transferred"))
        return tr("Transferred");
    return outcome;
}

QString TicketText::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
