// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/backoff.h"
#include "sync/syncstate.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class Database;
class QTimer;

// Runs synchronisation in its own thread with its own database connection, talking to the
// GUI only through signals: after each change (debounced), every half minute while
// online, and with backoff while HQ cannot be reached.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(QString databasePath, QObject *parent = nullptr);
    ~SyncWorker() override;

    static constexpr int IdleIntervalMs = 30000;
    static constexpr int DebounceMs = 2000;
    // While HQ cannot be reached at all, probing costs one failed connection: keep trying
    // at least this often, so a branch whose link returns after a week is sending within
    // a minute. HQ answering with faults (5xx) backs off to Backoff's 5 minutes instead,
    // so that an overloaded HQ can recover.
    static constexpr int LinkDownRetryCapMs = 30000;

public slots:
    void start();    // call in the worker thread (connect to QThread::started)
    void syncSoon(); // something changed: sync within a moment
    void syncNow();
    void stop();

signals:
    void stateChanged(const SyncState &state);
    void attemptFinished(const QDateTime &at, bool ok, qint64 sent, const QString &error);

private:
    void schedule(qint64 ms);
    void runRound();

    QString m_path;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    Backoff m_backoff;
    bool m_running = false;
};
