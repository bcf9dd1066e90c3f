// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>

RawHttp::RawHttp(quint16 port, const QString &caPem)
{
    if (caPem.isEmpty()) {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForConnected(5000);
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caPem));
    m_socket.setSslConfiguration(tls);
    m_socket.connectToHostEncrypted(QStringLiteral("localhost"), port);
    m_socket.waitForEncrypted(5000);
}

bool RawHttp::send(const QByteArray &bytes)
{
    if (!isConnected() || m_socket.write(bytes) != bytes.size())
        return false;
    m_socket.flush();
    return true;
}

RawHttp::Answer RawHttp::read(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    Answer a;
    while (timer.elapsed() < timeoutMs) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                a.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = a.headers.value("content-length").toLongLong();
            if (m_buffer.size() >= end + 4 + length) {
                a.status = lines.first().split(' ').value(1).toInt();
                a.body = QJsonDocument::fromJson(m_buffer.mid(end + 4, length)).object();
                m_buffer.remove(0, end + 4 + length);
                return a;
            }
        }
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(50) &&
            m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
            return Answer();
        m_buffer += m_socket.readAll();
    }
    return Answer();
}

bool RawHttp::waitClosed(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        m_socket.waitForReadyRead(50);
        m_buffer += m_socket.readAll();
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

QByteArray RawHttp::get(const char *path, const QByteArray &headers)
{
    return "GET " + QByteArray(path) + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n";
}
