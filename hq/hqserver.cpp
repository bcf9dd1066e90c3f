// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/hqserver.h"

#include "hq/casedecisions.h"
#include "hq/enrollment.h"
#include "hq/enrollmentguard.h"
#include "hq/eventingest.h"
#include "hq/hqdatabase.h"
#include "hq/httplistener.h"
#include "hq/masterstore.h"
#include "sync/protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {
HqAnswer error(int status, const char *code)
{
    return HqAnswer{status, Protocol::errorBody(QString::fromLatin1(code))};
}

HqAnswer tooManyRequests(qint64 waitSeconds)
{
    QJsonObject body = Protocol::errorBody(QStringLiteral("too_many_requests"));
    body.insert(QStringLiteral("retry_after"), waitSeconds);
    return HqAnswer{429, body, waitSeconds};
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

// The body calls' checks on what the client declared, in the order a client fixes them.
HqAnswer checkDeclaredBody(const HqRequest &head, const RoutePolicy &policy)
{
    if (policy.maxBody == 0)
        return head.contentLength > 0 ? error(413, "too_large") : HqAnswer{0, {}};
    if (head.contentLength < 0)
        return error(411, "length_required");
    if (head.contentLength > policy.maxBody)
        return error(413, "too_large");
    if (!RequestLimits::hasType(head.contentType, policy.bodyType))
        return error(415, "unsupported_media_type");
    return HqAnswer{0, {}};
}
} // namespace

HqServer::HqServer(HqDatabase &db, QObject *parent)
    : QObject(parent), m_db(db), m_listener(new HttpListener(*this, this))
{
}

HqServer::~HqServer() = default;

void HqServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_listener->useTls(certificate, key);
}

void HqServer::setLimits(const HttpLimits &limits)
{
    m_listener->setLimits(limits);
}

void HqServer::trustProxy(const QHostAddress &proxy)
{
    m_listener->trustProxy(proxy);
}

quint16 HqServer::listen(const QHostAddress &address, quint16 port)
{
    return m_listener->listen(address, port) ? m_listener->serverPort() : 0;
}

HqAnswer HqServer::authorised(const QByteArray &authorization, Caller *caller)
{
    const QByteArray prefix("Bearer ");
    if (!authorization.startsWith(prefix))
        return error(401, "unauthorized");
    caller->deviceId = Enrollment::deviceForToken(
        m_db, QString::fromLatin1(authorization.mid(prefix.size()).trimmed()));
    if (caller->deviceId.isEmpty())
        return error(401, "unauthorized");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT branch_code FROM device WHERE device_id = ?"));
    q.addBindValue(caller->deviceId);
    if (q.exec() && q.next())
        caller->branch = q.value(0).toString();
    return HqAnswer{0, {}};
}

HqAnswer HqServer::admit(const HqRequest &head)
{
    Caller caller;
    return admit(head, &caller);
}

HqAnswer HqServer::admit(const HqRequest &head, Caller *caller)
{
    switch (RequestLimits::find(head.method, head.path, &caller->policy)) {
    case RequestLimits::Match::UnknownPath:
        return error(404, "not_found");
    case RequestLimits::Match::WrongMethod:
        return error(405, "method_not_allowed");
    case RequestLimits::Match::Found:
        break;
    }
    if (caller->policy.needsToken) {
        if (const HqAnswer auth = authorised(head.authorization, caller); auth.status != 0)
            return auth;
    }
    if (const HqAnswer declared = checkDeclaredBody(head, caller->policy); declared.status != 0)
        return declared;
    if (caller->policy.route == HqRoute::Enroll) {
        if (const qint64 wait = EnrollmentGuard::addressWait(m_db, head.peer.toString()))
            return tooManyRequests(wait);
    }
    return HqAnswer{0, {}};
}

HqAnswer HqServer::handle(const QString &method, const QString &path, const QUrlQuery &query,
                          const QByteArray &authorization, const QByteArray &contentType,
                          const QByteArray &body)
{
    return handle(HqRequest{method, path, query, authorization, contentType,
                            method == QLatin1String("GET") ? 0 : body.size(),
                            QHostAddress(QHostAddress::LocalHost), body});
}

HqAnswer HqServer::handle(const HqRequest &request)
{
    Caller caller;
    if (const HqAnswer refused = admit(request, &caller); refused.status != 0)
        return refused;
    switch (caller.policy.route) {
    case HqRoute::Health:
        return HqAnswer{200,
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("version"), QStringLiteral(HALLDESK_VERSION)}}};
    case HqRoute::Enroll:
        return enroll(request);
    case HqRoute::Events:
        return EventIngest::post(m_db, caller.deviceId, request.body);
    case HqRoute::EventsHead:
        return EventIngest::head(m_db, caller.deviceId);
    case HqRoute::BlobHead:
        return error(404, "not_found");
    case HqRoute::BlobPut:
        return error(501, "not_implemented");
    case HqRoute::Master:
    case HqRoute::CaseUpdates:
        break;
    }
    qint64 since = 0;
    if (!sinceParameter(request.query, &since))
        return HqAnswer{400, Protocol::badRequest(
                                 QStringLiteral("'since' must be a whole number of 0 or more"))};
    if (caller.policy.route == HqRoute::Master)
        return MasterStore::since(m_db, since, caller.branch);
    return CaseDecisions::updates(m_db, caller.branch, since);
}

HqAnswer HqServer::enroll(const HqRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QJsonObject fields = doc.object();
    const QJsonValue deviceKey = fields.value(QLatin1String("device_key"));
    if (!doc.isObject() || !fields.value(QLatin1String("code")).isString() ||
        !fields.value(QLatin1String("device_name")).isString() ||
        !(deviceKey.isUndefined() || deviceKey.isString())) {
        return HqAnswer{400, Protocol::badRequest(QStringLiteral(
                                 "expected {\"code\": string, \"device_name\": string, "
                                 "\"device_key\": optional string}"))};
    }
    const QByteArray key = Enrollment::decodeDeviceKey(deviceKey.toString());
    if (!deviceKey.isUndefined() && key.isEmpty()) {
        return HqAnswer{400, Protocol::badRequest(QStringLiteral(
                                 "device_key must be standard base64 of exactly 32 bytes"))};
    }
    const QString code = fields.value(QLatin1String("code")).toString();
    const QString branch = Enrollment::branchOfCode(m_db, code);
    if (const qint64 wait = EnrollmentGuard::branchWait(m_db, branch))
        return tooManyRequests(wait);
    const Result<Enrollment::Enrolled> enrolled =
        Enrollment::enroll(m_db, code, fields.value(QLatin1String("device_name")).toString(), key);
    if (!enrolled) {
        if (enrolled.error().code() != QLatin1String("forbidden"))
            return error(503, "unavailable");
        EnrollmentGuard::recordFailure(m_db, request.peer.toString(), branch);
        return error(403, "forbidden");
    }
    return HqAnswer{201, QJsonObject{{QStringLiteral("device_id"), enrolled->deviceId},
                                     {QStringLiteral("token"), enrolled->token},
                                     {QStringLiteral("branch"), enrolled->branch}}};
}
