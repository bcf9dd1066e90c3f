// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CaseListModel: pages from SQL as the view scrolls, every filter, the due-date order, the
// yellow and red rows of due-soon and overdue cases, and the refresh after a write; always
// under QAbstractItemModelTester.
#include "casefixture.h"
#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/storage/writetransaction.h"
#include "models/caselistmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSet>
#include <QTest>

class tst_CaseListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseFixture> m_f;
    // Wednesday 11 November 2026: due soon up to Friday the 13th.
    const QDate m_today{2026, 11, 11};

    QStringList caseNumbers(CaseListModel &model)
    {
        QStringList list;
        for (int r = 0; r < model.rowCount(); ++r)
            list.append(model.index(r, 0).data(CaseListModel::CaseNoRole).toString());
        return list;
    }

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

    void pagesAsTheViewScrolls()
    {
        CaseFixture::setToday(m_today);
        {
            // 250 cases in one transaction, as the demo seeder writes them.
            CaseService cases(m_f->db());
            WriteTransaction tx(m_f->db());
            NewCase c;
            c.itemCode = QStringLiteral("T09");
            c.customerId = m_f->customer();
            c.formData = CaseFixture::validForm(m_f->item(QStringLiteral("T09")));
            for (int i = 0; i < 250; ++i)
                QVERIFY(cases.registerCase(tx, CaseFixture::clerk(), c).ok());
            QVERIFY(tx.commit().ok());
        }
        CaseListModel model(m_f->db());
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * CaseListModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        const QStringList numbers = caseNumbers(model);
        QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), 250);
        // Newest first: the day's last number on top.
        QCOMPARE(numbers.first(), QStringLiteral("CSTZ01-20261111-D1-0250"));
        QCOMPARE(numbers.last(), QStringLiteral("CSTZ01-20261111-D1-0001"));

        // (The tester fetches more by itself, so it watches from here on.)
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A write elsewhere reloads the list, keeping what was loaded.
        QVERIFY(!m_f->registeredCase(QStringLiteral("T09")).isEmpty());
        QCOMPARE(model.rowCount(), 251);
        QCOMPARE(model.index(0, CaseListModel::CaseNoColumn).data().toString(),
                 QStringLiteral("CSTZ01-20261111-D1-0251"));
    }

    void dueStatesAndColours()
    {
        // G001 has 10 working days: accepted 28 Oct → due 11 Nov (today); 20 Oct → 3 Nov.
        const QString dueToday = m_f->acceptedCase(QStringLiteral("G001"), QDate(2026, 10, 28));
        const QString overdue = m_f->acceptedCase(QStringLiteral("G001"), QDate(2026, 10, 20));
        const QString onTrack = m_f->acceptedCase(QStringLiteral("G001"), QDate(2026, 11, 9));
        const QString done = m_f->acceptedCase(QStringLiteral("G001"), QDate(2026, 10, 1));
        CaseFixture::setToday(QDate(2026, 10, 30));
        QVERIFY(CaseService(m_f->db()).complete(CaseFixture::clerk(), done).ok());
        // A complaint received 21 October is due 15 working days later: 11 November.
        const QString complaint = m_f->complaint(QStringLiteral("T06"), QDate(2026, 10, 21));
        const QString waiting = m_f->registeredCase(QStringLiteral("G010"));
        CaseFixture::setToday(m_today);

        CaseListModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        const auto stateOf = [&model](const QString &no) {
            return DueState(
                model.index(model.rowOf(no), 0).data(CaseListModel::DueStateRole).toInt());
        };
        QCOMPARE(stateOf(dueToday), DueState::DueSoon);
        QCOMPARE(stateOf(overdue), DueState::Overdue);
        QCOMPARE(stateOf(onTrack), DueState::OnTrack);
        QCOMPARE(stateOf(done), DueState::None);
        QCOMPARE(stateOf(complaint), DueState::DueSoon);
        QCOMPARE(stateOf(waiting), DueState::None);
        // Yellow and red on every column of the row; nothing on the others.
        for (int c = 0; c < CaseListModel::ColumnCount; ++c) {
            QCOMPARE(model.index(model.rowOf(dueToday), c)
                         .data(Qt::BackgroundRole)
                         .value<QBrush>()
                         .color(),
                     CaseListModel::dueBackground(DueState::DueSoon));
            QCOMPARE(model.index(model.rowOf(overdue), c)
                         .data(Qt::BackgroundRole)
                         .value<QBrush>()
                         .color(),
                     CaseListModel::dueBackground(DueState::Overdue));
            QVERIFY(!model.index(model.rowOf(onTrack), c).data(Qt::BackgroundRole).isValid());
            QVERIFY(!model.index(model.rowOf(done), c).data(Qt::BackgroundRole).isValid());
        }
        QVERIFY(CaseListModel::dueBackground(DueState::DueSoon) !=
                CaseListModel::dueBackground(DueState::Overdue));
        QCOMPARE(model.index(model.rowOf(overdue), CaseListModel::DueStateColumn).data().toString(),
                 CaseDeadline::displayName(DueState::Overdue));

        CaseFilter f;
        f.due = CaseFilter::Due::Overdue;
        model.setFilter(f);
        QCOMPARE(caseNumbers(model), QStringList{overdue});
        f.due = CaseFilter::Due::DueSoon;
        model.setFilter(f);
        const QStringList soon = caseNumbers(model);
        QCOMPARE(QSet<QString>(soon.cbegin(), soon.cend()), QSet<QString>({dueToday, complaint}));
        f.due = CaseFilter::Due::Warnings;
        f.order = CaseFilter::Order::DueDate;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(caseNumbers(model).first(), overdue); // the oldest due date first

        // Open cases by due date: those without one (waiting for acceptance) last.
        f = CaseFilter();
        f.status = CaseFilter::openStatus();
        f.order = CaseFilter::Order::DueDate;
        model.setFilter(f);
        QCOMPARE(caseNumbers(model), QStringList({overdue, dueToday, complaint, onTrack, waiting}));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << "" << 7;
        QTest::newRow("status accepted") << "status=accepted" << 3;
        QTest::newRow("status registered") << "status=registered" << 4;
        QTest::newRow("open") << "status=open" << 7;
        QTest::newRow("complaints") << "kind=complaint" << 1;
        QTest::newRow("petitions") << "kind=petition" << 0;
        QTest::newRow("applications") << "kind=case" << 6;
        QTest::newRow("telecom window") << "window=W05" << 2;
        QTest::newRow("item G001") << "item=G001" << 2;
        QTest::newRow("other clerk") << "clerk=1002" << 2;
        QTest::newRow("second customer") << "customer=1" << 1;
        QTest::newRow("case number prefix") << "prefix=cstz01-20261111" << 7;
        QTest::newRow("another day's numbers") << "prefix=CSTZ01-20261112" << 0;
        QTest::newRow("window and item") << "window=W01,item=G001" << 2;
    }
    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(int, rows);
        CaseFixture::setToday(m_today);
        QVERIFY(!m_f->acceptedCase(QStringLiteral("G001"), m_today).isEmpty());
        QVERIFY(!m_f->acceptedCase(QStringLiteral("G001"), m_today).isEmpty());
        QVERIFY(!m_f->acceptedCase(QStringLiteral("T06"), m_today, CaseFixture::otherClerk())
                     .isEmpty());
        QVERIFY(!m_f->registeredCase(QStringLiteral("T01"), CaseFixture::otherClerk()).isEmpty());
        QVERIFY(!m_f->registeredCase(QStringLiteral("G010")).isEmpty());
        QVERIFY(!m_f->registeredCase(QStringLiteral("G020"), CaseFixture::clerk(), 1).isEmpty());
        QVERIFY(!m_f->complaint(QStringLiteral("T06"), m_today).isEmpty());

        CaseFilter f;
        for (const QString &part : filter.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = part.section(QLatin1Char('='), 0, 0);
            const QString value = part.section(QLatin1Char('='), 1);
            if (key == QLatin1String("status"))
                f.status = value;
            if (key == QLatin1String("kind")) {
                CaseKind kind;
                QVERIFY(CaseState::kindFromKey(value, &kind));
                f.kind = kind;
            }
            if (key == QLatin1String("window"))
                f.windowCode = value;
            if (key == QLatin1String("item"))
                f.itemCode = value;
            if (key == QLatin1String("clerk"))
                f.clerk = value;
            if (key == QLatin1String("customer"))
                f.customerId = m_f->customer(value.toInt());
            if (key == QLatin1String("prefix"))
                f.caseNoPrefix = value;
        }
        CaseListModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(f);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(!model.canFetchMore({}));
    }

    void showsWhatTheClerkNeeds()
    {
        const QString no = m_f->acceptedCase(QStringLiteral("G001"), m_today);
        QVERIFY(CaseService(m_f->db())
                    .extend(CaseFixture::clerk(), no, 5, QStringLiteral("需入户核实"),
                            CaseFixture::supervisor())
                    .ok());
        CaseListModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const auto text = [&model](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(text(CaseListModel::CaseNoColumn), no);
        QCOMPARE(text(CaseListModel::ItemColumn), m_f->item(QStringLiteral("G001")).name);
        QCOMPARE(text(CaseListModel::ApplicantColumn), m_f->customerName());
        QVERIFY(text(CaseListModel::StatusColumn)
                    .contains(CaseState::displayName(CaseStatus::Accepted)));
        QVERIFY(text(CaseListModel::StatusColumn).size() >
                CaseState::displayName(CaseStatus::Accepted).size());
        QCOMPARE(text(CaseListModel::WindowColumn), QStringLiteral("W01"));
        QCOMPARE(text(CaseListModel::ClerkColumn), QStringLiteral("1001"));
        QCOMPARE(text(CaseListModel::RegisteredColumn), QStringLiteral("2026-11-11"));
        QCOMPARE(text(CaseListModel::DueColumn), QStringLiteral("2026-12-02")); // 10 + 5 days
        for (int c = 0; c < CaseListModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(tst_CaseListModel)
#include "tst_caselistmodel.moc"
