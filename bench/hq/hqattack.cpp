// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqattack.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace {
constexpr qint64 kBodyBytes = 100LL * 1024 * 1024;
constexpr qint64 kChunk = 1024 * 1024;

// Calls restart once, when the socket is closed for whatever reason (refused, reset, done).
void whenGone(QTcpSocket *socket, QObject *context, std::function<void()> restart)
{
    QObject::connect(socket, &QAbstractSocket::stateChanged, context,
                     [socket, restart](QAbstractSocket::SocketState state) {
                         if (state != QAbstractSocket::UnconnectedState ||
                             socket->property("gone").toBool())
                             return;
                         socket->setProperty("gone", true);
                         socket->deleteLater();
                         restart();
                     });
}
} // namespace

HqAttack::HqAttack(quint16 port, QByteArray token, int bodyClients, int slowClients,
                   int slowLineSeconds, Counts &counts)
    : m_port(port), m_token(std::move(token)), m_bodyClients(bodyClients),
      m_slowClients(slowClients), m_slowLineSeconds(slowLineSeconds), m_counts(counts),
      m_chunk(kChunk, '7')
{
}

void HqAttack::start()
{
    for (int i = 0; i < m_slowClients; ++i)
        startSlow(i);
    for (int i = 0; i < m_bodyClients; ++i)
        startSender(i);
}

void HqAttack::stop()
{
    m_stopped = true;
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->abort();
}

// Half of the senders are enrolled devices posting events, half strangers enrolling.
void HqAttack::startSender(int index)
{
    if (m_stopped)
        return;
    auto *socket = new QTcpSocket(this);
    socket->bind(QHostAddress(QStringLiteral("127.0.1.%1").arg(index + 1)));
    socket->setProperty("left", kBodyBytes);
    connect(socket, &QAbstractSocket::connected, this, [this, socket, index]() {
        ++m_counts.bodyConnections;
        const QByteArray route =
            index % 2 ? QByteArray("POST /api/v1/enroll HTTP/1.1\r\n")
                      : "POST /api/v1/events HTTP/1.1\r\nAuthorization: Bearer " + m_token + "\r\n";
        socket->write(route + "Content-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(kBodyBytes) + "\r\n\r\n");
        pump(socket);
    });
    connect(socket, &QIODevice::bytesWritten, this, [this, socket](qint64 written) {
        m_counts.bodyBytesSent += written;
        pump(socket);
    });
    connect(socket, &QIODevice::readyRead, this, [this, socket]() {
        if (socket->readAll().startsWith("HTTP/1.1 4"))
            ++m_counts.bodyRefusals;
    });
    whenGone(socket, this, [this, index]() { startSender(index); });
    socket->connectToHost(QHostAddress::LocalHost, m_port);
}

// Keeps a MiB queued: the socket takes it as fast as the kernel lets it.
void HqAttack::pump(QTcpSocket *socket)
{
    qint64 left = socket->property("left").toLongLong();
    while (!m_stopped && left > 0 && socket->bytesToWrite() < kChunk &&
           socket->state() == QAbstractSocket::ConnectedState) {
        const qint64 n = qMin(left, kChunk);
        socket->write(m_chunk.constData(), n);
        left -= n;
    }
    socket->setProperty("left", left);
}

void HqAttack::startSlow(int index)
{
    if (m_stopped)
        return;
    auto *socket = new QTcpSocket(this);
    socket->bind(QHostAddress(QStringLiteral("127.0.2.%1").arg(index + 1)));
    auto *drip = new QTimer(socket);
    connect(socket, &QAbstractSocket::connected, this, [this, socket, drip]() {
        ++m_counts.slowConnections;
        socket->write("GET /api/v1/health HTTP/1.1\r\n");
        drip->start(m_slowLineSeconds * 1000);
    });
    connect(drip, &QTimer::timeout, socket, [socket]() { socket->write("X-Slow: 1\r\n"); });
    connect(socket, &QIODevice::readyRead, this, [this, socket]() {
        if (socket->readAll().contains(" 408 "))
            ++m_counts.slowCutOff;
    });
    whenGone(socket, this, [this, index]() {
        QTimer::singleShot(100, this, [this, index]() { startSlow(index); });
    });
    socket->connectToHost(QHostAddress::LocalHost, m_port);
}
