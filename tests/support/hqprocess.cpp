// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

bool HqProcess::start(const QString &db, const QString &cert, const QString &key, quint16 port,
                      const QStringList &extra)
{
    QStringList args = {QStringLiteral("serve"), QStringLiteral("--db"), db,
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
    if (!cert.isEmpty())
        args << QStringLiteral("--cert") << cert << QStringLiteral("--key") << key;
    args << extra;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray pending;
    while (timer.elapsed() < 15000) {
        m_process.waitForReadyRead(200);
        pending += m_process.readAllStandardError();
        for (const QByteArray &line : pending.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("event")).toString() == QLatin1String("listening")) {
                m_port = quint16(o.value(QLatin1String("port")).toInt());
                m_log += QString::fromUtf8(pending);
                return true;
            }
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    m_log += QString::fromUtf8(pending);
    return false;
}

void HqProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void HqProcess::terminate()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
}

QString HqProcess::run(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(binary(), args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}
