// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/requestlimits.h"

#include "sync/protocol.h"

#include <QRegularExpression>

namespace {
struct RouteEntry
{
    const char *method;
    const char *path; // exact, or a prefix followed by a SHA-256 when it ends with '/'
    RoutePolicy policy;
};

const char kJson[] = "application/json";
const char kBytes[] = "application/octet-stream";
const char kBlobPrefix[] = "/api/v1/blobs/";

// The one table of calls and their limits. Blobs are not served yet; their limit is
// enforced already, so a 21 MiB upload is refused before a byte of it is read.
const RouteEntry kRoutes[] = {
    {"GET", Protocol::HealthPath, {HqRoute::Health, false, 0, nullptr}},
    {"POST", Protocol::EnrollPath, {HqRoute::Enroll, false, RequestLimits::EnrollBodyBytes, kJson}},
    {"POST", Protocol::EventsPath, {HqRoute::Events, true, RequestLimits::EventsBodyBytes, kJson}},
    {"GET", Protocol::EventsHeadPath, {HqRoute::EventsHead, true, 0, nullptr}},
    {"GET", Protocol::MasterPath, {HqRoute::Master, true, 0, nullptr}},
    {"GET", Protocol::CaseUpdatesPath, {HqRoute::CaseUpdates, true, 0, nullptr}},
    {"HEAD", kBlobPrefix, {HqRoute::BlobHead, true, 0, nullptr}},
    {"PUT", kBlobPrefix, {HqRoute::BlobPut, true, RequestLimits::BlobBodyBytes, kBytes}},
};

bool pathMatches(const char *pattern, const QString &path)
{
    const QLatin1String p(pattern);
    if (!p.endsWith(QLatin1Char('/')))
        return path == p;
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return path.startsWith(p) && sha256.match(path.mid(p.size())).hasMatch();
}
} // namespace

RequestLimits::Match RequestLimits::find(const QString &method, const QString &path,
                                         RoutePolicy *policy)
{
    Match match = Match::UnknownPath;
    for (const RouteEntry &entry : kRoutes) {
        if (!pathMatches(entry.path, path))
            continue;
        if (method != QLatin1String(entry.method)) {
            match = Match::WrongMethod;
            continue;
        }
        *policy = entry.policy;
        return Match::Found;
    }
    return match;
}

bool RequestLimits::hasType(const QByteArray &contentType, const char *expected)
{
    return contentType.split(';').first().trimmed().toLower() == expected;
}
