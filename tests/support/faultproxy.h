// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A TCP proxy on loopback that misbehaves on purpose, between the sync client and
// halldesk-hq: connection n gets the fault plan[n % plan.size()]. TLS passes through it
// untouched, so the client still checks the real server's certificate.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,          // forward faithfully
        Refuse,        // close as soon as the client connects
        Delay,         // hold every chunk for delayMs
        TruncateReply, // forward the request, then cut the answer after a few bytes
        ResetMidway,   // forward the request, then reset before any answer
        Blackhole,     // accept and never answer
    };

    FaultProxy(quint16 targetPort, QList<Fault> plan, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    void setPlan(QList<Fault> plan) { m_plan = std::move(plan); }
    void setDelayMs(int ms) { m_delayMs = ms; }
    int connections() const { return m_connections; }

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_target;
    QList<Fault> m_plan;
    int m_delayMs = 300;
    int m_connections = 0;
};
