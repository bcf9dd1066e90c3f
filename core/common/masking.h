// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct Session;

// What a person at this terminal may see of a customer's personal numbers (PIPL art. 28):
// ID numbers and contact mobiles are masked on every screen, print and log line, unless
// the signed-in role may see them in full (Permission::ViewFullIdNumbers). Every area shows
// these numbers through here, so the rule is decided in one place. (A service number, the
// line a clerk works on, is the object of the transaction and is shown as it is.)
class Masking
{
public:
    // "110105********123X" (IdNumber::mask), or the full number for a permitted role.
    static QString idNumber(const Session &session, const QString &idNumber);
    // "138****5678" (MobileNumber::mask), or the full number for a permitted role.
    static QString phone(const Session &session, const QString &phone);
    static bool showsFullNumbers(const Session &session);

    // The parts of an ID number that its masked form shows anyway: the region (first six
    // characters) and the last four of an 18-character number, empty for other documents.
    // They stay in clear beside the sealed number so the counter can still search by them.
    static QString idRegion(const QString &idNumber);
    static QString idLastFour(const QString &idNumber);
    // The masked form rebuilt from those parts alone, when the number cannot be opened.
    static QString idFromParts(const QString &region, const QString &lastFour);
};
