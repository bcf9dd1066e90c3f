#pragma once

#include <QDate>
#include <QString>

class HqDatabase;

// Headquarters' daily figures across branches, from the projections kept with the events.
class HqReport
{
public:
    // A plain-text table: one row per branch, the day's figures as columns.
    static QString daily(HqDatabase &db, QDate date, const QString &branch);
};
