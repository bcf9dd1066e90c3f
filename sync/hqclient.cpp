// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hqclient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

HqClient::HqClient(Config config)
    : m_config(std::move(config)), m_network(new QNetworkAccessManager)
{
    m_network->setAutoDeleteReplies(false);
}

HqClient::~HqClient()
{
    delete m_network;
}

Result<QList<QSslCertificate>> HqClient::loadCaFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(QStringLiteral("sync.ca_unreadable"),
                     QT_TRANSLATE_NOOP("Error", "The certificate file %1 cannot be read. Check the "
                                                "path you were given by headquarters."),
                     {path});
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        return Error(QStringLiteral("sync.ca_invalid"),
                     QT_TRANSLATE_NOOP("Error", "The file %1 holds no PEM certificate. Ask "
                                                "headquarters for their CA certificate (.pem)."),
                     {path});
    }
    return certs;
}

HqClient::Reply HqClient::get(const QString &path, const QString &query)
{
    return send("GET", path, query, {});
}

HqClient::Reply HqClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HqClient::Reply HqClient::send(const QByteArray &verb, const QString &path, const QString &query,
                               const QByteArray &body)
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.token.toLatin1());
    request.setTransferTimeout(m_config.transferTimeoutMs);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> cas = m_config.caCertificates;
        if (m_config.useSystemCas)
            cas += QSslConfiguration::systemCaCertificates();
        tls.setCaCertificates(cas);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&]() {
        timedOut = true;
        // The transfer timeout may have ended the reply already: abort only a live one.
        if (!reply->isFinished())
            reply->abort();
        loop.quit();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_config.deadlineMs);
    if (!reply->isFinished())
        loop.exec();

    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed: there is nothing to read then.
    const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError error = reply->error();
    if (result.status == 0) {
        result.tlsFailure = error == QNetworkReply::SslHandshakeFailedError;
        result.transportError =
            timedOut ? QStringLiteral("no answer within %1 s").arg(m_config.deadlineMs / 1000)
                     : reply->errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (doc.isObject()) {
            result.body = doc.object();
        } else if (result.status >= 200 && result.status < 300) {
            // A cut-off answer is no answer: treat it as a broken connection.
            result.status = 0;
            result.transportError =
                QStringLiteral("incomplete answer: %1").arg(parseError.errorString());
        }
    }
    reply->deleteLater();
    return result;
}
