// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cash/closingevent.h"

#include "core/storage/database.h"
#include "core/storage/eventlog.h"
#include "core/storage/writetransaction.h"

Status ClosingEvent::addChainHead(WriteTransaction &tx, QJsonObject &data)
{
    const Result<Event> head = EventLog::head(tx.database().connection());
    if (!head)
        return head.error();
    data.insert(QStringLiteral("chain_head_seq"), head->seq);
    data.insert(QStringLiteral("chain_head_hash"), head->hash);
    return success();
}
