// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What a payment is for, as the area that asks for it knows it: a case (its fees), a
// customer's service (bill payment, top-up, SIM), or both empty but a customer. feeCodes
// are the catalogue fee items to offer first; the clerk sets the quantities.
struct PaymentTarget
{
    QString customerId;
    QString caseNo;
    QString serviceId;
    QString serviceNumber;
    QStringList feeCodes;

    bool isEmpty() const
    {
        return customerId.isEmpty() && caseNo.isEmpty() && serviceId.isEmpty() &&
               serviceNumber.isEmpty();
    }
};
