// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// An amount of renminbi in integer fen (分). Money is never a floating-point number: text
// is parsed digit by digit and arithmetic is exact, so nothing is ever rounded.
class Money
{
public:
    // The largest single amount a clerk may type or a line may come to (¥10,000,000.00);
    // anything above is a typing slip, not a fee. Totals of many amounts may exceed it.
    static constexpr qint64 maxFen = 1'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    // Whole yuan, e.g. fromYuan(12) == 12.00.
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    // Reads what a clerk types: "1234.5", "1,234.50", "¥1,234.50", "￥12", " 12.3 ", ".5".
    // Full-width digits from a Chinese input method are accepted. A negative amount
    // ("-5.00", "-¥5.00") is refused unless allowNegative is set (refunds, adjustments).
    // Refused: empty text, letters, more than two decimals, more than one point, commas
    // that are not thousands separators, and amounts above maxFen.
    static Result<Money> parse(const QString &text, bool allowNegative = false);

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }
    constexpr bool isPositive() const { return m_fen > 0; }

    // "¥1,234.50", "-¥1,234.50": what receipts and screens show.
    QString format() const;
    // "1234.50", "-1234.50": for CSV exports and editable fields.
    QString formatPlain() const;

    // A fee line: this rate times a quantity. Refused when the line would exceed maxFen
    // (or overflow), since no single fee line can honestly be that large.
    Result<Money> times(qint64 quantity) const;

    // Exact; amounts are bounded by maxFen, so a sum of them cannot reach qint64's limits
    // in any real branch (that would take nine billion maximal receipts).
    constexpr Money operator-() const { return Money(-m_fen); }
    Money &operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    Money &operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_fen + b.m_fen); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_fen - b.m_fen); }

    friend constexpr bool operator==(Money a, Money b) { return a.m_fen == b.m_fen; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_fen != b.m_fen; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_fen < b.m_fen; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_fen <= b.m_fen; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_fen > b.m_fen; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_fen >= b.m_fen; }

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}

    qint64 m_fen = 0;
};

Q_DECLARE_TYPEINFO(Money, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Money)
