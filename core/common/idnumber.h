// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringView>

// A PRC resident identity number (居民身份证号码, GB 11643-1999): 6-digit area code,
// 8-digit birth date, 3-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check
// character (0-9 or X). It is sensitive personal information: show masked() unless the
// role may see the full number.
class IdNumber
{
public:
    IdNumber() = default;

    // Reads a number as typed or read from a card: surrounding and inner spaces are
    // ignored, full-width digits and a lower-case x are accepted. A 15-digit first-
    // generation number (born 19YY) is converted to its 18-character form. Refused: wrong
    // length or characters, an unknown province, a birth date that is not a real date, is
    // in the future (Clock::today()) or before 1900, and a check character that does not
    // match.
    static Result<IdNumber> parse(const QString &text);

    // The check character for the first 17 digits (which must be 17 ASCII digits).
    static QChar checkCharacter(QStringView first17);

    // Masks any stored number for display: 18 characters become
    // "110105********123X" (first 6, eight asterisks, last 4); other lengths keep only the
    // first 2 and last 2 characters, and anything shorter than 8 is hidden entirely.
    static QString mask(const QString &raw);

    bool isNull() const { return m_value.isEmpty(); }
    // The 18 characters, upper-case X.
    const QString &value() const { return m_value; }
    QString areaCode() const { return m_value.left(6); }
    QDate birthDate() const;
    // GB 11643: the 17th character (the last of the sequence) is odd for men.
    bool isMale() const;
    QString masked() const { return mask(m_value); }

    friend bool operator==(const IdNumber &a, const IdNumber &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const IdNumber &a, const IdNumber &b) { return a.m_value != b.m_value; }

private:
    explicit IdNumber(QString value) : m_value(std::move(value)) {}

    QString m_value;
};

Q_DECLARE_METATYPE(IdNumber)
