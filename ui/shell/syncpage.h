// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;
class SyncMonitor;

// The link to headquarters: what it is for, enrolled or not, online or not, what is
// waiting, the recent attempts and their errors; "sync now", and enrolment for an
// administrator.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    SyncPage(Database &db, const Session &session, SyncMonitor &monitor, QWidget *parent = nullptr);

private:
    void refresh();
    void enrol();

    Database &m_db;
    Session m_session;
    SyncMonitor &m_monitor;
    QLabel *m_summary;
    QLabel *m_problem;
    QPushButton *m_syncNow;
    QPushButton *m_enrol;
    QTableWidget *m_attempts;
    QLabel *m_noAttempts;
};
