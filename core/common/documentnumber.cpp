// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/documentnumber.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

QString DocumentNumber::prefix(Kind kind)
{
    switch (kind) {
    case Case:
        return QStringLiteral("CS");
    case Receipt:
        return QStringLiteral("RC");
    }
    return {};
}

bool DocumentNumber::isValidTag(const QString &tag)
{
    return !tag.isEmpty() && tag.size() <= 8 && std::all_of(tag.begin(), tag.end(), [](QChar c) {
        return isDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
}

QString DocumentNumber::format(Kind kind, const QString &branch, QDate day,
                               const QString &deviceTag, int seq)
{
    if (!isValidTag(branch) || !isValidTag(deviceTag) || !day.isValid() || seq < 1)
        return {};
    // yyyy would not give four digits outside years 1000-9999; no business day is there.
    if (day.year() < 1000 || day.year() > 9999)
        return {};
    return QStringLiteral("%1%2-%3-%4-%5")
        .arg(prefix(kind), branch, day.toString(QStringLiteral("yyyyMMdd")), deviceTag)
        .arg(seq, 4, 10, QLatin1Char('0'));
}

std::optional<DocumentNumber::Parts> DocumentNumber::parse(const QString &text)
{
    const QString s = text.trimmed().toUpper();
    const QStringList fields = s.split(QLatin1Char('-'));
    if (fields.size() != 4)
        return std::nullopt;

    Parts parts;
    const QString &head = fields.at(0);
    if (head.startsWith(prefix(Case)))
        parts.kind = Case;
    else if (head.startsWith(prefix(Receipt)))
        parts.kind = Receipt;
    else
        return std::nullopt;
    parts.branch = head.mid(prefix(parts.kind).size());

    const QString &date = fields.at(1);
    if (date.size() != 8 || !std::all_of(date.begin(), date.end(), isDigit))
        return std::nullopt;
    parts.day = QDate::fromString(date, QStringLiteral("yyyyMMdd"));

    parts.deviceTag = fields.at(2);

    const QString &seq = fields.at(3);
    // At most 10 digits, so the value is checked for int range below without overflow.
    if (seq.size() < 4 || seq.size() > 10 || !std::all_of(seq.begin(), seq.end(), isDigit))
        return std::nullopt;
    bool ok = false;
    const qlonglong value = seq.toLongLong(&ok);
    if (!ok || value > std::numeric_limits<int>::max())
        return std::nullopt;
    parts.seq = static_cast<int>(value);

    // Canonical form only: rejects bad tags, impossible dates, a zero sequence and
    // superfluous leading zeros ("00012" for 12) in one place.
    if (format(parts) != s)
        return std::nullopt;
    return parts;
}
