// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncengine.h"

#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/master/masterdata.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/eventlog.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"
#include "sync/protocol.h"
#include "sync/tailcheck.h"

#include <QJsonArray>
#include <QUuid>

namespace {
constexpr int MinBatch = 25;

Error hqRefused(const HqClient::Reply &reply)
{
    return Error(
        QStringLiteral("sync.refused"),
        QT_TRANSLATE_NOOP("Error", "Headquarters refused the data (HTTP %1, %2). "
                                   "Synchronisation continues later; if this repeats, "
                                   "tell your IT contact."),
        {QString::number(reply.status), reply.body.value(QLatin1String("error")).toString()});
}
} // namespace

SyncEngine::SyncEngine(Database &db) : m_db(db) {}
SyncEngine::~SyncEngine() = default;

bool SyncEngine::isEnrolled() const
{
    return !SettingStore::get(m_db.connection(), tokenKey()).isEmpty() &&
           !SettingStore::get(m_db.connection(), urlKey()).isEmpty();
}

Result<HqClient::Config> SyncEngine::storedConfig(const Database &db)
{
    HqClient::Config config;
    config.baseUrl = QUrl(SettingStore::get(db.connection(), urlKey()));
    config.token = SettingStore::getSealed(db, tokenKey()); // stored sealed
    config.useSystemCas = SettingStore::get(db.connection(), systemCaKey()) == QLatin1String("1");
    const QString caFile = SettingStore::get(db.connection(), caFileKey());
    if (!caFile.isEmpty()) {
        const Result<QList<QSslCertificate>> cas = HqClient::loadCaFile(caFile);
        if (!cas)
            return cas.error();
        config.caCertificates = cas.value();
    }
    return config;
}

void SyncEngine::setClientConfig(const HqClient::Config &config)
{
    m_configOverride = std::make_unique<HqClient::Config>(config);
}

SyncState SyncEngine::state() const
{
    SyncState s;
    s.enrolled = isEnrolled();
    s.halted = !SettingStore::get(m_db.connection(), haltKey()).isEmpty();
    const qint64 acked =
        SettingStore::get(m_db.connection(), ackedKey(), QStringLiteral("0")).toLongLong();
    const Result<Event> head = EventLog::head(m_db.connection());
    s.waiting = head ? std::max<qint64>(0, head->seq - acked) : 0;
    s.lastSuccess = Clock::parseStamp(SettingStore::get(m_db.connection(), lastSuccessKey()));
    if (s.halted)
        s.lastError = SettingStore::get(m_db.connection(), haltKey());
    return s;
}

Status SyncEngine::setSetting(const QString &key, const QString &value, const QString &eventType,
                              const QJsonObject &eventData)
{
    WriteTransaction tx(m_db);
    if (const Status s = SettingStore::set(tx, key, value); !s)
        return s;
    if (eventType.isEmpty())
        return tx.commit();
    const Result<Event> e = tx.commit(eventType, QString(), eventData);
    return e ? success() : Status(e.error());
}

bool SyncEngine::fail(Round &round, const HqClient::Reply &reply)
{
    round.reachedHq = reply.status != 0;
    round.retryable = reply.retryable();
    if (reply.status == 0 && !reply.tlsFailure) {
        // Slow or broken links get smaller batches next time.
        m_batchSize = std::max(MinBatch, m_batchSize / 2);
    }
    if (reply.tlsFailure) {
        round.error = Error(QStringLiteral("sync.tls"),
                            QT_TRANSLATE_NOOP("Error", "The headquarters server could not be "
                                                       "trusted (%1). Check the HQ address and "
                                                       "certificate file with your IT contact."),
                            {reply.transportError});
    } else if (reply.status == 0) {
        round.error = Error(QStringLiteral("sync.offline"),
                            QT_TRANSLATE_NOOP("Error", "Headquarters cannot be reached (%1). Work "
                                                       "goes on offline; everything is sent when "
                                                       "the link is back."),
                            {reply.transportError});
    } else if (reply.status == 401 || reply.status == 403) {
        round.error = Error(QStringLiteral("sync.unauthorized"),
                            QT_TRANSLATE_NOOP("Error", "Headquarters no longer accepts this "
                                                       "terminal (HTTP %1). Ask headquarters for a "
                                                       "new enrolment code and enrol again."),
                            {QString::number(reply.status)});
    } else {
        round.error = hqRefused(reply);
    }
    return false;
}

void SyncEngine::halt(Round &round, const Error &error)
{
    round.retryable = false;
    round.error = error;
    setSetting(haltKey(), error.message(), QStringLiteral("sync.halted"),
               {{QStringLiteral("reason"), error.english()}});
}

SyncEngine::Round SyncEngine::runOnce()
{
    Round round;
    if (!SettingStore::get(m_db.connection(), haltKey()).isEmpty()) {
        round.error = Error(QStringLiteral("sync.halted"),
                            QT_TRANSLATE_NOOP("Error", "Synchronisation is stopped because "
                                                       "headquarters and this terminal disagree "
                                                       "about the event log. Nothing is lost; call "
                                                       "your IT contact before working on."));
        return round;
    }
    Result<HqClient::Config> config =
        m_configOverride ? Result<HqClient::Config>(*m_configOverride) : storedConfig(m_db);
    if (!config) {
        round.error = config.error();
        return round;
    }
    if (config->token.isEmpty() || !config->baseUrl.isValid()) {
        round.error = Error(QStringLiteral("sync.not_enrolled"),
                            QT_TRANSLATE_NOOP("Error", "This terminal is not enrolled with "
                                                       "headquarters yet. Enrol it with the code "
                                                       "headquarters gave you."));
        return round;
    }
    HqClient client(config.value());
    if (!uploadEvents(client, round) || !fetchMaster(client, round) ||
        !fetchDecisions(client, round))
        return round;
    round.reachedHq = true;
    setSetting(lastSuccessKey(), Clock::nowStamp());
    return round;
}

// The unacknowledged tail must pass its check before any of it is sent; the head it
// reaches raises the highest seq seen, so that events deleted later are noticed.
bool SyncEngine::checkTail(Round &round, Event *head)
{
    const QSqlDatabase db = m_db.connection();
    TailCheck::Mark mark;
    mark.ackedSeq = SettingStore::get(db, ackedKey(), QStringLiteral("0")).toLongLong();
    mark.ackedHash = SettingStore::get(db, ackedHashKey());
    mark.highestSeen = SettingStore::get(db, highestSeqKey(), QStringLiteral("0")).toLongLong();
    const Result<Event> checked = TailCheck::check(db, mark);
    if (!checked) {
        round.retryable = false;
        round.error = checked.error();
        qWarning("sync: %s", qPrintable(round.error.english()));
        return false;
    }
    *head = checked.value();
    if (head->seq > mark.highestSeen) {
        if (const Status s = setSetting(highestSeqKey(), QString::number(head->seq)); !s) {
            round.error = s.error();
            return false;
        }
    }
    return true;
}

// The acknowledged mark and the hash it stands for, together.
Status SyncEngine::setAcked(qint64 through, const QString &hash)
{
    WriteTransaction tx(m_db);
    if (const Status s = SettingStore::set(tx, ackedKey(), QString::number(through)); !s)
        return s;
    if (const Status s = SettingStore::set(tx, ackedHashKey(), hash); !s)
        return s;
    return tx.commit();
}

bool SyncEngine::uploadEvents(HqClient &client, Round &round)
{
    const QString deviceId = SettingStore::get(m_db.connection(), SettingStore::deviceId());
    Event head;
    if (!checkTail(round, &head))
        return false;
    for (int healed = 0;;) {
        const qint64 acked =
            SettingStore::get(m_db.connection(), ackedKey(), QStringLiteral("0")).toLongLong();
        const Result<QList<Event>> events = EventLog::after(m_db.connection(), acked, m_batchSize);
        if (!events) {
            round.error = events.error();
            return false;
        }
        if (events->isEmpty())
            return true;
        Protocol::EventBatch batch;
        batch.deviceId = deviceId;
        batch.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        batch.events = events.value();
        if (head.seq > 0)
            batch.head = {head.seq, head.hash};
        const HqClient::Reply reply =
            client.post(QLatin1String(Protocol::EventsPath), batch.toJson());
        if (reply.status == 200) {
            if (!recordAccepted(client, round, reply, events.value(), acked))
                return false;
            continue;
        }
        const QString code = reply.body.value(QLatin1String("error")).toString();
        if (reply.status == 413) {
            if (m_batchSize <= MinBatch)
                return fail(round, reply);
            m_batchSize = std::max(MinBatch, m_batchSize / 2);
            continue;
        }
        if (reply.status == 409 && code == QLatin1String("gap") && healed++ < 3) {
            if (!healGap(client, round))
                return false;
            continue;
        }
        if ((reply.status == 409 && code == QLatin1String("seq_conflict")) ||
            (reply.status == 422 && code == QLatin1String("chain_broken"))) {
            round.reachedHq = true;
            halt(round, Error(QStringLiteral("sync.conflict"),
                              QT_TRANSLATE_NOOP("Error", "Headquarters reports that event %1 of "
                                                         "this terminal conflicts with what it "
                                                         "holds (%2). Synchronisation is stopped "
                                                         "and nothing is skipped; call your IT "
                                                         "contact."),
                              {QString::number(reply.body.value(QLatin1String("seq")).toInteger()),
                               code}));
            return false;
        }
        return fail(round, reply);
    }
}

// A 200 answer: counts it and moves the acknowledged mark (false: the round stops).
bool SyncEngine::recordAccepted(HqClient &client, Round &round, const HqClient::Reply &reply,
                                const QList<Event> &events, qint64 acked)
{
    round.reachedHq = true;
    const qint64 through = reply.body.value(QLatin1String("acked_through")).toInteger();
    if (through < acked) {
        halt(round, Error(QStringLiteral("sync.ack_mismatch"),
                          QT_TRANSLATE_NOOP("Error", "Headquarters acknowledged fewer "
                                                     "events (%1) than it had before. "
                                                     "Synchronisation is stopped; call "
                                                     "your IT contact."),
                          {QString::number(through)}));
        return false;
    }
    round.sent += reply.body.value(QLatin1String("accepted")).toInteger();
    round.duplicates += reply.body.value(QLatin1String("duplicates")).toInteger();
    if (through > events.last().seq) {
        // HQ kept more of an earlier batch whose answer was lost: take its head, but only
        // if that point is on our own chain.
        return healGap(client, round);
    }
    const qsizetype index = qsizetype(through - events.first().seq);
    const QString hash =
        index >= 0 ? events.at(index).hash : SettingStore::get(m_db.connection(), ackedHashKey());
    if (const Status s = setAcked(through, hash); !s) {
        round.error = s.error();
        return false;
    }
    m_batchSize = std::min(Protocol::MaxBatchEvents, m_batchSize * 2);
    return true;
}

bool SyncEngine::healGap(HqClient &client, Round &round)
{
    // HQ's mark and ours differ (a lost answer, a restored backup): take HQ's head,
    // but only if it is a point on our own chain.
    const HqClient::Reply head = client.get(QLatin1String(Protocol::EventsHeadPath));
    if (head.status != 200)
        return fail(round, head);
    const qint64 through = head.body.value(QLatin1String("acked_through")).toInteger();
    const QString hash = head.body.value(QLatin1String("hash")).toString();
    bool onOurChain = through == 0 && hash == Event::genesisHash();
    if (through > 0) {
        const Result<QList<Event>> at = EventLog::after(m_db.connection(), through - 1, 1);
        onOurChain = at && !at->isEmpty() && at->first().seq == through && at->first().hash == hash;
    }
    if (!onOurChain) {
        halt(round, Error(QStringLiteral("sync.head_mismatch"),
                          QT_TRANSLATE_NOOP("Error", "Headquarters holds events up to %1 that do "
                                                     "not match this terminal's log. "
                                                     "Synchronisation is stopped; call your IT "
                                                     "contact."),
                          {QString::number(through)}));
        return false;
    }
    const Status s = setAcked(through, hash);
    if (!s)
        round.error = s.error();
    return s.ok();
}

bool SyncEngine::fetchMaster(HqClient &client, Round &round)
{
    const QString since =
        SettingStore::get(m_db.connection(), masterVersionKey(), QStringLiteral("0"));
    const HqClient::Reply reply =
        client.get(QLatin1String(Protocol::MasterPath), QStringLiteral("since=") + since);
    if (reply.status != 200)
        return fail(round, reply);
    if (reply.body.value(QLatin1String("version")).toInteger() <= since.toLongLong())
        return true;
    const Result<int> applied = MasterData::apply(m_db, Session::forConsole(), reply.body);
    if (!applied) {
        round.error = applied.error();
        return false;
    }
    round.masterApplied = true;
    return true;
}

bool SyncEngine::fetchDecisions(HqClient &client, Round &round)
{
    const QString since =
        SettingStore::get(m_db.connection(), caseCursorKey(), QStringLiteral("0"));
    const HqClient::Reply reply =
        client.get(QLatin1String(Protocol::CaseUpdatesPath), QStringLiteral("since=") + since);
    if (reply.status != 200)
        return fail(round, reply);
    const QJsonArray updates = reply.body.value(QLatin1String("updates")).toArray();
    const qint64 cursor = reply.body.value(QLatin1String("cursor")).toInteger();
    if (updates.isEmpty())
        return true;
    // All decisions of the answer and the new cursor in one transaction: none twice, none lost.
    // A decision moves the forwarded case here (case.decided through the state machine).
    WriteTransaction tx(m_db);
    CaseService cases(m_db);
    for (const QJsonValue &value : updates) {
        const QJsonObject u = value.toObject();
        const Result<bool> e = cases.recordDecision(
            tx, u.value(QLatin1String("case_no")).toString(),
            u.value(QLatin1String("status")).toString(), u.value(QLatin1String("note")).toString(),
            u.value(QLatin1String("at")).toString());
        if (!e) {
            round.error = e.error();
            return false;
        }
    }
    if (const Status s = SettingStore::set(tx, caseCursorKey(), QString::number(cursor)); !s) {
        round.error = s.error();
        return false;
    }
    if (const Status s = tx.commit(); !s) {
        round.error = s.error();
        return false;
    }
    round.decisions = int(updates.size());
    return true;
}
