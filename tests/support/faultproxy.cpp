// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

FaultProxy::FaultProxy(quint16 targetPort, QList<Fault> plan, QObject *parent)
    : QObject(parent), m_target(targetPort), m_plan(std::move(plan))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        const Fault fault = m_plan.isEmpty() ? Fault::None : m_plan[m_connections % m_plan.size()];
        ++m_connections;
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        if (fault == Fault::Refuse) {
            client->abort();
            continue;
        }
        if (fault == Fault::Blackhole)
            continue; // the client's own deadline must end it
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        QPointer<QTcpSocket> c(client);
        QPointer<QTcpSocket> u(upstream);
        const int delay = fault == Fault::Delay ? m_delayMs : 0;
        auto forward = [delay](QPointer<QTcpSocket> from, QPointer<QTcpSocket> to) {
            const QByteArray data = from->readAll();
            if (delay > 0) {
                QTimer::singleShot(delay, to, [to, data]() {
                    if (to)
                        to->write(data);
                });
            } else {
                to->write(data);
            }
        };
        // Bytes the client sent: past the TLS handshake (well under 2 kB), a batch follows.
        auto requested = std::make_shared<qint64>(0);
        connect(client, &QTcpSocket::readyRead, upstream, [=]() {
            if (u && u->state() == QAbstractSocket::ConnectedState) {
                *requested += c->bytesAvailable();
                forward(c, u);
            }
        });
        connect(upstream, &QTcpSocket::connected, upstream, [=]() {
            if (c && c->bytesAvailable()) {
                *requested += c->bytesAvailable();
                forward(c, u);
            }
        });
        connect(upstream, &QTcpSocket::readyRead, client, [=]() {
            if (!c)
                return;
            const bool afterRequest = *requested > 2000;
            if (afterRequest && fault == Fault::ResetMidway) {
                // HQ has the batch (and may have stored it); the client never hears back.
                u->readAll();
                c->abort();
                return;
            }
            if (afterRequest && fault == Fault::TruncateReply) {
                const QByteArray data = u->readAll();
                c->write(data.left(20));
                c->flush();
                c->abort();
                return;
            }
            forward(u, c);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [=]() {
            if (c)
                QTimer::singleShot(delay, c, [c]() {
                    if (c)
                        c->disconnectFromHost();
                });
        });
        connect(client, &QTcpSocket::disconnected, upstream, [=]() {
            if (u)
                u->abort();
        });
    }
}
