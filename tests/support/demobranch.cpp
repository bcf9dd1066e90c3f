// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demobranch.h"

#include "core/staff/passwordhasher.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "demo/demoseeder.h"
#include "ui/shell/appstyle.h"

#include <QApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThreadPool>

DemoBranch::DemoBranch() = default;

DemoBranch::~DemoBranch()
{
    QThreadPool::globalInstance()->waitForDone(); // workers name this database's file
}

bool DemoBranch::open(int customers, int days)
{
    QStandardPaths::setTestModeEnabled(true);
    PasswordHasher::setIterations(1000);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        AppStyle::apply(*app);
    if (!m_dir.isValid()) {
        m_problem = QStringLiteral("no temporary folder");
        return false;
    }
    Result<std::unique_ptr<Database>> db = Database::open(DataLocation::databasePath(m_dir.path()));
    if (!db) {
        m_problem = db.error().english();
        return false;
    }
    m_db = db.take();
    DemoSeeder::Options options;
    options.customers = customers;
    options.days = days;
    const Result<DemoSeeder::Summary> seeded =
        DemoSeeder(*m_db).seed(options, [](const QString &) {});
    if (!seeded)
        m_problem = seeded.error().english();
    return seeded.ok();
}

QString DemoBranch::firstOf(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return QString();
    return query.value(0).toString();
}
