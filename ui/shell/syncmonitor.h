// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncstate.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThread>

class Database;
class SyncWorker;

// The GUI's view of synchronisation: runs the SyncWorker in its own thread (with its own
// connection), nudges it after every local change, and keeps the latest state and the
// recent attempts for the status bar and the sync area.
class SyncMonitor : public QObject
{
    Q_OBJECT
public:
    struct Attempt
    {
        QDateTime at; // UTC
        bool ok = false;
        qint64 sent = 0;
        QString error;
    };
    static constexpr int KeptAttempts = 50;

    explicit SyncMonitor(Database &db, QObject *parent = nullptr);
    ~SyncMonitor() override;

    const SyncState &state() const { return m_state; }
    const QList<Attempt> &attempts() const { return m_attempts; } // newest first

public slots:
    void syncNow();
    // After an enrolment: start over with the new settings.
    void restart();

signals:
    void stateChanged(const SyncState &state);
    void attemptsChanged();
    // The worker's own signals, re-emitted into it (queued across the thread).
    void requestSoon();
    void requestNow();

private:
    void startWorker();
    void stopWorker();

    Database &m_db;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncState m_state;
    QList<Attempt> m_attempts;
};
