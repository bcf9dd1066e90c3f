// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// Saves what a widget shows as NAME.png in $HALLDESK_SCREENSHOT_DIR (default: the temp
// folder's halldesk-screenshots), so a person can look at every screen a test reaches.
// Returns false if the file could not be written.
bool saveScreenshot(QWidget *widget, const QString &name);
