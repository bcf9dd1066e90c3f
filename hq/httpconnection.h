// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hq/hqanswer.h"
#include "hq/hqserver.h"
#include "hq/requestlimits.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QTcpSocket;

// One client connection: reads a request head (bounded in size and time), has HqServer
// admit it from the head alone, only then reads the body (bounded by the call's limit and
// the body timeout), answers, and waits for the next request (keep-alive) or closes.
// Memory per connection stays below the head limit plus the admitted call's body limit.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of socket. proxied: peer is the trusted proxy, which names the client.
    HttpConnection(HqServer &server, QTcpSocket *socket, const QHostAddress &peer, bool proxied,
                   const HttpLimits &limits, QObject *parent);

    // What a connection over the per-address cap is told before it is closed.
    static QByteArray tooManyConnectionsAnswer();
    static void logRefusal(const QString &peer);

private:
    enum class State { Head, Body, Closing };

    void onReadable();
    void onDeadline();
    bool readHead();
    bool readBody();
    // Parses m_request's head from the bytes before the blank line; false: it is malformed.
    bool parseHead(const QByteArray &head);
    bool parseHeader(const QByteArray &name, const QByteArray &value);
    void answer(const HqAnswer &answer, bool close);
    void closeGracefully();
    void onAllWritten();
    void startTimer(int ms);

    HqServer &m_server;
    QTcpSocket *m_socket;
    QHostAddress m_peer;
    bool m_proxied;
    HttpLimits m_limits;
    State m_state = State::Head;
    bool m_idle = false; // waiting for the first byte of the next request
    QByteArray m_buffer;
    HqRequest m_request;
    bool m_keepAlive = true;
    bool m_chunked = false;
    bool m_expectContinue = false;
    bool m_lengthSeen = false;
    QTimer m_deadline;
    QElapsedTimer m_clock;
};
