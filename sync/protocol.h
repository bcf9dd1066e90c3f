// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// HQ API v1, the contract between terminals and headquarters (DESIGN.md). Shared by the
// sync client and halldesk-hq so both read and write exactly the same shapes.
namespace Protocol {

inline constexpr int MaxBatchEvents = 1000;
inline constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;

inline const char *const EnrollPath = "/api/v1/enroll";
inline const char *const EventsPath = "/api/v1/events";
inline const char *const EventsHeadPath = "/api/v1/events/head";
inline const char *const MasterPath = "/api/v1/master";
inline const char *const CaseUpdatesPath = "/api/v1/cases/updates";
inline const char *const HealthPath = "/api/v1/health";

// A point of a device's chain: an event's seq and hash (or, for a printed anchor, the
// first hex digits of the hash).
struct ChainPoint
{
    qint64 seq = 0; // 0: none
    QString hash;
    bool isNull() const { return seq == 0; }
};

// The body of POST /api/v1/events. head is the device's chain head when it sent the
// batch (optional: HQ accepts bodies without it), so HQ can later check that the events
// it receives pass through that point.
struct EventBatch
{
    QString deviceId;
    QString batchId;
    QList<Event> events;
    ChainPoint head;

    QJsonObject toJson() const;
    // Parses and checks shape (fields present, typed, events in consecutive seq order).
    // problem says what is wrong, for the 400 answer's detail.
    static bool parse(const QByteArray &body, EventBatch *batch, QString *problem);
};

// Every error answer is {"error": code, …}.
QJsonObject errorBody(const QString &code);
QJsonObject badRequest(const QString &detail);

} // namespace Protocol
