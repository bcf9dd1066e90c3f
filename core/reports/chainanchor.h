// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// A paper anchor: the chain head (seq and the first 16 hex digits of its hash) printed on
// the day close sheet, each shift's close slip and the daily report. Typed in at
// headquarters (halldesk-hq anchor), it lets HQ tell whether events uploaded later still
// pass through that point, so the unsynced tail cannot be rewritten unseen.
struct ChainAnchor
{
    static constexpr int PrintedHexDigits = 16;

    qint64 seq = 0; // 0: the log is empty (or the event was not found)
    QString hash;   // the full hash

    bool isNull() const { return seq == 0; }
    QString shortHash() const { return hash.left(PrintedHexDigits); }
    // "18342 · 3fa9c0d2e1b47a65"
    QString value() const;
    // The label on paper, the same in both languages so HQ reads every branch's printouts
    // alike: "链头 / Chain head".
    static QString label();
    // "链头 / Chain head: 18342 · 3fa9c0d2e1b47a65"
    QString text() const { return label() + QStringLiteral(": ") + value(); }

    // The log's head now.
    static ChainAnchor current(const QSqlDatabase &db);
    // The (first) event of type whose data field equals value: a closing's own event,
    // printed again the same on every reprint.
    static ChainAnchor ofEvent(const QSqlDatabase &db, const QString &type, const QString &field,
                               const QString &value);
};
