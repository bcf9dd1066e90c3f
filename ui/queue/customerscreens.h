// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QScreen;
class QScrollArea;
class QWidget;

// Where the customer-facing windows open: the hall display, the ticket machine and the
// rating pad each on the screen chosen for it in the settings (remembered on this computer
// by the screen's name). A screen that is gone falls back to the primary one. They run full
// screen only on a screen of their own: on the clerk's screen (and so whenever there is one
// screen) they open as ordinary windows that fit it, never over the clerk's window.
namespace CustomerScreens {

enum class Kind { HallDisplay, Kiosk, RatingPad };

// The QSettings key of the screen chosen for kind.
QString settingsKey(Kind kind);
// The name of the screen chosen (empty: automatic, a second screen when there is one).
QString chosenName(Kind kind);
void choose(Kind kind, const QString &screenName);

// The screen kind opens on now: the chosen one when connected; unchosen, the last
// secondary screen; else the primary.
QScreen *screenFor(Kind kind);
// The screen the clerk's main window is on (the primary one when none is shown).
QScreen *clerkScreen();
// Full screen only where it covers no clerk's window.
bool opensFullScreen(const QScreen *screen);
// Shows window on screen, full screen or as a window that fits the screen.
void showOn(QWidget *window, QScreen *screen);
// Shows window on the screen for kind.
void show(QWidget *window, Kind kind);
// The body of a customer-facing window in a frameless scroll area on the window's own
// background: full screen it shows whole; as an ordinary window on a small clerk's screen it
// scrolls instead of making the window taller than the screen.
QScrollArea *scrolling(QWidget *body);

} // namespace CustomerScreens
