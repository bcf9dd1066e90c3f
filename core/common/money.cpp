// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/money.h"

#include <QtNumeric>

namespace {

// A Chinese input method in full-width mode types "１２３．５０"; read it as "123.50".
QString toHalfWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(static_cast<char16_t>(u - 0xFEE0));
        else if (u == 0x3000) // ideographic space
            c = QChar(u' ');
    }
    return out;
}

bool isCurrencySign(QChar c)
{
    // ¥ (U+00A5) and the full-width ￥ (U+FFE5), both in everyday use for the yuan.
    return c == QChar(u'\u00A5') || c == QChar(u'\uFFE5');
}

bool isAsciiDigit(QChar c)
{
    return c >= QChar(u'0') && c <= QChar(u'9');
}

// "1,234,567": the first group has 1-3 digits, every later one exactly 3.
bool commasAreThousandsSeparators(const QString &integerPart)
{
    const QStringList groups = integerPart.split(QLatin1Char(','));
    if (groups.size() < 2)
        return true;
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

Error tooLarge(const QString &text)
{
    return Error(QStringLiteral("money.too_large"),
                 QT_TRANSLATE_NOOP("Error", "The amount \"%1\" is above the limit of "
                                            "¥10,000,000.00 for a single amount. Check the "
                                            "number of digits and type it again."),
                 {text});
}

// The number after an optional minus and an optional currency sign, in either order
// ("-¥5", "¥-5"); negative says whether there was a minus.
QString withoutSign(const QString &s, bool *negative)
{
    qsizetype i = 0;
    *negative = false;
    if (s.at(i) == QLatin1Char('-')) {
        *negative = true;
        ++i;
    }
    if (i < s.size() && isCurrencySign(s.at(i))) {
        ++i;
        if (!*negative && i < s.size() && s.at(i) == QLatin1Char('-')) {
            *negative = true;
            ++i;
        }
    }
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    return s.mid(i);
}

// Only digits, commas and one decimal point. text is the amount as typed, for the message.
Status checkCharacters(const QString &body, const QString &text)
{
    int points = 0;
    bool anyDigit = false;
    for (QChar c : body) {
        if (isAsciiDigit(c)) {
            anyDigit = true;
        } else if (c == QLatin1Char('.')) {
            ++points;
        } else if (c != QLatin1Char(',')) {
            return Error(QStringLiteral("money.invalid_character"),
                         QT_TRANSLATE_NOOP("Error", "The amount \"%1\" contains characters "
                                                    "that are not part of a number. Type only "
                                                    "digits and a decimal point, for example "
                                                    "1234.50."),
                         {text});
        }
    }
    if (!anyDigit) {
        return Error(QStringLiteral("money.no_digits"),
                     QT_TRANSLATE_NOOP("Error", "The amount \"%1\" has no digits. Type the "
                                                "amount in yuan, for example 12.50."),
                     {text});
    }
    if (points > 1) {
        return Error(QStringLiteral("money.multiple_points"),
                     QT_TRANSLATE_NOOP("Error", "The amount \"%1\" has more than one decimal "
                                                "point. Keep only the point before the jiao "
                                                "and fen, for example 1234.50."),
                     {text});
    }
    return success();
}

// Commas only between thousands, at most jiao and fen after the point.
Status checkParts(const QString &integerPart, const QString &fraction, const QString &text)
{
    if (fraction.contains(QLatin1Char(',')) || !commasAreThousandsSeparators(integerPart)) {
        return Error(QStringLiteral("money.misplaced_comma"),
                     QT_TRANSLATE_NOOP("Error", "The commas in the amount \"%1\" are not "
                                                "thousands separators. Leave the commas out, "
                                                "for example 1234567.50."),
                     {text});
    }
    if (fraction.size() > 2) {
        // Never round: a third decimal is a typing slip the clerk must see.
        return Error(QStringLiteral("money.too_many_decimals"),
                     QT_TRANSLATE_NOOP("Error", "The amount \"%1\" has more than two decimals. "
                                                "Amounts are in yuan with at most jiao and fen; "
                                                "type it again, for example 12.35."),
                     {text});
    }
    return success();
}

// The fen of checked parts; above maxFen, maxFen + 1. Digit by digit, stopping as soon as
// the limit is passed so no length of input can overflow.
qint64 fenOf(const QString &integerPart, const QString &fraction)
{
    qint64 yuan = 0;
    for (QChar c : integerPart) {
        if (c == QLatin1Char(','))
            continue;
        yuan = yuan * 10 + (c.unicode() - u'0');
        if (yuan > Money::maxFen / 100)
            return Money::maxFen + 1;
    }
    qint64 fen = yuan * 100;
    if (!fraction.isEmpty())
        fen += (fraction.at(0).unicode() - u'0') * 10;
    if (fraction.size() == 2)
        fen += fraction.at(1).unicode() - u'0';
    return fen;
}

} // namespace

Result<Money> Money::parse(const QString &text, bool allowNegative)
{
    const QString s = toHalfWidth(text).trimmed();
    if (s.isEmpty()) {
        return Error(QStringLiteral("money.empty"),
                     QT_TRANSLATE_NOOP("Error", "No amount was entered. Type the amount in "
                                                "yuan, for example 12.50."));
    }
    bool negative = false;
    const QString body = withoutSign(s, &negative);
    if (const Status st = checkCharacters(body, text); !st)
        return st.error();
    const qsizetype point = body.indexOf(QLatin1Char('.'));
    const QString integerPart = point < 0 ? body : body.left(point);
    const QString fraction = point < 0 ? QString() : body.mid(point + 1);
    if (const Status st = checkParts(integerPart, fraction, text); !st)
        return st.error();

    const qint64 fen = fenOf(integerPart, fraction);
    if (negative && fen != 0 && !allowNegative) {
        return Error(QStringLiteral("money.negative"),
                     QT_TRANSLATE_NOOP("Error", "The amount \"%1\" is negative. Type the amount "
                                                "without a minus sign; refunds and corrections "
                                                "have their own actions."),
                     {text});
    }
    if (fen > maxFen)
        return tooLarge(text);
    return Money(negative ? -fen : fen);
}

QString Money::formatPlain() const
{
    // Through the unsigned magnitude, so even the most negative qint64 formats correctly.
    const quint64 magnitude =
        m_fen < 0 ? quint64(0) - static_cast<quint64>(m_fen) : static_cast<quint64>(m_fen);
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::format() const
{
    const quint64 magnitude =
        m_fen < 0 ? quint64(0) - static_cast<quint64>(m_fen) : static_cast<quint64>(m_fen);
    const QString digits = QString::number(magnitude / 100);
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += QLatin1Char(',');
        grouped += digits.at(i);
    }
    return QStringLiteral("%1\u00A5%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(grouped)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

Result<Money> Money::times(qint64 quantity) const
{
    qint64 product = 0;
    if (qMulOverflow(m_fen, quantity, &product) || product > maxFen || product < -maxFen) {
        return Error(QStringLiteral("money.product_too_large"),
                     QT_TRANSLATE_NOOP("Error", "%1 times %2 comes to more than ¥10,000,000.00 "
                                                "for one line. Check the quantity and type it "
                                                "again."),
                     {format(), QString::number(quantity)});
    }
    return Money(product);
}
