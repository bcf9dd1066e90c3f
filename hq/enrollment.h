// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>

class HqDatabase;

// Enrolment of terminals: an HQ admin makes a one-time code for a branch; a terminal
// trades it (once) for a device id and a bearer token.
class Enrollment
{
public:
    struct Enrolled
    {
        QString deviceId;
        QString token;
        QJsonObject branch; // {"code","name"}
    };

    // Creates the branch if it is new. Returns the code, e.g. "K7MQ-3XTP-9RWA".
    static Result<QString> createCode(HqDatabase &db, const QString &branchCode,
                                      const QString &branchName);
    // Error code "forbidden" for an unknown or used code.
    static Result<Enrolled> enroll(HqDatabase &db, const QString &code, const QString &deviceName);
    // The device a bearer token belongs to, or an empty string.
    static QString deviceForToken(HqDatabase &db, const QString &token);
    static QString tokenHash(const QString &token);
};
