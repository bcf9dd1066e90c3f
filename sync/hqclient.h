// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// Talks HQ API v1 over HTTPS, one blocking call at a time: it lives in the sync thread
// (or halldeskctl), never in the GUI thread. TLS trusts only the configured CA unless
// the system's CAs are asked for, and always checks the host name.
class HqClient
{
public:
    struct Config
    {
        QUrl baseUrl; // e.g. https://hq.example.cn:8443
        QList<QSslCertificate> caCertificates;
        bool useSystemCas = false;
        QString token;
        int transferTimeoutMs = 15000; // no byte moved for this long: give up
        int deadlineMs = 60000;        // the whole request, however slowly it trickles
    };

    struct Reply
    {
        int status = 0; // HTTP status; 0 when no answer came
        QJsonObject body;
        QString transportError;  // set when status is 0 (timeout, refused, TLS…)
        bool tlsFailure = false; // the peer's certificate or name was refused
        bool retryable() const { return status == 0 || status >= 500; }
    };

    explicit HqClient(Config config);
    ~HqClient();

    Reply get(const QString &path, const QString &query = {});
    Reply post(const QString &path, const QJsonObject &body);
    void setToken(const QString &token) { m_config.token = token; }
    const Config &config() const { return m_config; }

    // Reads PEM certificates from a file, or an Error saying what to fix.
    static Result<QList<QSslCertificate>> loadCaFile(const QString &path);

private:
    Reply send(const QByteArray &verb, const QString &path, const QString &query,
               const QByteArray &body);
    Config m_config;
    QNetworkAccessManager *m_network;
};
