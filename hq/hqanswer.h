// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

// What an HQ API call answers: an HTTP status and a JSON body.
struct HqAnswer
{
    int status = 200;
    QJsonObject body;
    qint64 retryAfterSeconds = 0; // sent as Retry-After when above 0 (429)
};
