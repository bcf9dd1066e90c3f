// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;
class QWidget;

// A dialog's size follows its layout: when a message appears in it (an error, a notice),
// the dialog grows to show every line of its word-wrapped labels at its width instead of
// squeezing them. Call after changing the text; the dialog never shrinks here.
namespace DialogFit {
void grow(QWidget *dialog);
// Makes every dialog of the application grow as it is shown and whenever its layout
// changes (a warning or a notice appearing), so no dialog has to remember to.
void growAllDialogs(QObject *application);
} // namespace DialogFit
