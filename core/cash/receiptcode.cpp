// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cash/receiptcode.h"

#include "core/common/documentnumber.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
const QLatin1String kTag("HDRC1");
}

QString ReceiptCode::text() const
{
    return QStringList{kTag, receiptNo, QString::number(amount.fen()), eventHash}.join(
        QLatin1Char('|'));
}

std::optional<ReceiptCode> ReceiptCode::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(0) != kTag)
        return std::nullopt;
    const std::optional<DocumentNumber::Parts> number = DocumentNumber::parse(parts.at(1));
    if (!number || number->kind != DocumentNumber::Receipt)
        return std::nullopt;
    bool ok = false;
    const qint64 fen = parts.at(2).toLongLong(&ok);
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    if (!ok || fen <= 0 || fen > Money::maxFen || !hash.match(parts.at(3)).hasMatch())
        return std::nullopt;
    return ReceiptCode{DocumentNumber::format(*number), Money::fromFen(fen), parts.at(3)};
}
