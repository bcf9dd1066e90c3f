// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

// Notices when nobody has touched keyboard or mouse for a while, anywhere in the
// application, so an unattended counter locks itself.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    // Stopped while locked: the lock page needs no second lock.
    void setActive(bool active);
    bool isActive() const { return m_active; }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};
