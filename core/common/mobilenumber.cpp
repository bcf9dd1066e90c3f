// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/mobilenumber.h"

#include <algorithm>

namespace {

// Drops the separators people type or paste, and reads full-width characters (a Chinese
// input method in full-width mode) as their ASCII forms.
QString withoutSeparators(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(static_cast<char16_t>(u - 0xFEE0));
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out += c;
    }
    return out;
}

bool allDigits(const QString &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace

Result<MobileNumber> MobileNumber::parse(const QString &text)
{
    QString s = withoutSeparators(text);
    if (s.isEmpty()) {
        return Error(QStringLiteral("mobile.empty"),
                     QT_TRANSLATE_NOOP("Error", "No mobile number was entered. Type the 11 "
                                                "digits of the mobile number."));
    }
    // "86" alone is only a country code when 11 digits follow; a bare 11-digit number
    // starting with 86 cannot be a mobile number anyway.
    if (s.startsWith(QLatin1String("+86")))
        s.remove(0, 3);
    else if (s.startsWith(QLatin1String("0086")) && s.size() == 15)
        s.remove(0, 4);
    else if (s.startsWith(QLatin1String("86")) && s.size() == 13)
        s.remove(0, 2);

    if (!allDigits(s)) {
        return Error(QStringLiteral("mobile.characters"),
                     QT_TRANSLATE_NOOP("Error", "The mobile number \"%1\" contains characters "
                                                "other than digits. Type only the 11 digits."),
                     {text.trimmed()});
    }
    if (s.size() != 11) {
        return Error(QStringLiteral("mobile.length"),
                     QT_TRANSLATE_NOOP("Error", "The mobile number has %1 digits, but a mobile "
                                                "number has 11. Check it with the customer and "
                                                "type it again."),
                     {QString::number(s.size())});
    }
    if (s.at(0) != QLatin1Char('1') || s.at(1) < QLatin1Char('3')) {
        return Error(QStringLiteral("mobile.prefix"),
                     QT_TRANSLATE_NOOP("Error", "The mobile number %1 does not begin like a "
                                                "mainland mobile number (13 to 19). Check it "
                                                "with the customer and type it again."),
                     {s});
    }
    return MobileNumber(s);
}

QString MobileNumber::mask(const QString &raw)
{
    const qsizetype n = raw.size();
    if (n == 11)
        return raw.left(3) + QString(4, QLatin1Char('*')) + raw.right(4);
    if (n < 8)
        return QString(n, QLatin1Char('*'));
    return raw.left(2) + QString(n - 4, QLatin1Char('*')) + raw.right(2);
}
