// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The real halldesk-hq binary (HALLDESK_HQ) run by a test: serve on a free loopback port,
// or one of its one-shot commands.
class HqProcess
{
public:
    ~HqProcess() { kill(); }
    // Starts `serve` (with extra options, if any) and waits until it listens; port() tells
    // where.
    bool start(const QString &db, const QString &cert, const QString &key, quint16 port = 0,
               const QStringList &extra = {});
    qint64 pid() const { return m_process.processId(); }
    void kill();      // SIGKILL: as a power cut would
    void terminate(); // SIGTERM: a clean shutdown
    quint16 port() const { return m_port; }
    QString log() const { return m_log; }
    // Runs a one-shot command (enroll-code, import-master…); returns its stdout, or a null
    // string when it failed.
    static QString run(const QStringList &args, int *exitCode = nullptr);
    static QString binary() { return qEnvironmentVariable("HALLDESK_HQ"); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
};
