// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data at rest, end to end: the demo branch with its customers, enrolled at the
// real halldesk-hq over TLS. Its database file, its WAL and a copy of it hold no customer's
// ID number and not the token; with the key the counter still finds customers by the
// whole number and by the last four, and headquarters receives the real numbers with a
// head hash equal to the branch's.
#include "core/customers/customerservice.h"
#include "core/storage/database.h"
#include "core/storage/eventlog.h"
#include "core/storage/settingstore.h"
#include "demobranch.h"
#include "hqprocess.h"
#include "sync/enrolment.h"
#include "sync/hqclient.h"
#include "sync/protocol.h"
#include "sync/syncengine.h"
#include "testcerts.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_AtRest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString problem;
        QVERIFY2(m_certs.make(m_dir.filePath(QStringLiteral("certs")), &problem),
                 qPrintable(problem));
        m_hqDb = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hq.db"));
        QVERIFY2(m_hq.start(m_hqDb, m_certs.serverPem, m_certs.serverKey), qPrintable(m_hq.log()));
        QVERIFY2(m_branch.open(120, 3), qPrintable(m_branch.problem()));
        QVERIFY2(enrol().ok(), "enrolment failed");
        m_customers = CustomerService(m_branch.db()).newest(100000);
        QVERIFY(m_customers.size() >= 120);
    }

    void aCopyOfTheDataFolderHoldsNoIdNumberAndNoToken()
    {
        Database &db = m_branch.db();
        const QString token = SettingStore::getSealed(db, SyncEngine::tokenKey());
        QVERIFY(token.size() >= 16);
        const QString copy = m_branch.filePath(QStringLiteral("copy.db"));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(copy);
        QVERIFY(q.exec());
        for (const QString &file : {db.path(), db.path() + QStringLiteral("-wal"), copy}) {
            const QByteArray bytes = fileBytes(file);
            QVERIFY2(!bytes.isEmpty() || file.endsWith(QLatin1String("-wal")), qPrintable(file));
            QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(file));
            for (const Customer &c : m_customers) {
                QCOMPARE(c.idNumber.size(), 18);
                QVERIFY2(!bytes.contains(c.idNumber.toLatin1()),
                         qPrintable(file + QLatin1Char(' ') + c.maskedIdNumber()));
            }
        }
    }

    void theCounterFindsCustomersWithTheKey()
    {
        CustomerService customers(m_branch.db());
        for (int i = 0; i < m_customers.size(); i += 17) {
            const Customer &c = m_customers.at(i);
            QCOMPARE(customers.findByIdNumber(c.idNumber)->customerId, c.customerId);
            QCOMPARE(customers.search(c.idNumber).value(0).customerId, c.customerId);
            const QString lastFour = c.idNumber.right(4);
            if (lastFour.back().isDigit()) {
                const auto found = customers.searchPartialNumber(lastFour, 1000).customers;
                QVERIFY(std::any_of(found.cbegin(), found.cend(), [&c](const Customer &other) {
                    return other.customerId == c.customerId;
                }));
            }
        }
    }

    void headquartersGetsTheRealNumbersAndTheSameHead()
    {
        Database &db = m_branch.db();
        SyncEngine engine(db);
        for (int i = 0; i < 40 && engine.state().waiting > 0; ++i) {
            const SyncEngine::Round r = engine.runOnce();
            QVERIFY2(r.error.isNull() || r.retryable, qPrintable(r.error.english()));
        }
        QCOMPARE(engine.state().waiting, 0);
        HqClient client(SyncEngine::storedConfig(db).value());
        const HqClient::Reply head = client.get(QLatin1String(Protocol::EventsHeadPath));
        QCOMPARE(head.status, 200);
        const Event local = EventLog::head(db.connection()).value();
        QCOMPARE(head.body.value(QLatin1String("acked_through")).toInteger(), local.seq);
        QCOMPARE(head.body.value(QLatin1String("hash")).toString(), local.hash);
        // Headquarters holds the real number (the escrowed audit trail), not a sealed one.
        const QByteArray hqBytes =
            fileBytes(m_hqDb.mid(7)) + fileBytes(m_hqDb.mid(7) + QStringLiteral("-wal"));
        QVERIFY(hqBytes.contains(m_customers.first().idNumber.toLatin1()));
        QVERIFY(!hqBytes.contains("sealed:v1:"));
    }

private:
    Result<DeviceIdentity> enrol()
    {
        int code = -1;
        const QString out =
            HqProcess::run({QStringLiteral("enroll-code"), QStringLiteral("--branch"),
                            QStringLiteral("TZ01"), QStringLiteral("--db"), m_hqDb},
                           &code);
        Enrolment::Request request;
        request.url = QStringLiteral("https://localhost:%1").arg(m_hq.port());
        request.code = out.trimmed();
        request.caFile = m_certs.caPem;
        request.deviceName = QStringLiteral("at-rest terminal");
        return Enrolment::enroll(m_branch.db(), request);
    }

    QTemporaryDir m_dir;
    TestCerts m_certs;
    HqProcess m_hq;
    QString m_hqDb;
    DemoBranch m_branch;
    QList<Customer> m_customers;
};

QTEST_MAIN(tst_AtRest)
#include "tst_atrest.moc"
