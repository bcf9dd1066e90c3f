// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSslSocket>

// A raw HTTP/1.1 client for tests of halldesk-hq's front: sends exactly the bytes it is
// given (a head without its body, garbage, a head a line at a time) and reads answers.
// Blocking, so a test reads top to bottom.
class RawHttp
{
public:
    struct Answer
    {
        int status = 0;                        // 0: no whole answer came
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QJsonObject body;
    };

    // caPem empty: plain TCP to 127.0.0.1; else TLS to localhost trusting that CA.
    explicit RawHttp(quint16 port, const QString &caPem = {});
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool send(const QByteArray &bytes);
    Answer read(int timeoutMs = 5000);
    // True once the server has closed the connection, within timeoutMs.
    bool waitClosed(int timeoutMs = 5000);
    // "GET path HTTP/1.1" with the given extra header lines, no body.
    static QByteArray get(const char *path, const QByteArray &headers = {});

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
};
