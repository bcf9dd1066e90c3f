// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// The application's icon, drawn in code so it needs no resource file: a service-counter
// badge in the halls' blue with "办" on it.
class AppIcon
{
public:
    static QIcon icon();
};
