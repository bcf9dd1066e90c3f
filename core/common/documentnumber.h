// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

// Case and receipt numbers: "<prefix><branch>-<yyyyMMdd>-<device>-<seq>", for example
// CSTZ01-20261123-D1-0007. The branch, the business day, the device and the device's
// per-day sequence make a number unique across all terminals without asking headquarters,
// which an offline terminal cannot do.
class DocumentNumber
{
public:
    enum Kind {
        Case,    // prefix "CS"
        Receipt, // prefix "RC"
    };

    struct Parts
    {
        Kind kind = Case;
        QString branch;
        QDate day;
        QString deviceTag;
        int seq = 0;
    };

    static QString prefix(Kind kind);

    // Branch and device tags are 1-8 of [A-Z0-9].
    static bool isValidTag(const QString &tag);

    // The sequence has at least 4 digits and widens past 9999 ("10000"). Returns an empty
    // string when a tag is not valid, the day is invalid or seq is below 1: a caller bug,
    // never a number worth printing.
    static QString format(Kind kind, const QString &branch, QDate day, const QString &deviceTag,
                          int seq);
    static QString format(const Parts &parts)
    {
        return format(parts.kind, parts.branch, parts.day, parts.deviceTag, parts.seq);
    }

    // Reads a number typed for a search or a reprint: surrounding spaces are ignored and
    // lower case is accepted. Anything that format() would not have produced is refused.
    static std::optional<Parts> parse(const QString &text);
};
