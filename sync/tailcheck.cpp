// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/tailcheck.h"

#include "core/storage/eventlog.h"

namespace {
constexpr int ReadChunk = 2000;
}

Error TailCheck::broken(qint64 seq, const QString &problem)
{
    return Error(errorCode(),
                 QT_TRANSLATE_NOOP("Error", "Nothing was sent to headquarters: this terminal's "
                                            "event log fails its check at event %1 (%2). The "
                                            "log may have been altered or shortened. Do not "
                                            "repair or restore anything yourself; call your IT "
                                            "contact, who runs \"halldeskctl verify\"."),
                 {QString::number(seq), problem});
}

Result<QString> TailCheck::ackedHash(const QSqlDatabase &db, const Mark &mark)
{
    if (mark.ackedSeq == 0)
        return Event::genesisHash();
    const Result<QList<Event>> at = EventLog::after(db, mark.ackedSeq - 1, 1);
    if (!at)
        return at.error();
    if (at->isEmpty() || at->first().seq != mark.ackedSeq)
        return broken(mark.ackedSeq,
                      QStringLiteral("the last event headquarters acknowledged is missing"));
    if (!mark.ackedHash.isEmpty() && at->first().hash != mark.ackedHash)
        return broken(mark.ackedSeq,
                      QStringLiteral("the last event headquarters acknowledged was replaced"));
    return at->first().hash;
}

Result<Event> TailCheck::check(const QSqlDatabase &db, const Mark &mark)
{
    const Result<QString> start = ackedHash(db, mark);
    if (!start)
        return start.error();
    Event head;
    head.seq = mark.ackedSeq;
    head.hash = start.value();
    for (;;) {
        const Result<QList<Event>> chunk = EventLog::after(db, head.seq, ReadChunk);
        if (!chunk)
            return chunk.error();
        for (const Event &e : chunk.value()) {
            if (e.seq != head.seq + 1)
                return broken(head.seq + 1,
                              QStringLiteral("event %1 is missing").arg(head.seq + 1));
            if (e.prev != head.hash)
                return broken(e.seq, QStringLiteral("it does not link to event %1").arg(head.seq));
            if (e.expectedHash() != e.hash)
                return broken(e.seq, QStringLiteral("its hash does not match its content"));
            head = e;
        }
        if (chunk->size() < ReadChunk)
            break;
    }
    if (head.seq < mark.highestSeen)
        return broken(head.seq + 1, QStringLiteral("events %1 to %2 were written and are gone")
                                        .arg(head.seq + 1)
                                        .arg(mark.highestSeen));
    return head;
}
