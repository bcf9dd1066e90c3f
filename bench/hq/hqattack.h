// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpSocket;

// The hostile side of the benchmark, run in its own thread: clients that each POST a
// 100 MiB body as fast as loopback takes it (and start again when HQ hangs up), and slow
// clients that send a header line every few seconds (and come back when cut off). Each
// client has its own loopback source address (127.0.1.N, 127.0.2.N), as separate
// machines would, so the per-address cap does not simply turn them away.
class HqAttack : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        std::atomic<qint64> bodyBytesSent{0};
        std::atomic<int> bodyConnections{0};
        std::atomic<int> bodyRefusals{0}; // answers 4xx read by the senders
        std::atomic<int> slowConnections{0};
        std::atomic<int> slowCutOff{0};
    };

    HqAttack(quint16 port, QByteArray token, int bodyClients, int slowClients, int slowLineSeconds,
             Counts &counts);

public slots:
    void start();
    void stop();

private:
    void startSender(int index);
    void startSlow(int index);
    void pump(QTcpSocket *socket);

    quint16 m_port;
    QByteArray m_token;
    int m_bodyClients;
    int m_slowClients;
    int m_slowLineSeconds;
    Counts &m_counts;
    bool m_stopped = false;
    QByteArray m_chunk;
};
