// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/masking.h"

#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"
#include "core/staff/session.h"

bool Masking::showsFullNumbers(const Session &session)
{
    return session.can(Permission::ViewFullIdNumbers);
}

QString Masking::idNumber(const Session &session, const QString &idNumber)
{
    return showsFullNumbers(session) ? idNumber : IdNumber::mask(idNumber);
}

QString Masking::phone(const Session &session, const QString &phone)
{
    if (phone.isEmpty() || showsFullNumbers(session))
        return phone;
    return MobileNumber::mask(phone);
}

QString Masking::idRegion(const QString &idNumber)
{
    return idNumber.size() == 18 ? idNumber.left(6) : QString();
}

QString Masking::idLastFour(const QString &idNumber)
{
    return idNumber.size() == 18 ? idNumber.right(4) : QString();
}

QString Masking::idFromParts(const QString &region, const QString &lastFour)
{
    if (region.isEmpty() || lastFour.isEmpty())
        return QString(8, QLatin1Char('*'));
    return region + QString(8, QLatin1Char('*')) + lastFour;
}
