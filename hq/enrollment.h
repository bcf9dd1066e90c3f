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

    static constexpr int DefaultExpiryHours = 24;
    static constexpr int MaxExpiryHours = 24 * 30;

    // Creates the branch if it is new. Returns the code, e.g. "K7MQ-3XTP-9RWA", usable
    // for expiryHours.
    static Result<QString> createCode(HqDatabase &db, const QString &branchCode,
                                      const QString &branchName,
                                      int expiryHours = DefaultExpiryHours);
    // Error code "forbidden" for an unknown, used, expired or revoked code. deviceKey (32
    // bytes, or empty) is the terminal's data key, held in escrow for a restored branch.
    static Result<Enrolled> enroll(HqDatabase &db, const QString &code, const QString &deviceName,
                                   const QByteArray &deviceKey = {});
    // An unused code can no longer be used. Error "hq.no_code" when none such exists.
    static Status revokeCode(HqDatabase &db, const QString &code);
    // The branch a code was made for (used, expired or not), or an empty string.
    static QString branchOfCode(HqDatabase &db, const QString &code);
    // The escrowed key of a device, standard base64; error "hq.no_device_key" if none.
    static Result<QString> deviceKey(HqDatabase &db, const QString &deviceId);
    // The 32 bytes of a standard base64 text, or an empty array when it is not exactly that.
    static QByteArray decodeDeviceKey(const QString &text);
    // The device a bearer token belongs to, or an empty string.
    static QString deviceForToken(HqDatabase &db, const QString &token);
    static QString tokenHash(const QString &token);
};
