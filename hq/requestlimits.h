// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// What headquarters accepts from one connection and one call, in one place: the HTTP
// front (HttpListener, HttpConnection) and the routes (HqServer) both read it, so a limit
// is changed here and nowhere else.

// Limits of the connection, whatever the call. The timeouts are `serve` options.
struct HttpLimits
{
    qint64 maxHeadBytes = 16 * 1024; // request line and headers together
    int headerTimeoutMs = 10000;     // from accepting (or the first byte) to the end of the head
    int bodyTimeoutMs = 30000;       // from the end of the head to the end of the body
    int idleTimeoutMs = 15000;       // keep-alive: from an answer to the next request's first byte
    int maxConnectionsPerPeer = 20;  // simultaneous connections from one address
    int maxConnections = 1000;       // in all, so the process keeps file descriptors to spare
};

// The calls of HQ API v1 (DESIGN.md).
enum class HqRoute { Health, Enroll, Events, EventsHead, Master, CaseUpdates, BlobHead, BlobPut };

// What one call needs before its body is read.
struct RoutePolicy
{
    HqRoute route = HqRoute::Health;
    bool needsToken = true;
    qint64 maxBody = 0;   // bytes; 0: the call has no body
    const char *bodyType; // the Content-Type a body must have; null when there is no body
};

class RequestLimits
{
public:
    static constexpr qint64 EnrollBodyBytes = 8 * 1024;
    static constexpr qint64 EventsBodyBytes = 4 * 1024 * 1024;
    static constexpr qint64 BlobBodyBytes = 20 * 1024 * 1024;

    enum class Match { Found, UnknownPath, WrongMethod };
    // The call a method and path name; Found fills *policy.
    static Match find(const QString &method, const QString &path, RoutePolicy *policy);
    // "application/json", with or without parameters ("; charset=utf-8"), in any case.
    static bool hasType(const QByteArray &contentType, const char *expected);
};
