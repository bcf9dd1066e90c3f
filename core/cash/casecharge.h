// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/payment.h"
#include "core/master/masterdata.h"

#include <QJsonObject>
#include <QList>

// What a case asks to be paid, as the fee lines its payment starts with. When the item's form
// has a charge field (FormField::charge, e.g. T09's 缴费金额) with a value, the item's fees
// that make up that amount exactly, largest first (150 yuan: one 100 and one 50); when they
// cannot, nothing. Without a charge field, the item's only fee once; an item with several
// fees and no amount asks for nothing in particular, and the clerk chooses.
class CaseCharge
{
public:
    static QList<PaymentLineRequest> lines(const CatalogueItem &item, const QJsonObject &form,
                                           const QList<FeeItem> &fees);
};
