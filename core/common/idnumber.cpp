// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/idnumber.h"

#include "core/common/clock.h"

#include <algorithm>
#include <iterator>

namespace {

// Upper-case, without spaces, with full-width characters (a Chinese input method in
// full-width mode) read as their ASCII forms.
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(static_cast<char16_t>(u - 0xFEE0));
        if (c.isSpace())
            continue;
        out += c == QLatin1Char('x') ? QLatin1Char('X') : c;
    }
    return out;
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

int digitAt(QStringView text, qsizetype i)
{
    return text.at(i).unicode() - u'0';
}

// The first two digits: provinces, autonomous regions and municipalities (11-65), Taiwan
// (71), the residence permits for Hong Kong, Macao and Taiwan residents (81, 82, 83) and
// the permanent residence ID card for foreigners (91).
bool isKnownProvince(int code)
{
    static const int known[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91};
    return std::binary_search(std::begin(known), std::end(known), code);
}

} // namespace

QChar IdNumber::checkCharacter(QStringView first17)
{
    // ISO 7064 MOD 11-2: weight of position i (from the left) is 2^(17-i) mod 11.
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    Q_ASSERT(first17.size() == 17 && allDigits(first17));
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitAt(first17, i) * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

Result<IdNumber> IdNumber::parse(const QString &text)
{
    const QString s = normalised(text);
    if (s.isEmpty()) {
        return Error(QStringLiteral("id.empty"),
                     QT_TRANSLATE_NOOP("Error", "No ID number was entered. Type the 18 "
                                                "characters from the ID card."));
    }
    const auto badCharacters = [] {
        return Error(QStringLiteral("id.characters"),
                     QT_TRANSLATE_NOOP("Error", "An ID number has only digits, with X allowed "
                                                "as the last character. Check it against the "
                                                "card and type it again."));
    };
    if (!std::all_of(s.begin(), s.end(), [](QChar c) {
            return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('X');
        })) {
        return badCharacters();
    }
    if (s.size() != 18 && s.size() != 15) {
        return Error(QStringLiteral("id.length"),
                     QT_TRANSLATE_NOOP("Error", "The ID number has %1 characters, but a "
                                                "resident ID number has 18 (15 on an old "
                                                "first-generation card). Check it against the "
                                                "card and type it again."),
                     {QString::number(s.size())});
    }
    // Only the check character of an 18-character number may be X.
    const bool legacy = s.size() == 15;
    if (!allDigits(legacy ? QStringView(s) : QStringView(s).left(17)))
        return badCharacters();
    if (!isKnownProvince(digitAt(s, 0) * 10 + digitAt(s, 1))) {
        return Error(QStringLiteral("id.region"),
                     QT_TRANSLATE_NOOP("Error", "The ID number begins with %1, which is not a "
                                                "province code. Check the first digits against "
                                                "the card and type them again."),
                     {s.left(2)});
    }

    // A first-generation number carries the birth date as YYMMDD, always in the 1900s.
    const QString birth = legacy ? QStringLiteral("19") + s.mid(6, 6) : s.mid(6, 8);
    const QDate born(birth.left(4).toInt(), birth.mid(4, 2).toInt(), birth.right(2).toInt());
    if (!born.isValid()) {
        return Error(QStringLiteral("id.birth_date"),
                     QT_TRANSLATE_NOOP("Error", "The birth date in the ID number (%1) is not a "
                                                "real date. Check the birth date digits against "
                                                "the card and type them again."),
                     {birth});
    }
    if (born.year() < 1900) {
        return Error(QStringLiteral("id.birth_too_early"),
                     QT_TRANSLATE_NOOP("Error", "The birth date in the ID number (%1) is before "
                                                "1900. Check the birth date digits against the "
                                                "card and type them again."),
                     {birth});
    }
    if (born > Clock::today()) {
        return Error(QStringLiteral("id.birth_future"),
                     QT_TRANSLATE_NOOP("Error", "The birth date in the ID number (%1) is in the "
                                                "future. Check the birth date digits against the "
                                                "card and type them again."),
                     {birth});
    }

    if (legacy) {
        const QString first17 = s.left(6) + birth + s.right(3);
        return IdNumber(first17 + checkCharacter(first17));
    }
    if (checkCharacter(QStringView(s).left(17)) != s.at(17)) {
        return Error(QStringLiteral("id.checksum"),
                     QT_TRANSLATE_NOOP("Error", "The ID number's check digit does not match. "
                                                "Check the last character, and then every "
                                                "digit, against the card and type it again."));
    }
    return IdNumber(s);
}

QString IdNumber::mask(const QString &raw)
{
    const qsizetype n = raw.size();
    if (n == 18)
        return raw.left(6) + QString(8, QLatin1Char('*')) + raw.right(4);
    if (n < 8)
        return QString(n, QLatin1Char('*'));
    return raw.left(2) + QString(n - 4, QLatin1Char('*')) + raw.right(2);
}

QDate IdNumber::birthDate() const
{
    if (isNull())
        return {};
    return QDate(m_value.mid(6, 4).toInt(), m_value.mid(10, 2).toInt(), m_value.mid(12, 2).toInt());
}

bool IdNumber::isMale() const
{
    return !isNull() && digitAt(m_value, 16) % 2 == 1;
}
