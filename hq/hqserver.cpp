// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/hqserver.h"

#include "hq/casedecisions.h"
#include "hq/enrollment.h"
#include "hq/eventingest.h"
#include "hq/hqdatabase.h"
#include "hq/masterstore.h"
#include "sync/protocol.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <QUrlQuery>

namespace {
HqAnswer error(int status, const char *code)
{
    return HqAnswer{status, Protocol::errorBody(QString::fromLatin1(code))};
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}

// One JSON line per request on stderr: what an operator greps and a log shipper reads.
void logRequest(const QString &method, const QString &path, int status, const QString &device,
                qint64 ms, const QJsonObject &body)
{
    QJsonObject line{
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), method},
        {QStringLiteral("path"), path},
        {QStringLiteral("status"), status},
        {QStringLiteral("ms"), ms}};
    if (!device.isEmpty())
        line.insert(QStringLiteral("device"), device);
    if (body.contains(QLatin1String("error")))
        line.insert(QStringLiteral("error"), body.value(QLatin1String("error")));
    if (body.contains(QLatin1String("accepted")))
        line.insert(QStringLiteral("accepted"), body.value(QLatin1String("accepted")));
    static QTextStream err(stderr);
    err << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

bool sinceParameter(const QUrlQuery &query, qint64 *since)
{
    if (!query.hasQueryItem(QStringLiteral("since"))) {
        *since = 0;
        return true;
    }
    bool ok = false;
    *since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
    return ok && *since >= 0;
}
// "application/json", with or without parameters ("; charset=utf-8"), in any case.
bool isJson(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower() == "application/json";
}

} // namespace

HqServer::HqServer(HqDatabase &db, QObject *parent) : QObject(parent), m_db(db)
{
    // Every path goes through handle(): the router's patterns cannot express the API's
    // own answers (JSON bodies for 404 and 405) as directly.
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            QElapsedTimer timer;
            timer.start();
            const QString method = methodName(request.method());
            const QString path = request.url().path();
            const HqAnswer a = handle(method, path, request.query(), request.value("Authorization"),
                                      request.value("Content-Type"), request.body());
            logRequest(method, path, a.status, QString(), timer.elapsed(), a.body);
            responder.write(QJsonDocument(a.body), QHttpServerResponder::StatusCode(a.status));
        });
}

void HqServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server.sslSetup(certificate, key);
}

quint16 HqServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

HqAnswer HqServer::authorised(const QByteArray &authorization, QString *deviceId, QString *branch)
{
    const QByteArray prefix("Bearer ");
    if (!authorization.startsWith(prefix))
        return error(401, "unauthorized");
    *deviceId = Enrollment::deviceForToken(
        m_db, QString::fromLatin1(authorization.mid(prefix.size()).trimmed()));
    if (deviceId->isEmpty())
        return error(401, "unauthorized");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT branch_code FROM device WHERE device_id = ?"));
    q.addBindValue(*deviceId);
    if (q.exec() && q.next())
        *branch = q.value(0).toString();
    return HqAnswer{200, {}};
}

HqAnswer HqServer::handle(const QString &method, const QString &path, const QUrlQuery &query,
                          const QByteArray &authorization, const QByteArray &contentType,
                          const QByteArray &body)
{
    const bool get = method == QLatin1String("GET");
    const bool post = method == QLatin1String("POST");
    if (path == QLatin1String(Protocol::HealthPath)) {
        if (!get)
            return error(405, "method_not_allowed");
        return HqAnswer{200,
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("version"), QStringLiteral(HALLDESK_VERSION)}}};
    }
    if (path == QLatin1String(Protocol::EnrollPath)) {
        if (!post)
            return error(405, "method_not_allowed");
        if (!isJson(contentType))
            return error(415, "unsupported_media_type");
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QJsonObject request = doc.object();
        if (!doc.isObject() || !request.value(QLatin1String("code")).isString() ||
            !request.value(QLatin1String("device_name")).isString()) {
            return HqAnswer{400, Protocol::badRequest(QStringLiteral(
                                     "expected {\"code\": string, \"device_name\": string}"))};
        }
        const Result<Enrollment::Enrolled> enrolled =
            Enrollment::enroll(m_db, request.value(QLatin1String("code")).toString(),
                               request.value(QLatin1String("device_name")).toString());
        if (!enrolled) {
            return enrolled.error().code() == QLatin1String("forbidden")
                       ? error(403, "forbidden")
                       : error(503, "unavailable");
        }
        return HqAnswer{201, QJsonObject{{QStringLiteral("device_id"), enrolled->deviceId},
                                         {QStringLiteral("token"), enrolled->token},
                                         {QStringLiteral("branch"), enrolled->branch}}};
    }

    const QStringList known = {
        QLatin1String(Protocol::EventsPath), QLatin1String(Protocol::EventsHeadPath),
        QLatin1String(Protocol::MasterPath), QLatin1String(Protocol::CaseUpdatesPath)};
    if (!known.contains(path))
        return error(404, "not_found");
    QString deviceId;
    QString branch;
    if (const HqAnswer auth = authorised(authorization, &deviceId, &branch); auth.status != 200)
        return auth;
    if (path == QLatin1String(Protocol::EventsPath)) {
        if (!post)
            return error(405, "method_not_allowed");
        if (!isJson(contentType))
            return error(415, "unsupported_media_type");
        return EventIngest::post(m_db, deviceId, body);
    }
    if (!get)
        return error(405, "method_not_allowed");
    if (path == QLatin1String(Protocol::EventsHeadPath))
        return EventIngest::head(m_db, deviceId);
    qint64 since = 0;
    if (!sinceParameter(query, &since))
        return HqAnswer{400, Protocol::badRequest(
                                 QStringLiteral("'since' must be a whole number of 0 or more"))};
    if (path == QLatin1String(Protocol::MasterPath))
        return MasterStore::since(m_db, since, branch);
    return CaseDecisions::updates(m_db, branch, since);
}
