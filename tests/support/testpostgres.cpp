// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpostgres.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

QString freshPostgresDatabase(const QString &prefix)
{
    const QString admin = qEnvironmentVariable("HALLDESK_TEST_POSTGRES");
    if (admin.isEmpty())
        return {};
    const QString name = prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString connection = QStringLiteral("test-postgres-admin");
    {
        const QUrl url(admin);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}
