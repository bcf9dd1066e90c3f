// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keycommand.h"

#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/instancelock.h"
#include "core/storage/keyrotation.h"

#include <QDir>
#include <QTextStream>

QString KeyCommand::usage()
{
    return QStringLiteral(
        "  key rotate              seal ID numbers and the token again under a new "
        "device key\n"
        "                          (keep the old key file: older backups need it)\n");
}

int KeyCommand::run(const QStringList &args, QString *problem)
{
    if (args != QStringList{QStringLiteral("rotate")}) {
        *problem = QStringLiteral("key takes one argument: rotate");
        return 2;
    }
    QTextStream err(stderr);
    // Held for the whole rotation: a counter app still running would seal with the old key.
    const Result<std::shared_ptr<QLockFile>> lock = InstanceLock::acquire(m_dataDir);
    if (!lock) {
        err << lock.error().bilingual() << Qt::endl;
        return 1;
    }
    Database::Options options;
    options.create = false;
    Result<std::unique_ptr<Database>> db =
        Database::open(DataLocation::databasePath(m_dataDir), options);
    if (!db) {
        err << db.error().bilingual() << Qt::endl;
        return 1;
    }
    const std::optional<Session> by = m_authorise(*db.value());
    if (!by)
        return 1;
    const QString old = db.value()->deviceKey().id();
    const Result<DeviceKey> fresh = KeyRotation::rotate(*db.value(), by->staffNo);
    if (!fresh) {
        err << fresh.error().bilingual() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "device key " << old << " replaced by " << fresh->id() << "\n"
                        << "new key file: "
                        << QDir::toNativeSeparators(DeviceKey::fileFor(fresh->id()))
                        << "\nkeep the old key file for backups made before today; headquarters "
                           "still holds the old key, so keep a copy of the new key file off this "
                           "PC\n";
    return 0;
}
