// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several halldesk-hq processes starting at once on one fresh store (the service and an
// operator's enroll-code, say) all migrate it without tripping on each other: on SQLite,
// and on PostgreSQL when HALLDESK_TEST_POSTGRES names a server.
#include "hq/hqdatabase.h"
#include "hqprocess.h"
#include "testpostgres.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {
constexpr int kProcesses = 6;
constexpr int kRounds = 8;
} // namespace

class tst_HqMigrationLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(!HqProcess::binary().isEmpty(), "HALLDESK_HQ is not set"); }

    void concurrentStarts_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }
    void concurrentStarts()
    {
        QFETCH(QString, store);
        if (store == QLatin1String("postgres") &&
            qEnvironmentVariableIsEmpty("HALLDESK_TEST_POSTGRES"))
            QSKIP("HALLDESK_TEST_POSTGRES is not set: PostgreSQL runs only under "
                  "scripts/with-postgres.sh");
        for (int round = 0; round < kRounds; ++round) {
            QTemporaryDir dir;
            const QString spec =
                store == QLatin1String("sqlite")
                    ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hq.db"))
                    : freshPostgresDatabase(QStringLiteral("hq_race_"));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < kProcesses; ++i) {
                processes.push_back(std::make_unique<QProcess>());
                processes.back()->start(HqProcess::binary(),
                                        {QStringLiteral("enroll-code"), QStringLiteral("--db"),
                                         spec, QStringLiteral("--branch"),
                                         QStringLiteral("T%1").arg(i)});
            }
            for (auto &p : processes) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                         qPrintable(QStringLiteral("round %1: %2")
                                        .arg(round)
                                        .arg(QString::fromUtf8(p->readAllStandardError()))));
            }
            auto db = HqDatabase::open(spec);
            QVERIFY2(db.ok(), qPrintable(db.error().english()));
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM enrollment_code")) && q.next());
            QCOMPARE(q.value(0).toInt(), kProcesses);
        }
    }
};

QTEST_GUILESS_MAIN(tst_HqMigrationLock)
#include "tst_hqmigrationlock.moc"
