// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QWidget>

class Database;
class QLabel;
class QProgressBar;
class QPushButton;

// The "Overview" area: the signed-in clerk's day (the queue at their window, their cases
// due, their shift's takings, their callbacks due; each opens its area), who and where this
// terminal is, the business day, and the event log, which anyone can verify from here.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(Database &db, const Session &session, QWidget *parent = nullptr);

    void refresh();
    QString verificationText() const;
    // The lines of "My day", by item: "myQueue", "myCases", "myTakings", "myCallbacks".
    QString myDayText(const QString &item) const;
    bool isVerifying() const { return m_verifying; }

public slots:
    void verify();

signals:
    // An item of "My day" asks for its area (the objectName of the area's page).
    void areaRequested(const QString &areaId);

private:
    QWidget *buildMyDay();
    QPushButton *myDayItem(const char *name, const QString &areaId);
    void refreshMyDay();
    void showMyCases();
    void showMyTakings();
    void showMyCallbacks();

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
    QPushButton *m_myQueue = nullptr;
    QPushButton *m_myCases = nullptr;
    QPushButton *m_myTakings = nullptr;
    QPushButton *m_myCallbacks = nullptr;
};
