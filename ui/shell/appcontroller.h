// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/shell/mainwindow.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class Database;
class SyncMonitor;
struct Session;

// The counter's round: sign in, change an initial password, work in the main window,
// sign out and sign in again. Quits the application when the login is cancelled or the
// main window is closed.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(Database &db, QString dataDir, QObject *parent = nullptr);
    ~AppController() override;

    // The first start of an empty terminal sets it up; then the sign-in.
    void start();
    MainWindow *mainWindow() const { return m_mainWindow; }

signals:
    void quitRequested();

private:
    void showLogin(const QString &staffNo);
    void requirePasswordChange(const Session &session);
    void openMainWindow(const Session &session);
    void signOut();
    void checkIntegrity();
    void showFirstRun();

    Database &m_db;
    QString m_dataDir;
    QPointer<MainWindow> m_mainWindow;
    std::unique_ptr<SyncMonitor> m_sync;
};
