// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QString>

class HqDatabase;

// Headquarters' daily business report across branches (or for one), from the projections
// kept with the events: the figures of the branches' own daily report that their events
// carry — cases by item and handling mode, on-time rate, complaints, revenue by method,
// fee item and clerk, voids, refunds, cash variance, tickets with waiting-time bands and
// service time, satisfaction.
class HqReport
{
public:
    // metric → value for the day, summed over the branches chosen (all when branch is
    // empty); *branches receives the branch codes that had figures.
    static QMap<QString, qint64> figures(HqDatabase &db, QDate date, const QString &branch,
                                         QStringList *branches = nullptr);
    // The report as plain text, headings in Chinese and English.
    static QString daily(HqDatabase &db, QDate date, const QString &branch);
};
