// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/deviceidentity.h"

#include <QString>

class Database;

// Enrols this terminal with headquarters: trades the one-time code for a device id and
// token, and keeps HQ's address and CA certificate beside the database.
class Enrolment
{
public:
    struct Request
    {
        QString url;    // https://hq.example.cn:8443
        QString code;   // from `halldesk-hq enroll-code`
        QString caFile; // HQ's CA certificate (PEM); empty: system CAs
        bool useSystemCas = false;
        QString deviceName; // shown at HQ, e.g. "城关镇 1号窗口"
        QString staffNo;    // who enrols (the event's staff)
    };

    static Result<DeviceIdentity> enroll(Database &db, const Request &request);
};
