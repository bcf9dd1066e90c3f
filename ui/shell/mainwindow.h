// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"
#include "ui/shell/idlewatcher.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class Database;
class CallingStrip;
class CounterPage;
class LockPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class SettingsPage;
class SyncMonitor;
struct SyncState;

// The counter's main window: a navigation list of work areas, a status bar saying who
// works where, and a lock page that covers (but keeps) the work when the counter is left
// alone. Areas appear only when they exist and the signed-in role may use them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // sync may be null (no link to headquarters is shown then).
    MainWindow(Database &db, const Session &session, const QString &dataDir,
               SyncMonitor *sync = nullptr, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    QStringList areaNames() const;
    // objectName of each area page ("overviewPage", "staffPage"…), in navigation order.
    QStringList areaIds() const;
    void showArea(int index);
    int currentArea() const;
    bool isLocked() const { return m_locked; }
    LockPage *lockPage() const { return m_lockPage; }
    // The idle time before the counter locks; tests shorten it.
    void setIdleIntervalMs(int ms);
    int idleIntervalMs() const { return m_idle.intervalMs(); }

    // What signing out would leave behind: the ticket being served at this window, the
    // staff member's open shift. Empty when nothing is open.
    QStringList signOutWarnings() const;

public slots:
    void lockNow();
    void showAbout();
    // 签退: signs out at once when nothing is open, else after a warning that says what is.
    void requestSignOut();

signals:
    void signOutRequested();
    void closeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void styleNavigation();
    QWidget *buildNavigationColumn();
    void buildWorkspace();
    SettingsPage *addAreas(SyncMonitor *sync);
    void buildStatusBar(SyncMonitor *sync);
    void addShortcuts();
    void startIdleLock(SettingsPage *settings);
    void addArea(QWidget *page, const QString &name);
    // The counter, with the case dialogs and the other areas' tabs of the customer card.
    CounterPage *counterPage(Database &db, const Session &session);
    void unlock();
    void updateClock();
    void updateEventCount();
    void updateCaseWarnings();
    void showSyncState(const SyncState &state);

    Database &m_db;
    Session m_session;
    QString m_dataDir;
    IdleWatcher m_idle;
    bool m_locked = false;
    QStackedWidget *m_top;
    QWidget *m_workspace;
    QListWidget *m_navigation;
    QLabel *m_areaTitle;
    QStackedWidget *m_areas;
    LockPage *m_lockPage;
    CallingStrip *m_callingStrip = nullptr;
    QLabel *m_staffLabel;
    QLabel *m_windowLabel;
    QLabel *m_dayLabel;
    QLabel *m_syncLabel;
    QLabel *m_eventsLabel;
    QLabel *m_clockLabel;
    QLabel *m_caseWarningsLabel;
    // Dialogs hidden by the lock, shown again on unlock with what was typed in them.
    QList<QPointer<QWidget>> m_hiddenByLock;
};
