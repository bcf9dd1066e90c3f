// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

// What a clerk would see cut off on a window as it is shown now: a label, button, group
// box, tab or column header whose text does not fit its widget (a word-wrapped label
// counts when its lines need more height than it has), the window itself larger than a
// 1366×768 screen, and two mnemonics (&X) alike among the window's visible widgets, which
// makes Alt+X do one of two things. Each problem is one readable line naming the widget.
namespace ScreenFit {
QStringList problems(QWidget *window);
QStringList clippedTexts(QWidget *window);
QStringList duplicateMnemonics(QWidget *window);
} // namespace ScreenFit
