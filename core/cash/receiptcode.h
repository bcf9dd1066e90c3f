// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/money.h"

#include <QString>

#include <optional>

// The text in a receipt's QR code, so headquarters can verify a receipt someone shows
// them: the receipt number, the amount in fen and the hash of its payment.taken event
// (which is in the branch's hash-chained log HQ holds), for example
// "HDRC1|RCTZ01-20261123-D1-0007|2500|9f86d0…". Plain ASCII keeps the code small.
struct ReceiptCode
{
    QString receiptNo;
    Money amount;
    QString eventHash;

    QString text() const;
    // Reads a scanned code; nothing for text that is not a HallDesk receipt code.
    static std::optional<ReceiptCode> parse(const QString &text);
};
