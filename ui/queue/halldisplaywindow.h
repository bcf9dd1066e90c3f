// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recentcallmodel.h"

#include <QList>
#include <QWidget>

class CallAnnouncer;
class CallBanner;
class CategoryLoadModel;
class Database;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QScreen;
class QTimer;
class QVBoxLayout;

// The hall's display (叫号屏) for a second monitor: the latest call in the largest type, the
// calls before it (ticket → window), and how many wait per category. It follows the
// database: a committed call shows at once (Database::changed), waiting times every
// half minute. New calls flash and are spoken where a speech engine is installed.
class HallDisplayWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int EarlierCalls = 5;
    static constexpr int FlashMs = 4000;

    explicit HallDisplayWindow(Database &db, QWidget *parent = nullptr);

    // On the given screen (default: the one set for the hall display), full screen when it
    // covers no clerk's window (CustomerScreens).
    void showOnScreen(QScreen *screen = nullptr);
    CallBanner *banner() const { return m_banner; }
    CallAnnouncer *announcer() const { return m_announcer; }
    // The ticket numbers shown, latest first.
    QStringList shownCalls() const;
    QString waitingText(const QString &category) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QHBoxLayout *buildHeader();
    QVBoxLayout *buildCallsColumn();
    QWidget *buildWaitingPanel();
    void connectSignals();
    void showCalls();
    void showWaiting();
    void announce(const QList<RecentCallModel::Call> &calls);

    Database &m_db;
    RecentCallModel *m_calls;
    CategoryLoadModel *m_load;
    CallAnnouncer *m_announcer;
    CallBanner *m_banner;
    QLabel *m_clock;
    QList<QLabel *> m_earlierNumbers;
    QList<QLabel *> m_earlierWindows;
    QGridLayout *m_waitingGrid;
    QList<QLabel *> m_waitingLabels;
    QTimer *m_flash;
};
