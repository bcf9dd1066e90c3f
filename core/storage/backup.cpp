// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backup.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/devicekey.h"
#include "core/storage/eventlog.h"
#include "core/storage/privatefiles.h"
#include "core/storage/sealedfile.h"
#include "core/storage/sealedheader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <optional>

#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

// The rename of a finished backup survives a power cut only once its folder is on disk.
void syncFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Error cannotWrite(const QString &target)
{
    return Error(QStringLiteral("backup.write"),
                 QT_TRANSLATE_NOOP("Error", "The backup %1 could not be written. Check that "
                                            "there is free space where it goes and in the data "
                                            "folder, then try again."),
                 {QDir::toNativeSeparators(target)});
}

Error cannotStage()
{
    return Error(QStringLiteral("restore.copy"),
                 QT_TRANSLATE_NOOP("Error", "The backup could not be copied into the data "
                                            "folder. Check free disk space and permissions, "
                                            "then try again. Nothing was changed."));
}

Error cannotMoveAside()
{
    return Error(QStringLiteral("restore.rename"),
                 QT_TRANSLATE_NOOP("Error", "The current database could not be moved aside. "
                                            "Close every HallDesk window and try again. "
                                            "Nothing was changed."));
}

// Whether we may add files to dir: permission for us and for its owner (a folder made
// read-only stays so even for root, as Database's read-only opening sees it).
bool writableFolder(const QString &dir)
{
    const QFileInfo f(dir);
    return f.isWritable() && f.permissions().testFlag(QFileDevice::WriteOwner);
}

// Plain copies a killed backup left behind; a running backup's copy is younger.
void removeStaleCopies(const QString &dbPath)
{
    const QFileInfo db(dbPath);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList copies = db.dir().entryInfoList(
        {db.fileName() + QStringLiteral(".backup.*")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &copy : copies) {
        if (copy.lastModified().toUTC() < hourAgo)
            QFile::remove(copy.filePath());
    }
}

// VACUUM INTO an owner-only file in the data folder, sealed from there into partial: the
// plain copy never leaves the folder that already holds the database (or a private
// temporary folder, when that one is read-only), and is gone when this returns, whatever
// happened.
Status writeSealed(Database &db, const DeviceKey &key, const QString &partial,
                   const QString &target)
{
    // A read-only copy of a data folder (write-protected media, chmod a-w) takes no file:
    // its plain copy goes to a private temporary folder (0700) instead.
    std::optional<QTemporaryDir> elsewhere;
    QString base = db.path();
    if (writableFolder(QFileInfo(base).absolutePath())) {
        removeStaleCopies(base);
    } else {
        elsewhere.emplace();
        base = elsewhere->filePath(QStringLiteral("halldesk.db"));
    }
    // Qt adds a random suffix to the name; the file is created 0600.
    QTemporaryFile copy(base + QStringLiteral(".backup"));
    if (!copy.open())
        return cannotWrite(target);
    const QString copyPath = copy.fileName();
    const auto cleanUp = qScopeGuard([&copyPath] { removeWithSidecars(copyPath); });
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(copyPath);
    if (!q.exec())
        return Database::errorFrom(q.lastError());

    QFile plain(copyPath);
    QFile sealed(partial);
    if (!plain.open(QIODevice::ReadOnly) ||
        !sealed.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return cannotWrite(target);
    // The owner-only mode is set at creation; a stick that keeps no modes still gets a
    // backup no one can read without the key.
    if (SealedFile::seal(key, plain, sealed) != SealedFile::Outcome::Done || !sealed.flush() ||
        ::fsync(sealed.handle()) != 0)
        return cannotWrite(target);
    return success();
}

Error restoreKeyMissing(const QString &keyId, const QString &backup)
{
    return Error(QStringLiteral("key.missing"),
                 QT_TRANSLATE_NOOP("Error", "The device key %1 that unlocks the backup %2 is "
                                            "not on this computer. Restore with its key file: "
                                            "halldeskctl restore FILE --key-file KEY (the old "
                                            "PC's %1.key, or the key headquarters prints with "
                                            "halldesk-hq device-key). Nothing was changed."),
                 {keyId, QDir::toNativeSeparators(backup)});
}

Error unreadableKeyFile(const QString &keyFile)
{
    return Error(QStringLiteral("restore.key_file"),
                 QT_TRANSLATE_NOOP("Error", "The key file %1 could not be read, or it holds no "
                                            "device key (one line: the key in base64, as "
                                            "headquarters prints it). Check the name. Nothing "
                                            "was changed."),
                 {QDir::toNativeSeparators(keyFile)});
}

Error wrongKey(const QString &backup, const QString &keyId)
{
    return Error(QStringLiteral("restore.wrong_key"),
                 QT_TRANSLATE_NOOP("Error", "This device key does not unlock the backup %1, "
                                            "which was sealed with the device key %2. Use that "
                                            "key's file (%2.key from the PC that made it, or "
                                            "from headquarters). Nothing was changed."),
                 {QDir::toNativeSeparators(backup), keyId});
}

// The key from the caller's key file, else from the key folder by the header's id.
Result<DeviceKey> keyFor(const SealedHeader &header, const QString &backup, const QString &keyFile)
{
    Result<DeviceKey> key = keyFile.isEmpty() ? DeviceKey::load(header.keyId())
                                              : DeviceKey::readFile(keyFile, header.keyId());
    if (!key && !keyFile.isEmpty())
        return unreadableKeyFile(keyFile);
    if (!key && key.error().code() == QLatin1String("key.missing"))
        return restoreKeyMissing(header.keyId(), backup);
    if (!key)
        return key.error();
    if (!header.isUnlockedBy(key.value()))
        return wrongKey(backup, header.keyId());
    return key;
}

// Decrypts a sealed backup into staging (owner-only); keeps a key file the caller gave.
Result<Backup::Restored> unseal(QFile &in, const QString &staging,
                                const Backup::RestoreOptions &options)
{
    const Result<SealedHeader> header = SealedHeader::read(in);
    if (!header)
        return header.error();
    const Result<DeviceKey> key = keyFor(header.value(), in.fileName(), options.keyFile);
    if (!key)
        return key.error();
    QFile out(staging);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return cannotStage();
    const SealedFile::Outcome opened = SealedFile::open(key.value(), header.value(), in, out);
    if (opened == SealedFile::Outcome::Altered)
        return SealedHeader::altered(in.fileName());
    if (opened != SealedFile::Outcome::Done || !out.flush())
        return cannotStage();
    out.close();
    Backup::Restored restored;
    const QString keyPath = DeviceKey::fileFor(key->id());
    if (!options.keyFile.isEmpty() && !QFileInfo::exists(keyPath)) {
        if (const Status saved = key->save(); !saved)
            return saved.error();
        restored.savedKey = keyPath;
    }
    return restored;
}

Error unencryptedRefused(const QString &backup)
{
    return Error(QStringLiteral("restore.unencrypted"),
                 QT_TRANSLATE_NOOP("Error", "The backup %1 was made by an earlier HallDesk "
                                            "version and is not encrypted, so nothing can tell "
                                            "whether it was changed since. If you made it and "
                                            "kept it safe, restore it with: halldeskctl restore "
                                            "FILE --unencrypted. Nothing was changed."),
                 {QDir::toNativeSeparators(backup)});
}

Error notABackup(const QString &backup)
{
    return Error(QStringLiteral("restore.not_backup"),
                 QT_TRANSLATE_NOOP("Error", "%1 is not a HallDesk backup, or it is damaged. "
                                            "Check the file name. Nothing was changed."),
                 {QDir::toNativeSeparators(backup)});
}

// The backup's database, decrypted (or copied, when plain and allowed) into staging.
Result<Backup::Restored> unpack(const QString &file, const QString &staging,
                                const Backup::RestoreOptions &options)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return notABackup(file);
    switch (SealedHeader::recognise(in)) {
    case SealedHeader::Kind::Sealed:
        return unseal(in, staging, options);
    case SealedHeader::Kind::DamagedSealed:
        return SealedHeader::altered(file);
    case SealedHeader::Kind::PlainSqlite:
        break;
    case SealedHeader::Kind::Unknown:
        return notABackup(file);
    }
    if (!options.allowUnencrypted)
        return unencryptedRefused(file);
    in.close();
    if (!QFile::copy(file, staging) || !QFile::setPermissions(staging, OwnerOnly))
        return cannotStage();
    Backup::Restored restored;
    restored.wasSealed = false;
    return restored;
}

// Opening migrates an older copy; the chain must be whole before it replaces anything.
Status checkCandidate(const QString &staging)
{
    Database::Options options;
    options.create = false;
    Result<std::unique_ptr<Database>> candidate = Database::open(staging, options);
    if (!candidate)
        return candidate.error();
    const Result<EventLog::Verification> chain = EventLog::verify(candidate.value()->connection());
    if (!chain || !chain->intact()) {
        return Error(QStringLiteral("restore.chain_broken"),
                     QT_TRANSLATE_NOOP("Error", "The backup's event log is broken at event "
                                                "%1, so it cannot be trusted. Use another "
                                                "backup. Nothing was changed."),
                     {chain ? QString::number(chain->firstBroken) : QStringLiteral("?")});
    }
    QSqlQuery(candidate.value()->connection())
        .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return success();
}

// Moves the current database aside and staging into its place; returns where the old one
// went (empty when there was none).
Result<QString> swapIn(const QString &staging, const QString &dbPath)
{
    QString kept;
    if (QFileInfo::exists(dbPath)) {
        {
            // Fold the current WAL into the file so the kept copy is complete on its own.
            Database::Options options;
            options.create = false;
            Result<std::unique_ptr<Database>> current = Database::open(dbPath, options);
            if (current)
                QSqlQuery(current.value()->connection())
                    .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        kept = dbPath + QStringLiteral(".before-restore-") +
               Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(dbPath, kept))
            return cannotMoveAside();
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
    }
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    if (!QFile::rename(staging, dbPath)) {
        if (!kept.isEmpty())
            QFile::rename(kept, dbPath);
        return cannotMoveAside();
    }
    return kept;
}

} // namespace

Status Backup::write(Database &db, const QString &file)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        return Error(QStringLiteral("backup.exists"),
                     QT_TRANSLATE_NOOP("Error", "The backup file %1 already exists. Choose a new "
                                                "file name; an old backup is never overwritten."),
                     {QDir::toNativeSeparators(target)});
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return Error(QStringLiteral("backup.folder"),
                     QT_TRANSLATE_NOOP("Error", "The folder for the backup %1 could not be "
                                                "created. Choose another place."),
                     {QDir::toNativeSeparators(target)});
    }
    const Result<DeviceKey> key = DeviceKey::ensureFor(db);
    if (!key)
        return key.error();
    // Written under a temporary name first so a half-written backup never looks complete.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (const Status sealed = writeSealed(db, key.value(), partial, target); !sealed) {
        QFile::remove(partial);
        return sealed;
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error(QStringLiteral("backup.rename"),
                     QT_TRANSLATE_NOOP("Error", "The backup could not be saved as %1. Check that "
                                                "the folder is writable and try again."),
                     {QDir::toNativeSeparators(target)});
    }
    syncFolder(QFileInfo(target).absolutePath());
    return success();
}

Result<Backup::Restored> Backup::restore(const QString &file, const QString &dbPath,
                                         const RestoreOptions &options)
{
    if (!QFileInfo::exists(file)) {
        return Error(QStringLiteral("restore.missing"),
                     QT_TRANSLATE_NOOP("Error", "There is no backup file %1. Check the name."),
                     {QDir::toNativeSeparators(file)});
    }
    // Check a copy, never the backup itself: opening migrates an older copy.
    const QString staging = dbPath + QStringLiteral(".restoring");
    removeWithSidecars(staging);
    Result<Restored> restored = unpack(file, staging, options);
    if (!restored) {
        removeWithSidecars(staging);
        return restored.error();
    }
    const Status checked = checkCandidate(staging);
    const Result<QString> kept =
        checked ? swapIn(staging, dbPath) : Result<QString>(checked.error());
    if (!kept) {
        removeWithSidecars(staging);
        // A key saved for this backup goes too: a refusal leaves this PC as it was.
        if (!restored->savedKey.isEmpty())
            QFile::remove(restored->savedKey);
        return kept.error();
    }
    restored->kept = kept.value();
    return restored;
}

Error Backup::unencryptedNotice()
{
    return Error(QStringLiteral("restore.was_unencrypted"),
                 QT_TRANSLATE_NOOP("Error", "This backup was not encrypted: an earlier HallDesk "
                                            "version made it. Make a new backup now (it will be "
                                            "encrypted), then destroy the old copy."));
}
