// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/customerscreens.h"

#include <QApplication>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QWidget>

namespace CustomerScreens {

QString settingsKey(Kind kind)
{
    switch (kind) {
    case Kind::HallDisplay:
        return QStringLiteral("screens/hallDisplay");
    case Kind::Kiosk:
        return QStringLiteral("screens/ticketMachine");
    case Kind::RatingPad:
        return QStringLiteral("screens/ratingPad");
    }
    return QString();
}

QString chosenName(Kind kind)
{
    return QSettings().value(settingsKey(kind)).toString();
}

void choose(Kind kind, const QString &screenName)
{
    if (screenName.isEmpty())
        QSettings().remove(settingsKey(kind));
    else
        QSettings().setValue(settingsKey(kind), screenName);
}

QScreen *screenFor(Kind kind)
{
    const QString chosen = chosenName(kind);
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *secondary = nullptr;
    for (QScreen *s : screens) {
        if (!chosen.isEmpty() && s->name() == chosen)
            return s;
        if (s != QGuiApplication::primaryScreen())
            secondary = s;
    }
    if (chosen.isEmpty() && secondary)
        return secondary;
    return QGuiApplication::primaryScreen();
}

QScreen *clerkScreen()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (qobject_cast<QMainWindow *>(w) && w->isVisible() && w->screen())
            return w->screen();
    }
    return QGuiApplication::primaryScreen();
}

bool opensFullScreen(const QScreen *screen)
{
    return screen && QGuiApplication::screens().size() > 1 && screen != clerkScreen();
}

void show(QWidget *window, Kind kind)
{
    showOn(window, screenFor(kind));
}

void showOn(QWidget *window, QScreen *screen)
{
    if (!screen) {
        window->show();
        return;
    }
    window->setScreen(screen);
    if (opensFullScreen(screen)) {
        window->setGeometry(screen->geometry());
        window->showFullScreen();
    } else {
        // An ordinary window within the screen's free area, the clerk's window beside it.
        if (window->isFullScreen())
            window->showNormal();
        if (window->layout())
            window->layout()->activate(); // its minimum size, before it is sized
        const QRect free = screen->availableGeometry();
        window->resize(window->size().boundedTo(free.size() * 9 / 10));
        const QSize size = window->size();
        window->move(free.left() + qMax(0, (free.width() - size.width()) / 2),
                     free.top() + qMax(0, (free.height() - size.height()) / 2));
        window->show();
    }
    window->raise();
}

QScrollArea *scrolling(QWidget *body)
{
    auto *area = new QScrollArea;
    area->setObjectName(QStringLiteral("customerScroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setStyleSheet(QStringLiteral("QScrollArea#customerScroll { background: transparent; }"));
    area->setWidget(body);
    // After setWidget, which turns it on: the window's own background shows through.
    area->viewport()->setAutoFillBackground(false);
    body->setAutoFillBackground(false);
    return area;
}

} // namespace CustomerScreens
