// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hq/hqanswer.h"
#include "hq/requestlimits.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

class HqDatabase;
class HttpListener;

// One request as the HTTP front hands it over. Before the body is read, body is empty
// and contentLength is what the client declared (-1: no Content-Length).
struct HqRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray contentType;
    qint64 contentLength = -1;
    QHostAddress peer;
    QByteArray body;
};

// The HTTP face of headquarters: HQ API v1 (DESIGN.md) over HTTP, or HTTPS when given a
// certificate. In production it listens on loopback behind nginx, which terminates TLS.
class HqServer : public QObject
{
    Q_OBJECT
public:
    explicit HqServer(HqDatabase &db, QObject *parent = nullptr);
    ~HqServer() override;
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    void setLimits(const HttpLimits &limits);
    // Connections from this address (a reverse proxy on loopback) are not capped per
    // address, and its X-Real-IP names the client that throttles count.
    void trustProxy(const QHostAddress &proxy);
    // Returns the port listened on, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    // What can be decided before any body is read: the route (404, 405), the token (401),
    // Content-Length (411, 413), Content-Type (415) and the enrolment throttle (429).
    // Status 0: go on, read the body, then call handle().
    HqAnswer admit(const HqRequest &head);
    // One whole request: admit() again, then the call. Where every route is decided; what
    // the network calls and what tests call without it.
    HqAnswer handle(const HqRequest &request);
    // The same for a loopback client that declared exactly the body's length.
    HqAnswer handle(const QString &method, const QString &path, const QUrlQuery &query,
                    const QByteArray &authorization, const QByteArray &contentType,
                    const QByteArray &body);

private:
    struct Caller
    {
        RoutePolicy policy;
        QString deviceId;
        QString branch;
    };
    HqAnswer admit(const HqRequest &head, Caller *caller);
    HqAnswer authorised(const QByteArray &authorization, Caller *caller);
    HqAnswer enroll(const HqRequest &request);

    HqDatabase &m_db;
    HttpListener *m_listener = nullptr;
};
