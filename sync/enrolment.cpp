// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/enrolment.h"

#include "core/storage/database.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"
#include "sync/hqclient.h"
#include "sync/protocol.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace {

// What can be refused before asking headquarters anything.
Status checkRequest(Database &db, const Enrolment::Request &request, const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Error(QStringLiteral("enrol.bad_url"),
                     QT_TRANSLATE_NOOP("Error", "The headquarters address must look like "
                                                "https://hq.example.cn:8443. Check what "
                                                "headquarters gave you."));
    }
    if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1") &&
        url.host() != QLatin1String("localhost")) {
        return Error(QStringLiteral("enrol.insecure"),
                     QT_TRANSLATE_NOOP("Error", "Headquarters must be reached over https. Use "
                                                "the https address headquarters gave you."));
    }
    if (request.code.trimmed().isEmpty()) {
        return Error(QStringLiteral("enrol.no_code"),
                     QT_TRANSLATE_NOOP("Error", "Enter the enrolment code headquarters gave you."));
    }
    if (!SettingStore::get(db.connection(), SyncEngine::tokenKey()).isEmpty()) {
        return Error(QStringLiteral("enrol.already"),
                     QT_TRANSLATE_NOOP("Error", "This terminal is already enrolled with "
                                                "headquarters. It cannot be enrolled twice."));
    }
    return success();
}

// The client's trust: the given CA file, else the system's CAs. Returns the CA file's
// certificates as PEM (empty when the system's CAs are used).
Result<QByteArray> configureTrust(const Enrolment::Request &request, HqClient::Config *config)
{
    config->useSystemCas = request.useSystemCas || request.caFile.isEmpty();
    QByteArray caPem;
    if (!request.caFile.isEmpty()) {
        const Result<QList<QSslCertificate>> cas = HqClient::loadCaFile(request.caFile);
        if (!cas)
            return cas.error();
        config->caCertificates = cas.value();
        for (const QSslCertificate &c : cas.value())
            caPem += c.toPem();
    }
    return caPem;
}

// Trades the one-time code for HQ's answer (device id, token, branch).
// The device key goes along for escrow: headquarters keeps it so a branch restored on a new
// PC can read its sealed data (docs/SECURITY.md).
Result<QJsonObject> postCode(const HqClient::Config &config, const Enrolment::Request &request,
                             const DeviceKey &key)
{
    const QUrl &url = config.baseUrl;
    HqClient client(config);
    const QString deviceName = request.deviceName.trimmed().isEmpty()
                                   ? QSysInfo::machineHostName()
                                   : request.deviceName.trimmed();
    const HqClient::Reply reply =
        client.post(QLatin1String(Protocol::EnrollPath),
                    {{QStringLiteral("code"), request.code.trimmed()},
                     {QStringLiteral("device_name"), deviceName},
                     {QStringLiteral("device_key"), QString::fromLatin1(key.toBase64())}});
    if (reply.status == 403) {
        return Error(QStringLiteral("enrol.code_refused"),
                     QT_TRANSLATE_NOOP("Error", "Headquarters refused the enrolment code: it is "
                                                "wrong or already used. Ask headquarters for a "
                                                "new code."));
    }
    if (reply.tlsFailure) {
        return Error(QStringLiteral("enrol.tls"),
                     QT_TRANSLATE_NOOP("Error", "The server at %1 could not be trusted (%2). "
                                                "Check the address and the CA certificate file "
                                                "from headquarters."),
                     {url.toString(), reply.transportError});
    }
    if (reply.status != 201) {
        return Error(QStringLiteral("enrol.failed"),
                     QT_TRANSLATE_NOOP("Error", "Headquarters at %1 could not be reached or did "
                                                "not accept the enrolment (%2). Check the "
                                                "network and the address, then try again."),
                     {url.toString(), reply.status ? QStringLiteral("HTTP %1").arg(reply.status)
                                                   : reply.transportError});
    }
    return reply.body;
}

// HQ's CA is kept beside the database so the terminal keeps trusting the same HQ.
// Returns the copy's path (empty when there is no CA to keep).
Result<QString> keepCaCopy(const Database &db, const QByteArray &caPem)
{
    if (caPem.isEmpty())
        return QString();
    const QString caCopy = QFileInfo(db.path()).dir().filePath(QStringLiteral("hq-ca.pem"));
    QFile f(caCopy);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(caPem) != caPem.size()) {
        return Error(QStringLiteral("enrol.ca_copy"),
                     QT_TRANSLATE_NOOP("Error", "The CA certificate could not be saved in the "
                                                "data folder. Check free disk space, then "
                                                "enrol again with a new code."));
    }
    return caCopy;
}

// The identity HQ gave, with the link's settings, in one transaction with its event.
Result<DeviceIdentity> storeIdentity(Database &db, const HqClient::Config &config,
                                     const QJsonObject &answer, const QString &caCopy,
                                     const QString &staffNo)
{
    const QString url = config.baseUrl.toString();
    const QJsonObject branch = answer.value(QLatin1String("branch")).toObject();
    DeviceIdentity identity = DeviceIdentity::load(db.connection());
    identity.deviceId = answer.value(QLatin1String("device_id")).toString();
    identity.branchCode = branch.value(QLatin1String("code")).toString();
    identity.branchName = branch.value(QLatin1String("name")).toString();
    if (identity.deviceTag.isEmpty())
        identity.deviceTag = QStringLiteral("D1");

    WriteTransaction tx(db);
    const QList<std::pair<QString, QString>> settings = {
        {SettingStore::deviceId(), identity.deviceId},
        {SettingStore::branchCode(), identity.branchCode},
        {SettingStore::branchName(), identity.branchName},
        {SettingStore::deviceTag(), identity.deviceTag},
        {SyncEngine::urlKey(), url},
        {SyncEngine::caFileKey(), caCopy},
        {SyncEngine::systemCaKey(),
         config.useSystemCas ? QStringLiteral("1") : QStringLiteral("0")},
        {SyncEngine::ackedKey(), QStringLiteral("0")}};
    for (const auto &[key, value] : settings) {
        if (const Status s = SettingStore::set(tx, key, value); !s)
            return s.error();
    }
    // The bearer token is a secret: stored sealed with the device key.
    if (const Status s = SettingStore::setSealed(tx, SyncEngine::tokenKey(),
                                                 answer.value(QLatin1String("token")).toString());
        !s)
        return s.error();
    const Result<Event> e = tx.commit(QStringLiteral("device.enrolled"), staffNo,
                                      {{QStringLiteral("device_id"), identity.deviceId},
                                       {QStringLiteral("branch"), identity.branchCode},
                                       {QStringLiteral("url"), url}});
    if (!e)
        return e.error();
    return identity;
}

} // namespace

Result<DeviceIdentity> Enrolment::enroll(Database &db, const Request &request)
{
    const QUrl url(request.url.trimmed());
    if (const Status checked = checkRequest(db, request, url); !checked)
        return checked.error();
    HqClient::Config config;
    config.baseUrl = url;
    const Result<QByteArray> caPem = configureTrust(request, &config);
    if (!caPem)
        return caPem.error();
    const Result<QJsonObject> answer = postCode(config, request, db.deviceKey());
    if (!answer)
        return answer.error();
    const Result<QString> caCopy = keepCaCopy(db, caPem.value());
    if (!caCopy)
        return caCopy.error();
    return storeIdentity(db, config, answer.value(), caCopy.value(), request.staffNo);
}
