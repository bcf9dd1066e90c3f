// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseHistoryModel: every event that names the case, oldest first, described for the
// clerk, and refreshed when the case moves on.
#include "casefixture.h"
#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/storage/writetransaction.h"
#include "models/casehistorymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_CaseHistoryModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<CaseFixture> m_f;

private slots:
    void init()
    {
        m_f = std::make_unique<CaseFixture>();
        QVERIFY2(m_f->open(), qPrintable(m_f->problem()));
    }
    void cleanup()
    {
        m_f.reset();
        Clock::reset();
    }

    void stepsOfACase()
    {
        const QString no = m_f->acceptedCase(QStringLiteral("G032"), QDate(2026, 11, 2));
        QVERIFY(!no.isEmpty());
        const QString other = m_f->acceptedCase(QStringLiteral("G001"), QDate(2026, 11, 2));
        CaseHistoryModel model(m_f->db(), no);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CaseHistoryModel::StepColumn).data().toString(),
                 CaseHistoryModel::stepName(QStringLiteral("case.registered")));
        QVERIFY(model.index(1, CaseHistoryModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("2026-12-14"))); // 30 working days
        QCOMPARE(model.index(1, CaseHistoryModel::StaffColumn).data().toString(),
                 QStringLiteral("1001"));

        CaseService cases(m_f->db());
        QVERIFY(cases.forward(CaseFixture::clerk(), no, QStringLiteral("县自然资源局")).ok());
        QVERIFY(cases
                    .extend(CaseFixture::clerk(), no, 10, QStringLiteral("需县级勘界"),
                            CaseFixture::supervisor())
                    .ok());
        {
            WriteTransaction tx(m_f->db());
            QVERIFY(cases
                        .recordDecision(tx, no, QStringLiteral("approved"),
                                        QStringLiteral("同意颁证"), QString())
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(model.rowCount(), 5); // refreshed by the writes
        QCOMPARE(model.index(2, CaseHistoryModel::DetailsColumn).data().toString(),
                 CaseHistoryModel::describe(model.event(2)));
        QVERIFY(model.index(2, CaseHistoryModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("县自然资源局")));
        const QString extension = model.index(3, CaseHistoryModel::DetailsColumn).data().toString();
        QVERIFY2(extension.contains(QStringLiteral("需县级勘界")) &&
                     extension.contains(QLatin1String("2001")) &&
                     extension.contains(QLatin1String("2026-12-28")),
                 qPrintable(extension));
        // The decision came from headquarters, not from a staff member.
        QCOMPARE(model.index(4, CaseHistoryModel::StaffColumn).data().toString(),
                 CaseHistoryModel::tr("Headquarters"));
        QVERIFY(model.index(4, CaseHistoryModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("同意颁证")));
        for (int c = 0; c < CaseHistoryModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(CaseHistoryModel(m_f->db(), other).rowCount(), 2);
    }
};

QTEST_MAIN(tst_CaseHistoryModel)
#include "tst_casehistorymodel.moc"
