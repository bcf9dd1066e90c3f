// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/shiftservice.h"
#include "core/common/money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

class Database;

// Money of one kind on one business day: taken, voided again, refunded.
struct MoneyTally
{
    int payments = 0;
    Money taken;
    int voids = 0;
    Money voided;
    int refunds = 0;
    Money refunded;

    Money net() const { return taken - voided - refunded; }
    QJsonObject toJson() const;
    MoneyTally &operator+=(const MoneyTally &other);
};

// One fee item over the day's standing (not voided) payments.
struct FeeTally
{
    QString name;
    qint64 quantity = 0;
    Money amount; // charged, waivers included
    Money waived; // of which let off by waiver
    QJsonObject toJson() const;
};

// The figures of a business day's close (日结): totals by method, by clerk and by fee
// item, and the shifts with their cash counts. Payments count on the day they were taken;
// voids and refunds on the day they were made, by the method of the payment and the
// staff member who made them (their drawer paid the money back).
struct DayTotals
{
    QDate day;
    MoneyTally all;                     // every method, waivers included
    QMap<QString, MoneyTally> byMethod; // "cash", "card", "qr", "waiver"
    QMap<QString, MoneyTally> byClerk;  // staff number
    QMap<QString, FeeTally> byFee;      // fee code
    QList<Shift> shifts;
    Money floats;       // sum of the shifts' floats
    Money expectedCash; // sum over closed shifts
    Money countedCash;
    Money variance;

    // Net money received: cash, card and QR, after voids and refunds.
    Money collected() const;
    // Fees let off by waiver (net of voided waivers).
    Money waived() const { return byMethod.value(QStringLiteral("waiver")).net(); }
    int openShifts() const;

    // The totals object of the day.closed event and of table business_day.
    QJsonObject toJson() const;

    // Reads the figures of day; fast enough for a day of ten thousand payments.
    static DayTotals compute(Database &db, QDate day);
};
