// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqrequestfuzz.h"

#include "hq/enrollment.h"
#include "hq/hqdatabase.h"
#include "hq/hqserver.h"
#include "sync/protocol.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrlQuery>

#include <cstdlib>
#include <memory>

namespace {
struct Fixture
{
    std::unique_ptr<HqDatabase> db;
    std::unique_ptr<HqServer> server;
    QByteArray authorization;
    QString deviceId;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture made;
        static int argc = 1;
        static char name[] = "hqrequestfuzz";
        static char *argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
        made.db = HqDatabase::open(QStringLiteral("sqlite::memory:")).take();
        made.server = std::make_unique<HqServer>(*made.db);
        const QString code = Enrollment::createCode(*made.db, QStringLiteral("TZ01"), {}).value();
        const auto enrolled = Enrollment::enroll(*made.db, code, QStringLiteral("fuzz")).value();
        made.deviceId = enrolled.deviceId;
        made.authorization = "Bearer " + enrolled.token.toLatin1();
        return made;
    }();
    return f;
}

qint64 storedEvents(HqDatabase &db)
{
    QSqlQuery q(db.connection());
    return (q.exec(QStringLiteral("SELECT count(*) FROM event")) && q.next())
               ? q.value(0).toLongLong()
               : -1;
}
} // namespace

int hqRequestFuzzOne(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    // Inputs may name the fixture's device with "$DEVICE", so the rules past the
    // device check are reached too.
    QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    body.replace("$DEVICE", f.deviceId.toLatin1());
    const qint64 before = storedEvents(*f.db);
    const HqAnswer a = f.server->handle(QStringLiteral("POST"), QLatin1String(Protocol::EventsPath),
                                        QUrlQuery(), f.authorization, "application/json", body);
    static const QList<int> documented = {200, 400, 403, 409, 413, 422};
    if (!documented.contains(a.status) ||
        !a.body.value(QLatin1String("error")).isString() != (a.status == 200))
        std::abort();
    if (a.status != 200 && storedEvents(*f.db) != before)
        std::abort();
    return 0;
}
