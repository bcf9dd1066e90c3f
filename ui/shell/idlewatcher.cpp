// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
    if (m_active)
        m_timer.start();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            m_timer.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
