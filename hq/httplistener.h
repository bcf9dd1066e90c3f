// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hq/requestlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

class HqServer;

// Headquarters' own HTTP/1.1 front (plain, or TLS with the --cert/--key pair): accepts
// connections, caps them per address and in all, and hands each to an HttpConnection,
// which decides from the head before it reads a body.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    HttpListener(HqServer &server, QObject *parent);
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    void trustProxy(const QHostAddress &proxy) { m_proxy = proxy; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void refuse(QTcpSocket *socket, const QString &peer);

    HqServer &m_server;
    HttpLimits m_limits;
    QHostAddress m_proxy;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    QHash<QString, int> m_perPeer;
    int m_open = 0;
};
