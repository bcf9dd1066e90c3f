// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QLockFile>
#include <QString>

#include <memory>

// One HallDesk program at a time may hold a data folder for the whole of its run (the
// counter app, or a halldeskctl restore), so a restore never pulls the database from
// under a clerk.
class InstanceLock
{
public:
    static Result<std::shared_ptr<QLockFile>> acquire(const QString &dataDir);
};
