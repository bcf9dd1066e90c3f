// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/event.h"
#include "sync/hqclient.h"
#include "sync/syncstate.h"

#include <memory>

class Database;

// One round of synchronisation with headquarters on the caller's thread and connection:
// upload unacknowledged events in batches, then fetch master data and case decisions.
// The acknowledged mark moves only on a 200 answer; a chain conflict halts sync (it is
// never skipped) until a supervisor has dealt with it.
class SyncEngine
{
public:
    struct Round
    {
        bool reachedHq = false;
        bool retryable = false; // a network or server fault: try again later
        qint64 sent = 0;        // events HQ newly accepted
        qint64 duplicates = 0;
        bool masterApplied = false;
        int decisions = 0;
        Error error; // null when the round succeeded
    };

    explicit SyncEngine(Database &db);
    ~SyncEngine();

    // Whether this terminal is enrolled (has an HQ URL and token).
    bool isEnrolled() const;
    Round runOnce();
    SyncState state() const;

    // Batch size adapts: halved after a timeout or 413, grown back after successes.
    int batchSize() const { return m_batchSize; }

    // Setting keys.
    static QString urlKey() { return QStringLiteral("sync.url"); }
    static QString caFileKey() { return QStringLiteral("sync.ca_file"); }
    static QString systemCaKey() { return QStringLiteral("sync.system_ca"); }
    static QString tokenKey() { return QStringLiteral("sync.token"); }
    static QString ackedKey() { return QStringLiteral("sync.acked_through"); }
    // The hash of the acknowledged event, and the highest seq this terminal's log has
    // reached when sync looked: the unacknowledged tail is checked against both before
    // anything is sent (TailCheck).
    static QString ackedHashKey() { return QStringLiteral("sync.acked_hash"); }
    static QString highestSeqKey() { return QStringLiteral("sync.highest_seq"); }
    static QString caseCursorKey() { return QStringLiteral("sync.case_cursor"); }
    static QString haltKey() { return QStringLiteral("sync.halted"); }
    static QString lastSuccessKey() { return QStringLiteral("sync.last_success"); }
    static QString masterVersionKey() { return QStringLiteral("master.version"); }

    // Builds the client from the stored settings (for tests: override the deadlines).
    static Result<HqClient::Config> storedConfig(const Database &db);
    void setClientConfig(const HqClient::Config &config);

private:
    bool uploadEvents(HqClient &client, Round &round);
    bool checkTail(Round &round, Event *head);
    bool recordAccepted(HqClient &client, Round &round, const HqClient::Reply &reply,
                        const QList<Event> &events, qint64 acked);
    Status setAcked(qint64 through, const QString &hash);
    bool healGap(HqClient &client, Round &round);
    bool fetchMaster(HqClient &client, Round &round);
    bool fetchDecisions(HqClient &client, Round &round);
    bool fail(Round &round, const HqClient::Reply &reply);
    void halt(Round &round, const Error &error);
    Status setSetting(const QString &key, const QString &value, const QString &eventType = {},
                      const QJsonObject &eventData = {});

    Database &m_db;
    std::unique_ptr<HqClient::Config> m_configOverride;
    int m_batchSize = 500;
};
