// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Storage: opening, pragmas, versioned migrations and refusing what must not be touched.
#include "core/storage/database.h"
#include "core/storage/migration.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
Migration migration(int version, int minCompatible, const char *sql)
{
    Migration m;
    m.version = version;
    m.minCompatible = minCompatible;
    m.name = QStringLiteral("step%1").arg(version);
    m.sql = QString::fromLatin1(sql);
    return m;
}

QList<Migration> baseMigrations()
{
    return {migration(1, 1,
                      "CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
                      "CREATE TABLE a(x INTEGER);"),
            migration(2, 1, "CREATE TABLE b(y INTEGER);")};
}

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}
} // namespace

class tst_Database : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("t%1.db").arg(++m_n));
    }

    void freshInstallAppliesBundledSchema()
    {
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), qPrintable(db.error().english()));
        const int latest = Migration::bundled().last().version;
        QCOMPARE(db.value()->schemaVersion(), latest);
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::ApplicationId);
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA user_version")).toInt(), latest);
        QVERIFY(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM event_log")).isValid());
    }

    void secondRunChangesNothing()
    {
        Database::Options o;
        o.migrations = baseMigrations();
        {
            QVERIFY(Database::open(m_path, o).ok());
        }
        {
            auto db = Database::open(m_path, o);
            QVERIFY(db.ok());
            QSqlQuery(db.value()->connection())
                .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileDigest(m_path);
        {
            auto db = Database::open(m_path, o);
            QVERIFY(db.ok());
            QCOMPARE(db.value()->schemaVersion(), 2);
            QSqlQuery(db.value()->connection())
                .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QCOMPARE(fileDigest(m_path), before);
    }

    void newerCompatibleDatabaseOpens()
    {
        Database::Options newer;
        newer.migrations = baseMigrations();
        newer.migrations.append(migration(3, 2, "CREATE TABLE c(z INTEGER);"));
        {
            QVERIFY(Database::open(m_path, newer).ok());
        }
        Database::Options older;
        older.migrations = baseMigrations(); // knows up to 2; the database says 2 is enough
        auto db = Database::open(m_path, older);
        QVERIFY2(db.ok(), qPrintable(db.error().english()));
        QCOMPARE(db.value()->schemaVersion(), 3);
    }

    void newerIncompatibleDatabaseIsRefusedUntouched()
    {
        Database::Options newer;
        newer.migrations = baseMigrations();
        newer.migrations.append(migration(3, 3, "CREATE TABLE c(z INTEGER);"));
        {
            auto db = Database::open(m_path, newer);
            QVERIFY(db.ok());
            QSqlQuery(db.value()->connection())
                .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileDigest(m_path);
        Database::Options older;
        older.migrations = baseMigrations();
        auto db = Database::open(m_path, older);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), QStringLiteral("db.too_new"));
        QVERIFY(db.error().english().contains(QLatin1String("newer")));
        QCOMPARE(fileDigest(m_path), before);
    }

    void failingStepRollsBack()
    {
        Database::Options o;
        o.migrations = baseMigrations();
        {
            QVERIFY(Database::open(m_path, o).ok());
        }
        o.migrations.append(
            migration(3, 3, "CREATE TABLE c(z INTEGER);\nINSERT INTO nowhere VALUES(1);"));
        {
            auto db = Database::open(m_path, o);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code(), QStringLiteral("db.migration_failed"));
        }
        o.migrations.removeLast();
        auto db = Database::open(m_path, o);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), 2);
        // The table the failed step created first is gone with the rollback.
        QCOMPARE(scalar(*db.value(),
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'c'"))
                     .toInt(),
                 0);
    }

    void damagedFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("text file") << QByteArray("these are not the pages you are looking for\n")
                                   << QStringLiteral("db.corrupt");
        QTest::newRow("random bytes") << QByteArray(8192, '\xA5') << QStringLiteral("db.corrupt");
        QByteArray badPages("SQLite format 3\0", 16);
        badPages.append(QByteArray(4096 - 16, '\x7f'));
        QTest::newRow("header then garbage") << badPages << QStringLiteral("db.corrupt");
    }
    void damagedFileIsRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto db = Database::open(m_path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), code);
        QVERIFY(db.error().english().contains(QLatin1String("restore")));
        QFile check(m_path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);
    }

    void otherProgramsDatabaseIsRefused()
    {
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE songs(title TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileDigest(m_path);
        auto db = Database::open(m_path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), QStringLiteral("db.foreign"));
        QCOMPARE(fileDigest(m_path), before);
    }

    void missingDatabaseIsNotCreatedWhenNotAsked()
    {
        Database::Options o;
        o.create = false;
        auto db = Database::open(m_path, o);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), QStringLiteral("db.missing"));
        QVERIFY(!QFile::exists(m_path));
    }

    void fullDiskIsReportedAndKeepsEarlierData()
    {
        auto opened = Database::open(m_path);
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler(b BLOB)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES(zeroblob(1000))")));
        // Simulate a full disk: the file may not grow past its current size.
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QSqlQuery big(db.connection());
        QVERIFY(!big.exec(QStringLiteral("INSERT INTO filler VALUES(zeroblob(1000000))")));
        const Error e = Database::errorFrom(big.lastError());
        QCOMPARE(e.code(), QStringLiteral("db.disk_full"));
        QVERIFY(e.english().contains(QLatin1String("Free some disk space")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM filler")).toInt(), 1);
    }

    void statementsSplitKeepsTriggersWhole()
    {
        const QStringList s = Migration::statements(QStringLiteral(
            "-- comment\nCREATE TABLE t(a);\nCREATE TRIGGER x BEFORE UPDATE ON t\nBEGIN\n"
            "    SELECT RAISE(ABORT, 'no');\nEND;\nINSERT INTO t VALUES(1);\n"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s[1].startsWith(QLatin1String("CREATE TRIGGER")));
        QVERIFY(s[1].endsWith(QLatin1String("END;")));
    }

    void migrationFileHeaderIsRead()
    {
        const Migration m =
            Migration::fromFile(QStringLiteral("0007_add_things.sql"),
                                QStringLiteral("-- min_compatible: 5\nCREATE TABLE t(a);"));
        QCOMPARE(m.version, 7);
        QCOMPARE(m.minCompatible, 5);
        QCOMPARE(m.name, QStringLiteral("add_things"));
        QCOMPARE(Migration::fromFile(QStringLiteral("0003_x.sql"), QString()).minCompatible, 3);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
