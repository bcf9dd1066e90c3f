// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/syncmonitor.h"

#include "core/storage/database.h"
#include "sync/syncworker.h"

SyncMonitor::SyncMonitor(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_thread.setObjectName(QStringLiteral("sync"));
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("event_log")))
            emit requestSoon();
    });
    startWorker();
}

SyncMonitor::~SyncMonitor()
{
    stopWorker();
}

void SyncMonitor::startWorker()
{
    m_worker = new SyncWorker(m_db.path());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncMonitor::requestSoon, m_worker, &SyncWorker::syncSoon);
    connect(this, &SyncMonitor::requestNow, m_worker, &SyncWorker::syncNow);
    connect(m_worker, &SyncWorker::stateChanged, this, [this](const SyncState &state) {
        m_state = state;
        emit stateChanged(state);
    });
    connect(m_worker, &SyncWorker::attemptFinished, this,
            [this](const QDateTime &at, bool ok, qint64 sent, const QString &error) {
                // Decisions on forwarded cases arrive on the worker's own connection: the
                // case lists of this one reload (they read only what is visible).
                if (ok)
                    m_db.notifyChanged({QStringLiteral("service_case")});
                m_attempts.prepend({at, ok, sent, error});
                if (m_attempts.size() > KeptAttempts)
                    m_attempts.removeLast();
                emit attemptsChanged();
            });
    m_thread.start();
}

void SyncMonitor::stopWorker()
{
    if (!m_thread.isRunning())
        return;
    // stop() closes the worker's connection in its own thread before the thread ends.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void SyncMonitor::syncNow()
{
    emit requestNow();
}

void SyncMonitor::restart()
{
    stopWorker();
    startWorker();
}
