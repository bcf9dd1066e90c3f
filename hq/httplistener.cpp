// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/httplistener.h"

#include "hq/httpconnection.h"

#include <QSslSocket>
#include <QTimer>

namespace {
// "::ffff:10.0.0.7" and "10.0.0.7" are one client.
QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

HttpListener::HttpListener(HqServer &server, QObject *parent) : QTcpServer(parent), m_server(server)
{
}

void HttpListener::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(certificate);
    m_tlsConfiguration.setPrivateKey(key);
    // HTTP/1.1 only: a client offering h2 by ALPN falls back to it.
    m_tlsConfiguration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    m_tls = true;
}

void HttpListener::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = plainAddress(socket->peerAddress());
    const QString key = peer.toString();
    const bool proxied = !m_proxy.isNull() && peer == m_proxy;
    if (m_open >= m_limits.maxConnections ||
        (!proxied && m_perPeer.value(key) >= m_limits.maxConnectionsPerPeer)) {
        refuse(socket, key);
        return;
    }
    ++m_open;
    ++m_perPeer[key];
    auto *connection = new HttpConnection(m_server, socket, peer, proxied, m_limits, this);
    connect(connection, &QObject::destroyed, this, [this, key]() {
        --m_open;
        if (--m_perPeer[key] <= 0)
            m_perPeer.remove(key);
    });
    if (m_tls) {
        auto *tls = static_cast<QSslSocket *>(socket);
        tls->setSslConfiguration(m_tlsConfiguration);
        tls->startServerEncryption();
    }
}

// Over the cap: a plain client is told 429 at once; a TLS one is closed before its
// handshake costs anything.
void HttpListener::refuse(QTcpSocket *socket, const QString &peer)
{
    HttpConnection::logRefusal(peer);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    if (!m_tls) {
        socket->write(HttpConnection::tooManyConnectionsAnswer());
        socket->disconnectFromHost();
        // A client that never reads cannot hold the descriptor.
        QTimer::singleShot(1000, socket, [socket]() {
            socket->abort();
            socket->deleteLater();
        });
        return;
    }
    socket->abort();
    socket->deleteLater();
}
