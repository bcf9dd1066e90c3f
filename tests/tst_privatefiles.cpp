// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The data folder is the account's own: a new branch is born owner-only, an old one left
// open to other users is closed on the next start with a warning, and a backup is
// owner-only from the moment it has its name.
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/instancelock.h"
#include "core/storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

bool privateTo(const QString &path)
{
    return QFileInfo::exists(path) && (QFile::permissions(path) & kOthers) == 0;
}

bool write(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('probe', 'x')"));
}

} // namespace

class tst_PrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void newBranchIsOwnerOnly();
    void openFolderIsClosedWithAWarning();
    void backupIsOwnerOnly();
    void firstStartWarnsOfNothing();
};

void tst_PrivateFiles::newBranchIsOwnerOnly()
{
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(QStringLiteral("branch"));
    const QString path = DataLocation::databasePath(dataDir);
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error().english()));
    QVERIFY(write(*db.value()));
    QVERIFY(privateTo(dataDir));
    QVERIFY(privateTo(path));
    QVERIFY(privateTo(path + QStringLiteral("-wal")));
    QVERIFY(privateTo(path + QStringLiteral("-shm")));
    QVERIFY(db.value()->madePrivate().isEmpty()); // nothing to warn about
}

void tst_PrivateFiles::openFolderIsClosedWithAWarning()
{
    QTemporaryDir tmp;
    const QString path = DataLocation::databasePath(tmp.path());
    {
        auto db = Database::open(path);
        QVERIFY(db.ok() && write(*db.value()));
    }
    // As an older HallDesk or a copy by hand left it: readable by everyone.
    QVERIFY(QFile::setPermissions(tmp.path(), QFile::permissions(tmp.path()) |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error().english()));
    QVERIFY(privateTo(tmp.path()));
    QVERIFY(privateTo(path));
    const QStringList named = db.value()->madePrivate();
    // The folder and the database (and the WAL files SQLite made in the database's mode).
    QVERIFY(named.contains(QDir::toNativeSeparators(tmp.path())));
    QVERIFY(named.contains(QDir::toNativeSeparators(path)));
    const Error warning = PrivateFiles::openedWarning(named);
    QVERIFY(warning.english().contains(QDir::toNativeSeparators(path)));
    QVERIFY(warning.english().contains(QLatin1String("readable by this account only")));
}

void tst_PrivateFiles::backupIsOwnerOnly()
{
    QTemporaryDir tmp;
    auto db = Database::open(DataLocation::databasePath(tmp.filePath(QStringLiteral("data"))));
    QVERIFY(db.ok() && write(*db.value()));
    const QString target = tmp.filePath(QStringLiteral("usb/branch.halldesk"));
    const Status written = Backup::write(*db.value(), target);
    QVERIFY2(written.ok(), qPrintable(written.error().english()));
    QVERIFY(privateTo(target));
}

// The counter app's first start: the lock, then the database, in a folder that does not
// exist yet. Nothing was ever open to others, so there is nothing to warn about.
void tst_PrivateFiles::firstStartWarnsOfNothing()
{
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(QStringLiteral("new-branch"));
    const auto lock = InstanceLock::acquire(dataDir);
    QVERIFY(lock.ok());
    QVERIFY(privateTo(dataDir));
    QVERIFY(privateTo(QDir(dataDir).filePath(QStringLiteral("halldesk.lock"))));
    auto db = Database::open(DataLocation::databasePath(dataDir));
    QVERIFY2(db.ok(), qPrintable(db.error().english()));
    QVERIFY2(db.value()->madePrivate().isEmpty(),
             qPrintable(db.value()->madePrivate().join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
