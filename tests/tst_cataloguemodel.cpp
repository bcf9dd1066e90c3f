// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogueModel: the demo catalogue searched by name, code and department, literally
// (no wildcards), with the window's name and the time limit as the guide states them.
#include "casefixture.h"
#include "models/cataloguemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_CatalogueModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<CaseFixture> m_f;

    QStringList codes(const CatalogueModel &model)
    {
        QStringList list;
        for (int r = 0; r < model.rowCount(); ++r)
            list.append(model.index(r, 0).data(CatalogueModel::CodeRole).toString());
        return list;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<CaseFixture>();
        QVERIFY2(m_f->open(0), qPrintable(m_f->problem()));
    }
    void cleanup() { m_f.reset(); }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // codes, comma-separated
        QTest::newRow("code prefix") << "G03"
                                     << "G030,G031,G032,G033,G034";
        QTest::newRow("name part") << "宅基地"
                                   << "G030,G031";
        QTest::newRow("department") << "镇民政办公室"
                                    << "G010,G011,G013,G014";
        QTest::newRow("lower-case code") << "t0"
                                         << "T01,T02,T03,T04,T05,T06,T07,T08,T09";
        QTest::newRow("wildcards are literal") << "%"
                                               << "";
        QTest::newRow("underscore is literal") << "G_1"
                                               << "";
        QTest::newRow("nothing like it") << "宇宙飞船"
                                         << "";
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        CatalogueModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 29); // every active item of the demo catalogue
        model.setSearchText(text);
        QCOMPARE(codes(model), expected.split(QLatin1Char(','), Qt::SkipEmptyParts));
    }

    void columns()
    {
        CatalogueModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOf(QStringLiteral("G001"));
        QVERIFY(row >= 0);
        const auto text = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(CatalogueModel::NameColumn), QStringLiteral("生育服务证（生育登记）办理"));
        QCOMPARE(text(CatalogueModel::DepartmentColumn), QStringLiteral("镇卫生健康办公室"));
        QCOMPARE(text(CatalogueModel::WindowColumn), QStringLiteral("W01 综合窗口"));
        QCOMPARE(text(CatalogueModel::ModeColumn),
                 CatalogueModel::modeName(QStringLiteral("commitment")));
        QCOMPARE(text(CatalogueModel::LimitColumn),
                 CatalogueModel::limitText(QStringLiteral("commitment"), 10));
        QVERIFY(text(CatalogueModel::LimitColumn).contains(QLatin1String("10")));
        const int immediate = model.rowOf(QStringLiteral("T06"));
        QCOMPARE(model.index(immediate, CatalogueModel::LimitColumn).data().toString(),
                 CatalogueModel::limitText(QStringLiteral("immediate"), 0));
        QVERIFY(CatalogueModel::limitText(QStringLiteral("immediate"), 0) !=
                CatalogueModel::limitText(QStringLiteral("commitment"), 1));
        for (int c = 0; c < CatalogueModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(tst_CatalogueModel)
#include "tst_cataloguemodel.moc"
