// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cash/casecharge.h"

#include <algorithm>
#include <cmath>

namespace {

// The amount in fen of the form's charge field, or -1 when there is none.
qint64 chargedFen(const CatalogueItem &item, const QJsonObject &form)
{
    for (const FormField &f : item.fields) {
        if (!f.charge)
            continue;
        const QJsonValue v = form.value(f.key);
        bool ok = v.isDouble();
        const double yuan = ok ? v.toDouble() : v.toString().toDouble(&ok);
        if (ok && std::isfinite(yuan) && yuan > 0)
            return qint64(std::llround(yuan * 100));
    }
    return -1;
}

} // namespace

QList<PaymentLineRequest> CaseCharge::lines(const CatalogueItem &item, const QJsonObject &form,
                                            const QList<FeeItem> &fees)
{
    QList<FeeItem> own;
    for (const FeeItem &fee : fees) {
        if (item.feeCodes.contains(fee.code) && fee.amountFen > 0)
            own.append(fee);
    }
    qint64 left = chargedFen(item, form);
    if (left < 0) {
        if (item.feeCodes.size() == 1)
            return {PaymentLineRequest{item.feeCodes.first(), 1}};
        return {};
    }
    std::sort(own.begin(), own.end(),
              [](const FeeItem &a, const FeeItem &b) { return a.amountFen > b.amountFen; });
    QList<PaymentLineRequest> lines;
    for (const FeeItem &fee : own) {
        const qint64 quantity = left / fee.amountFen;
        if (quantity > 999) // not something a counter pays in one go
            return {};
        if (quantity > 0) {
            lines.append(PaymentLineRequest{fee.code, int(quantity)});
            left -= quantity * fee.amountFen;
        }
    }
    return left == 0 ? lines : QList<PaymentLineRequest>();
}
