// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QMetaType>
#include <QString>

// A mainland China mobile number: 11 digits, "1" then 3-9. Shown masked ("138****5678")
// on screens and receipts, like the ID number.
class MobileNumber
{
public:
    MobileNumber() = default;

    // Reads a number as typed or pasted: spaces and dashes are ignored ("138 0013 8000",
    // "138-0013-8000"), a country code "+86", "0086" or "86" in front is dropped, and
    // full-width digits are accepted.
    static Result<MobileNumber> parse(const QString &text);

    // Masks any stored number: 11 characters become "138****5678"; anything else keeps
    // only its first and last 2 characters (hidden entirely when shorter than 8).
    static QString mask(const QString &raw);

    bool isNull() const { return m_value.isEmpty(); }
    // The 11 digits.
    const QString &value() const { return m_value; }
    QString masked() const { return mask(m_value); }

    friend bool operator==(const MobileNumber &a, const MobileNumber &b)
    {
        return a.m_value == b.m_value;
    }
    friend bool operator!=(const MobileNumber &a, const MobileNumber &b)
    {
        return a.m_value != b.m_value;
    }

private:
    explicit MobileNumber(QString value) : m_value(std::move(value)) {}

    QString m_value;
};

Q_DECLARE_METATYPE(MobileNumber)
