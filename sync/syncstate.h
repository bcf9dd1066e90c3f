// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What the status bar and the sync panel show about the link to headquarters.
struct SyncState
{
    bool enrolled = false;
    bool online = false;   // the last attempt reached HQ
    bool halted = false;   // a chain conflict stopped sync: a supervisor must act
    qint64 waiting = 0;    // events not yet acknowledged by HQ
    QDateTime lastSuccess; // UTC
    QDateTime nextAttempt; // UTC, when offline
    QString lastError;     // translated sentence, empty after a success
};
Q_DECLARE_METATYPE(SyncState)
