// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

// The look shared by the application and the widget tests: a CJK font at a size that
// reads well all day at a counter, calm colours, and dialogs that grow to show their text.
class AppStyle
{
public:
    static void apply(QApplication &app);
};
