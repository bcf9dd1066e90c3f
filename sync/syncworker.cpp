// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncworker.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "sync/syncengine.h"
#include "sync/tailcheck.h"

#include <QNetworkInformation>
#include <QTimer>

SyncWorker::SyncWorker(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath))
{
    qRegisterMetaType<SyncState>();
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    Database::Options options;
    options.create = false;
    auto db = Database::open(m_path, options);
    if (!db) {
        SyncState s;
        s.lastError = db.error().message();
        emit stateChanged(s);
        return;
    }
    m_db = db.take();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::runRound);
    m_running = true;
    // Where the system reports the network (NetworkManager), a link coming back starts a
    // round at once instead of at the next retry.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online ||
                        reachability == QNetworkInformation::Reachability::Site)
                        syncNow();
                });
    }
    emit stateChanged(SyncEngine(*m_db).state());
    schedule(0);
}

void SyncWorker::stop()
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
    m_db.reset();
}

void SyncWorker::syncSoon()
{
    if (m_running && m_backoff.failures() == 0 &&
        (!m_timer->isActive() || m_timer->remainingTime() > DebounceMs))
        schedule(DebounceMs);
}

void SyncWorker::syncNow()
{
    if (!m_running)
        return;
    m_backoff.reset();
    schedule(0);
}

void SyncWorker::schedule(qint64 ms)
{
    m_timer->start(int(ms));
}

void SyncWorker::runRound()
{
    if (!m_running)
        return;
    SyncEngine engine(*m_db);
    if (!engine.isEnrolled()) {
        emit stateChanged(engine.state());
        schedule(IdleIntervalMs);
        return;
    }
    const SyncEngine::Round round = engine.runOnce();
    SyncState state = engine.state();
    state.online = round.reachedHq && round.error.isNull();
    const QDateTime now = Clock::nowUtc();
    if (round.error.isNull()) {
        m_backoff.reset();
        schedule(IdleIntervalMs);
    } else {
        state.lastError = round.error.message();
        // A log that fails its check is an alarm, not a link problem: shown like a halt
        // until someone has looked at it (the next change or "Sync now" checks again).
        state.halted = state.halted || round.error.code() == TailCheck::errorCode();
        if (!state.halted) {
            const qint64 wait =
                round.reachedHq ? m_backoff.next() : m_backoff.next(LinkDownRetryCapMs);
            state.nextAttempt = now.addMSecs(wait);
            schedule(wait);
        }
    }
    emit attemptFinished(now, round.error.isNull(), round.sent,
                         round.error.isNull() ? QString() : round.error.message());
    emit stateChanged(state);
}
