// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cash/payment.h"

QString PaymentTerms::key(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Qr:
        return QStringLiteral("qr");
    case PaymentMethod::Waiver:
        return QStringLiteral("waiver");
    }
    return {};
}

bool PaymentTerms::fromKey(const QString &key, PaymentMethod *method)
{
    for (PaymentMethod m : methods()) {
        if (PaymentTerms::key(m) == key) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString PaymentTerms::displayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Card:
        return tr("Bank card");
    case PaymentMethod::Qr:
        return tr("Mobile QR");
    case PaymentMethod::Waiver:
        return tr("Waiver");
    }
    return {};
}

QList<PaymentMethod> PaymentTerms::methods()
{
    return {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Qr, PaymentMethod::Waiver};
}

QString PaymentTerms::key(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Taken:
        return QStringLiteral("taken");
    case PaymentStatus::Voided:
        return QStringLiteral("voided");
    case PaymentStatus::PartRefunded:
        return QStringLiteral("part_refunded");
    case PaymentStatus::Refunded:
        return QStringLiteral("refunded");
    }
    return {};
}

bool PaymentTerms::fromKey(const QString &key, PaymentStatus *status)
{
    for (PaymentStatus s : {PaymentStatus::Taken, PaymentStatus::Voided,
                            PaymentStatus::PartRefunded, PaymentStatus::Refunded}) {
        if (PaymentTerms::key(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString PaymentTerms::displayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Taken:
        return tr("Paid");
    case PaymentStatus::Voided:
        return tr("Voided");
    case PaymentStatus::PartRefunded:
        return tr("Partly refunded");
    case PaymentStatus::Refunded:
        return tr("Refunded");
    }
    return {};
}
