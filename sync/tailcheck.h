// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/event.h"

#include <QSqlDatabase>

// Before anything is sent, the events headquarters has not acknowledged yet are checked
// the way `halldeskctl verify` checks the whole log: consecutive seqs from the
// acknowledged one, each linked to the one before (the first to the acknowledged hash) and
// hashed over its own content, and a head no lower than the highest seq this terminal
// has seen. A tail that fails is never sent: a rewritten or shortened log must not reach
// headquarters looking whole.
class TailCheck
{
public:
    struct Mark
    {
        qint64 ackedSeq = 0;
        QString ackedHash; // empty when not recorded: the local event's hash is taken
        qint64 highestSeen = 0;
    };

    // The head that was checked, or sync.chain_invalid saying where the log is broken.
    static Result<Event> check(const QSqlDatabase &db, const Mark &mark);

    // The error a refused upload shows (also used by the sync worker to raise the alarm).
    static Error broken(qint64 seq, const QString &problem);
    static QString errorCode() { return QStringLiteral("sync.chain_invalid"); }

private:
    static Result<QString> ackedHash(const QSqlDatabase &db, const Mark &mark);
};
