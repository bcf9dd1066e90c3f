// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hq/hqanswer.h"

#include <QHttpServer>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

class HqDatabase;

// The HTTP face of headquarters: HQ API v1 (DESIGN.md) over HTTP, or HTTPS when given a
// certificate. In production it listens on loopback behind nginx, which terminates TLS.
class HqServer : public QObject
{
    Q_OBJECT
public:
    explicit HqServer(HqDatabase &db, QObject *parent = nullptr);
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    // Returns the port listened on, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    // One request, without the network: what the routes call (and what tests can call).
    // contentType is the request's Content-Type header: a JSON body must say it is one.
    HqAnswer handle(const QString &method, const QString &path, const QUrlQuery &query,
                    const QByteArray &authorization, const QByteArray &contentType,
                    const QByteArray &body);

private:
    HqAnswer authorised(const QByteArray &authorization, QString *deviceId, QString *branch);

    HqDatabase &m_db;
    QHttpServer m_server;
};
