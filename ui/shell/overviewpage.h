// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QWidget>

class Database;
class QLabel;
class QProgressBar;
class QPushButton;

// The "Overview" area: who and where this terminal is, the business day, and the state of
// the event log, which anyone can verify from here.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(Database &db, const Session &session, QWidget *parent = nullptr);

    void refresh();
    QString verificationText() const;
    bool isVerifying() const { return m_verifying; }

public slots:
    void verify();

private:
    Database &m_db;
    Session m_session;
    bool m_verifying = false;
    QLabel *m_branch;
    QLabel *m_device;
    QLabel *m_day;
    QLabel *m_staff;
    QLabel *m_events;
    QLabel *m_result;
    QProgressBar *m_progress;
    QPushButton *m_verify;
};
