// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/storage/privatefiles.h"
#include "core/storage/sealupgrade.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <utility>

namespace {

QAtomicInt g_connectionCounter;

// SQLite cannot guarantee its locking on these (sqlite.org/useovernet.html).
bool isNetworkFileSystem(const QByteArray &type)
{
    static const QList<QByteArray> network = {"nfs",  "nfs4",  "cifs",      "smb",
                                              "smb2", "smbfs", "afs",       "ncpfs",
                                              "coda", "ceph",  "glusterfs", "fuse.sshfs"};
    return network.contains(type.toLower());
}

bool looksLikeSqlite(const QString &path, bool *empty)
{
    QFile f(path);
    *empty = false;
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    if (head.isEmpty()) {
        *empty = true;
        return true;
    }
    return head == QByteArray("SQLite format 3\0", 16);
}

Error dbError(const char *code, const char *source, QStringList args = {})
{
    return Error(QString::fromLatin1(code), source, std::move(args));
}

Error corruptError(const QString &path)
{
    return dbError("db.corrupt",
                   QT_TRANSLATE_NOOP("Error", "The database file %1 is damaged or is not a "
                                              "HallDesk database. Nothing was changed. Restore "
                                              "the latest backup with 'halldeskctl restore', or "
                                              "ask your IT contact."),
                   {path.isEmpty() ? QStringLiteral("-") : QDir::toNativeSeparators(path)});
}

Error missingError(const QString &path)
{
    return dbError("db.missing",
                   QT_TRANSLATE_NOOP("Error", "There is no HallDesk database at %1. Run "
                                              "'halldeskctl init' first, or check --data-dir."),
                   {QDir::toNativeSeparators(path)});
}

Error readOnlyError(const QString &dir)
{
    return dbError("db.read_only",
                   QT_TRANSLATE_NOOP("Error", "The data folder %1 is read-only, so nothing could "
                                              "be saved. Ask your IT contact for write access, or "
                                              "start with --data-dir and a writable folder. "
                                              "Nothing was changed."),
                   {dir.isEmpty() ? QStringLiteral("-") : QDir::toNativeSeparators(dir)});
}

Error needsUpgradeError(const QString &path, int version, int latest)
{
    return dbError(
        "db.read_only_upgrade",
        QT_TRANSLATE_NOOP("Error", "The database %1 is at schema %2 and this HallDesk "
                                   "reads schema %3: it must be updated first, which "
                                   "needs write access. Open it once with the counter "
                                   "app or 'halldeskctl init' on a writable folder, "
                                   "then try again. Nothing was changed."),
        {QDir::toNativeSeparators(path), QString::number(version), QString::number(latest)});
}

// A read-only connection's file name and extra connect options. A folder we may write (a
// live data folder, where another program may be writing) is opened as usual, so SQLite
// tidies its -wal and -shm files away as always; the commands that open it so only read
// (PRAGMA query_only would refuse VACUUM INTO, a backup). A copy nobody may write (no
// permission for us, or none for its owner: read-only even for root) cannot take those
// files: with no WAL beside it all its data is in the main file and it is opened
// immutable; with one, SQLite reads it read-only (mode=ro).
std::pair<QString, QString> readOnlyOpening(const QString &path)
{
    const auto closed = [](const QFileInfo &f) {
        return !f.isWritable() || !f.permissions().testFlag(QFileDevice::WriteOwner);
    };
    const QFileInfo file(path);
    if (!closed(QFileInfo(file.absolutePath())) && !closed(file))
        return {path, QString()};
    QUrl url = QUrl::fromLocalFile(path);
    url.setQuery(QFileInfo::exists(path + QStringLiteral("-wal")) ? QStringLiteral("mode=ro")
                                                                  : QStringLiteral("immutable=1"));
    return {url.toString(QUrl::FullyEncoded),
            QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")};
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.exec(sql) && q.next();
    return *ok ? q.value(0) : QVariant();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear(); // statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::query() const
{
    return QSqlQuery(connection());
}

QSqlQuery &Database::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        query->prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo file(path);
    const QString dirPath = file.absolutePath();
    QDir dir(dirPath);
    const bool readOnly = options.mode == OpenMode::ReadOnly;
    const bool create = options.create && !readOnly;
    if (!dir.exists() && !create)
        return missingError(path);
    if (!dir.exists() && !PrivateFiles::createFolder(dirPath)) {
        return dbError("db.dir_missing",
                       QT_TRANSLATE_NOOP("Error", "The data folder %1 does not exist and could not "
                                                  "be created. Check that the disk is connected, "
                                                  "or start with --data-dir and another folder."),
                       {QDir::toNativeSeparators(dirPath)});
    }
    const QStorageInfo storage(dirPath);
    if (isNetworkFileSystem(storage.fileSystemType())) {
        return dbError(
            "db.network_fs",
            QT_TRANSLATE_NOOP("Error", "The data folder %1 is on a network file system "
                                       "(%2), where the database cannot be kept safe. "
                                       "Choose a folder on this computer's own disk."),
            {QDir::toNativeSeparators(dirPath), QString::fromLatin1(storage.fileSystemType())});
    }

    const bool exists = file.exists();
    if (!exists && !create)
        return missingError(path);
    if (exists) {
        bool empty = false;
        if (!file.isReadable()) {
            return dbError("db.unreadable",
                           QT_TRANSLATE_NOOP("Error", "The database file %1 cannot be read. Ask "
                                                      "your IT contact to check its permissions. "
                                                      "Nothing was changed."),
                           {QDir::toNativeSeparators(path)});
        }
        if (!looksLikeSqlite(path, &empty)) {
            return corruptError(path);
        }
    }
    if (!readOnly && (!QFileInfo(dirPath).isWritable() || (exists && !file.isWritable()))) {
        return readOnlyError(dirPath);
    }

    // A new database is born owner-only; SQLite gives its WAL and -shm files its mode.
    if (!exists)
        PrivateFiles::createPrivate(path);
    const QString name =
        QStringLiteral("halldesk-%1").arg(g_connectionCounter.fetchAndAddOrdered(1));
    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath(), name));
    db->m_options = options;
    const Status configured = db->configure(options);
    if (!configured)
        return configured.error();
    if (const Status keyed = db->loadDeviceKey(!readOnly); !keyed)
        return keyed.error();
    if (!readOnly)
        db->m_madePrivate = PrivateFiles::restrictFolder(dirPath);
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    Options options = m_options;
    options.create = false;
    options.integrityCheck = false;
    return open(m_path, options);
}

Status Database::quickCheck() const
{
    QSqlDatabase db = connection();
    bool ok = false;
    const QString check = scalar(db, QStringLiteral("PRAGMA quick_check"), &ok).toString();
    if (!ok) {
        const Error e = errorFrom(db.lastError());
        return e.code() == QLatin1String("db.locked") ? e : corruptError(m_path);
    }
    if (check != QLatin1String("ok")) {
        return dbError("db.integrity",
                       QT_TRANSLATE_NOOP("Error", "The database file %1 failed its integrity check "
                                                  "(%2). Nothing was changed. Restore the latest "
                                                  "backup with 'halldeskctl restore', or ask your "
                                                  "IT contact."),
                       {QDir::toNativeSeparators(m_path), check.left(200)});
    }
    return success();
}

Status Database::configure(const Options &options)
{
    const bool readOnly = options.mode == OpenMode::ReadOnly;
    const auto [name, readOnlyOptions] =
        readOnly ? readOnlyOpening(m_path) : std::pair<QString, QString>{m_path, QString()};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(name);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs) +
                         readOnlyOptions);
    if (!db.open())
        return errorFrom(db.lastError());

    // Read-only checks first: a damaged or too-new file must be left exactly as it was.
    if (options.integrityCheck) {
        if (const Status checked = quickCheck(); !checked)
            return checked;
    }
    bool ok = false;
    const int appId = scalar(db, QStringLiteral("PRAGMA application_id"), &ok).toInt();
    const int version = scalar(db, QStringLiteral("PRAGMA user_version"), &ok).toInt();
    const int tables =
        scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &ok).toInt();
    if (appId != ApplicationId && !(appId == 0 && version == 0 && tables == 0)) {
        return dbError("db.foreign",
                       QT_TRANSLATE_NOOP("Error", "The file %1 is an SQLite database of another "
                                                  "program, not of HallDesk. Nothing was changed. "
                                                  "Check --data-dir."),
                       {QDir::toNativeSeparators(m_path)});
    }
    m_latestKnown = 0;
    for (const Migration &m : options.migrations)
        m_latestKnown = std::max(m_latestKnown, m.version);
    if (version > m_latestKnown) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = 'schema.min_compatible'"));
        const int minCompatible = (q.exec() && q.next()) ? q.value(0).toInt() : version;
        if (minCompatible > m_latestKnown) {
            return dbError("db.too_new",
                           QT_TRANSLATE_NOOP("Error", "This database was written by a newer "
                                                      "version of HallDesk (schema %1; this "
                                                      "program understands up to %2). Nothing was "
                                                      "changed. Install the newer HallDesk."),
                           {QString::number(version), QString::number(m_latestKnown)});
        }
    }

    QSqlQuery pragma(db);
    for (const char *sql : {"PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
                            // Deleted and overwritten values (a clear ID number) are zeroed.
                            "PRAGMA secure_delete=ON",
                            // 64 MiB of page cache (default 2 MiB): a branch's indexes stay hot.
                            "PRAGMA cache_size=-65536"}) {
        if (!pragma.exec(QString::fromLatin1(sql)))
            return errorFrom(pragma.lastError());
    }
    pragma.finish();
    m_schemaVersion = version;
    if (readOnly) {
        if (version < m_latestKnown)
            return needsUpgradeError(m_path, version, m_latestKnown);
        return success();
    }
    if (const Status journal = configureJournal(); !journal)
        return journal;
    return migrate(options.migrations);
}

Status Database::configureJournal()
{
    // A printed receipt must survive a power cut: WAL with full fsync on every commit.
    QSqlQuery pragma(connection());
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
        if (!pragma.exec(QString::fromLatin1(sql)))
            return errorFrom(pragma.lastError());
    }
    if (pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next() &&
        pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return dbError("db.no_wal",
                       QT_TRANSLATE_NOOP("Error", "The database at %1 could not be switched to "
                                                  "write-ahead logging. Choose a data folder on "
                                                  "this computer's own disk."),
                       {QDir::toNativeSeparators(m_path)});
    }
    pragma.finish(); // an unfinished statement would block the migrations' COMMIT
    return success();
}

Status Database::migrate(const QList<Migration> &migrations)
{
    QSqlDatabase db = connection();
    for (const Migration &m : migrations) {
        if (m.version <= m_schemaVersion)
            continue;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return errorFrom(q.lastError());
        QString failure;
        for (const QString &statement : Migration::statements(m.sql)) {
            if (!q.exec(statement)) {
                failure = q.lastError().text();
                break;
            }
        }
        if (failure.isEmpty()) {
            // Never lower min_compatible: an earlier step may have required more.
            q.prepare(QStringLiteral(
                "INSERT INTO setting(key, value) VALUES('schema.min_compatible', :v) "
                "ON CONFLICT(key) DO UPDATE SET value = "
                "max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))"));
            q.bindValue(QStringLiteral(":v"), QString::number(m.minCompatible));
            if (!q.exec())
                failure = q.lastError().text();
        }
        if (failure.isEmpty() &&
            (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) ||
             !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))))
            failure = q.lastError().text();
        q.finish();
        if (failure.isEmpty() && !q.exec(QStringLiteral("COMMIT")))
            failure = q.lastError().text();
        if (!failure.isEmpty()) {
            const Error cause = errorFrom(q.lastError());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            if (cause.code() == QLatin1String("db.disk_full"))
                return cause;
            return dbError(
                "db.migration_failed",
                QT_TRANSLATE_NOOP("Error", "Updating the database to schema %1 (%2) "
                                           "failed: %3. The database was left as it "
                                           "was, at schema %4. Ask your IT contact."),
                {QString::number(m.version), m.name, failure, QString::number(m_schemaVersion)});
        }
        m_schemaVersion = m.version;
    }
    return success();
}

Status Database::loadDeviceKey(bool mayCreate)
{
    if (m_schemaVersion < 1)
        return success(); // no setting table to name a key in
    Result<DeviceKey> key =
        mayCreate ? DeviceKey::ensureFor(*this) : DeviceKey::forDatabase(connection());
    if (!key)
        return key.error();
    m_deviceKey = key.take();
    if (mayCreate && SealUpgrade::pending(connection()))
        return SealUpgrade::run(connection(), m_deviceKey);
    return success();
}

Error Database::errorFrom(const QSqlError &error)
{
    // QSQLITE reports SQLite's result code; the primary code is the low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.text().left(300);
    switch (code) {
    case 13: // SQLITE_FULL
        return dbError("db.disk_full",
                       QT_TRANSLATE_NOOP("Error", "The disk is full, so this action was not saved; "
                                                  "everything saved before it is safe. Free some "
                                                  "disk space (or ask your IT contact), then try "
                                                  "again."));
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return readOnlyError(QString());
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return dbError("db.locked",
                       QT_TRANSLATE_NOOP("Error", "The database is busy with another program. "
                                                  "Nothing was saved; wait a moment and try "
                                                  "again."));
    case 10: // SQLITE_IOERR
        return dbError("db.io",
                       QT_TRANSLATE_NOOP("Error", "The disk reported an error (%1). Nothing was "
                                                  "saved. Check the disk, then try again, or ask "
                                                  "your IT contact."),
                       {detail});
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return corruptError(QString());
    case 14: // SQLITE_CANTOPEN
        return dbError("db.cant_open",
                       QT_TRANSLATE_NOOP("Error", "The database could not be opened (%1). Check "
                                                  "that the data folder exists and is writable, "
                                                  "or start with --data-dir and another folder."),
                       {detail});
    default:
        return dbError("db.failed",
                       QT_TRANSLATE_NOOP("Error", "The database refused the change (%1). Nothing "
                                                  "was saved. Try again; if it happens again, ask "
                                                  "your IT contact."),
                       {detail});
    }
}
