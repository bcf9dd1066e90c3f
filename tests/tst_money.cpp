// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Money: parsing what clerks type, formatting, and exact integer arithmetic.
#include "core/common/money.h"

#include <QTest>

#include <limits>

class tst_Money : public QObject
{
    Q_OBJECT
private slots:
    void parseAccepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowNegative");
        QTest::addColumn<qint64>("fen");

        QTest::newRow("one decimal") << QStringLiteral("1234.5") << false << qint64(123450);
        QTest::newRow("grouped") << QStringLiteral("1,234.50") << false << qint64(123450);
        QTest::newRow("yen sign") << QStringLiteral("¥1,234.50") << false << qint64(123450);
        QTest::newRow("full-width yen sign") << QStringLiteral("￥12") << false << qint64(1200);
        QTest::newRow("spaces around") << QStringLiteral(" 12.3 ") << false << qint64(1230);
        QTest::newRow("ideographic space")
            << QStringLiteral("\u300012.30\u3000") << false << qint64(1230);
        QTest::newRow("space after sign") << QStringLiteral("¥ 8.00") << false << qint64(800);
        QTest::newRow("integer") << QStringLiteral("50") << false << qint64(5000);
        QTest::newRow("fen only") << QStringLiteral("0.01") << false << qint64(1);
        QTest::newRow("leading point") << QStringLiteral(".5") << false << qint64(50);
        QTest::newRow("trailing point") << QStringLiteral("5.") << false << qint64(500);
        QTest::newRow("zero") << QStringLiteral("0") << false << qint64(0);
        QTest::newRow("zero point zero zero") << QStringLiteral("0.00") << false << qint64(0);
        QTest::newRow("minus zero is zero") << QStringLiteral("-0.00") << false << qint64(0);
        QTest::newRow("leading zeros") << QStringLiteral("007.50") << false << qint64(750);
        QTest::newRow("millions grouped")
            << QStringLiteral("1,234,567.89") << false << qint64(123456789);
        QTest::newRow("full-width digits")
            << QStringLiteral("１２３．４５") << false << qint64(12345);
        // ¥10,000,000.00 exactly is the largest amount accepted.
        QTest::newRow("limit") << QStringLiteral("10,000,000.00") << false << qint64(1000000000);
        QTest::newRow("limit ungrouped")
            << QStringLiteral("10000000") << false << qint64(1000000000);
        QTest::newRow("many leading zeros")
            << QStringLiteral("000000000000000000000000012.34") << false << qint64(1234);
        QTest::newRow("negative allowed") << QStringLiteral("-5.00") << true << qint64(-500);
        QTest::newRow("negative with sign")
            << QStringLiteral("-¥1,234.50") << true << qint64(-123450);
        QTest::newRow("sign then minus") << QStringLiteral("¥-3") << true << qint64(-300);
        QTest::newRow("negative limit")
            << QStringLiteral("-10000000.00") << true << qint64(-1000000000);
        QTest::newRow("positive with flag") << QStringLiteral("7.07") << true << qint64(707);
    }
    void parseAccepts()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowNegative);
        QFETCH(qint64, fen);
        const Result<Money> m = Money::parse(text, allowNegative);
        QVERIFY2(m.ok(), qPrintable(m.error().code() + QLatin1Char(' ') + m.error().english()));
        QCOMPARE(m->fen(), fen);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowNegative");
        QTest::addColumn<QString>("code");

        const auto row = [](const char *name, const QString &text, bool allowNegative,
                            const char *code) {
            QTest::newRow(name) << text << allowNegative << QString::fromLatin1(code);
        };
        row("empty", QString(), false, "money.empty");
        row("blank", QStringLiteral("   "), false, "money.empty");
        row("letters", QStringLiteral("12a"), false, "money.invalid_character");
        row("word", QStringLiteral("ten"), false, "money.invalid_character");
        row("yuan suffix", QStringLiteral("12元"), false, "money.invalid_character");
        row("exponent", QStringLiteral("1e5"), false, "money.invalid_character");
        row("plus sign", QStringLiteral("+5"), false, "money.invalid_character");
        row("minus in the middle", QStringLiteral("5-3"), true, "money.invalid_character");
        row("two minus signs", QStringLiteral("--5"), true, "money.invalid_character");
        row("inner space", QStringLiteral("1 234.50"), false, "money.invalid_character");
        row("two yen signs", QStringLiteral("¥¥5"), false, "money.invalid_character");
        row("sign only", QStringLiteral("¥"), false, "money.no_digits");
        row("point only", QStringLiteral("."), false, "money.no_digits");
        row("minus only", QStringLiteral("-"), true, "money.no_digits");
        row("three decimals", QStringLiteral("1.234"), false, "money.too_many_decimals");
        // A zero third decimal is refused too: the rule is about what was typed.
        row("trailing zero decimal", QStringLiteral("1.230"), false, "money.too_many_decimals");
        row("half fen", QStringLiteral("0.005"), false, "money.too_many_decimals");
        row("two points", QStringLiteral("1.2.3"), false, "money.multiple_points");
        row("double point", QStringLiteral("12..5"), false, "money.multiple_points");
        row("group of two", QStringLiteral("12,34"), false, "money.misplaced_comma");
        row("group of four", QStringLiteral("1,2345"), false, "money.misplaced_comma");
        row("first group of four", QStringLiteral("1234,567"), false, "money.misplaced_comma");
        row("leading comma", QStringLiteral(",123"), false, "money.misplaced_comma");
        row("trailing comma", QStringLiteral("123,"), false, "money.misplaced_comma");
        row("double comma", QStringLiteral("1,,234"), false, "money.misplaced_comma");
        row("comma in decimals", QStringLiteral("1.2,3"), false, "money.misplaced_comma");
        row("decimal comma", QStringLiteral("12,5"), false, "money.misplaced_comma");
        row("negative refused", QStringLiteral("-5.00"), false, "money.negative");
        row("negative with sign refused", QStringLiteral("-¥5"), false, "money.negative");
        row("huge negative refused as negative", QStringLiteral("-99999999999"), false,
            "money.negative");
        row("one fen above limit", QStringLiteral("10000000.01"), false, "money.too_large");
        row("eight digits", QStringLiteral("99,999,999"), false, "money.too_large");
        row("absurd length", QString(40, QLatin1Char('9')), false, "money.too_large");
        row("negative above limit", QStringLiteral("-10000000.01"), true, "money.too_large");
        row("beyond qint64", QStringLiteral("99999999999999999999999.99"), true, "money.too_large");
    }
    void parseRefuses()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowNegative);
        QFETCH(QString, code);
        const Result<Money> m = Money::parse(text, allowNegative);
        QVERIFY2(!m.ok(),
                 qPrintable(QStringLiteral("accepted as %1 fen").arg(m.ok() ? m->fen() : 0)));
        QCOMPARE(m.error().code(), code);
        QVERIFY(!m.error().english().isEmpty());
        QVERIFY(!m.error().english().contains(QLatin1Char('%')));
    }

    void defaultRefusesNegative()
    {
        QCOMPARE(Money::parse(QStringLiteral("-1")).error().code(),
                 QStringLiteral("money.negative"));
        QVERIFY(Money::parse(QStringLiteral("-1"), true).ok());
    }

    void format_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QString>("plain");

        QTest::newRow("zero") << qint64(0) << QStringLiteral("¥0.00") << QStringLiteral("0.00");
        QTest::newRow("one fen") << qint64(1) << QStringLiteral("¥0.01") << QStringLiteral("0.01");
        QTest::newRow("ten fen") << qint64(10) << QStringLiteral("¥0.10") << QStringLiteral("0.10");
        QTest::newRow("hundreds") << qint64(99999) << QStringLiteral("¥999.99")
                                  << QStringLiteral("999.99");
        QTest::newRow("thousand") << qint64(100000) << QStringLiteral("¥1,000.00")
                                  << QStringLiteral("1000.00");
        QTest::newRow("sample") << qint64(123450) << QStringLiteral("¥1,234.50")
                                << QStringLiteral("1234.50");
        QTest::newRow("limit") << Money::maxFen << QStringLiteral("¥10,000,000.00")
                               << QStringLiteral("10000000.00");
        QTest::newRow("negative") << qint64(-123450) << QStringLiteral("-¥1,234.50")
                                  << QStringLiteral("-1234.50");
        QTest::newRow("negative fen")
            << qint64(-5) << QStringLiteral("-¥0.05") << QStringLiteral("-0.05");
        QTest::newRow("qint64 max")
            << std::numeric_limits<qint64>::max() << QStringLiteral("¥92,233,720,368,547,758.07")
            << QStringLiteral("92233720368547758.07");
        QTest::newRow("qint64 min")
            << std::numeric_limits<qint64>::min() << QStringLiteral("-¥92,233,720,368,547,758.08")
            << QStringLiteral("-92233720368547758.08");
    }
    void format()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, formatted);
        QFETCH(QString, plain);
        const Money m = Money::fromFen(fen);
        QCOMPARE(m.format(), formatted);
        QCOMPARE(m.formatPlain(), plain);
    }

    void formatRoundTrips_data()
    {
        QTest::addColumn<qint64>("fen");
        for (qint64 fen :
             {qint64(0), qint64(1), qint64(99), qint64(100), qint64(101), qint64(123456),
              qint64(99999999), Money::maxFen, qint64(-1), qint64(-987654321), -Money::maxFen})
            QTest::addRow("%lld", static_cast<long long>(fen)) << fen;
    }
    void formatRoundTrips()
    {
        QFETCH(qint64, fen);
        const Money m = Money::fromFen(fen);
        QCOMPARE(Money::parse(m.format(), true).value(), m);
        QCOMPARE(Money::parse(m.formatPlain(), true).value(), m);
    }

    void arithmetic()
    {
        const Money a = Money::fromFen(1050);
        const Money b = Money::fromYuan(3);
        QCOMPARE((a + b).fen(), qint64(1350));
        QCOMPARE((a - b).fen(), qint64(750));
        QCOMPARE((b - a).fen(), qint64(-750));
        QCOMPARE((-a).fen(), qint64(-1050));
        Money sum;
        QVERIFY(sum.isZero());
        sum += a;
        sum += a;
        sum -= b;
        QCOMPARE(sum, Money::fromFen(1800));
        QVERIFY(sum.isPositive());
        QVERIFY((b - a).isNegative());
        // Ten times 0.10 is exactly 1.00: integer fen never drift the way 0.1 + ... does.
        Money dimes;
        for (int i = 0; i < 10; ++i)
            dimes += Money::fromFen(10);
        QCOMPARE(dimes, Money::fromYuan(1));
    }

    void comparisons_data()
    {
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<int>("order"); // -1 a<b, 0 equal, 1 a>b
        QTest::newRow("equal") << qint64(500) << qint64(500) << 0;
        QTest::newRow("less") << qint64(499) << qint64(500) << -1;
        QTest::newRow("greater") << qint64(501) << qint64(500) << 1;
        QTest::newRow("negative less") << qint64(-1) << qint64(0) << -1;
    }
    void comparisons()
    {
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(int, order);
        const Money x = Money::fromFen(a);
        const Money y = Money::fromFen(b);
        QCOMPARE(x == y, order == 0);
        QCOMPARE(x != y, order != 0);
        QCOMPARE(x < y, order < 0);
        QCOMPARE(x <= y, order <= 0);
        QCOMPARE(x > y, order > 0);
        QCOMPARE(x >= y, order >= 0);
    }

    void times_data()
    {
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");

        QTest::newRow("one") << qint64(2000) << qint64(1) << true << qint64(2000);
        QTest::newRow("three") << qint64(1050) << qint64(3) << true << qint64(3150);
        QTest::newRow("zero quantity") << qint64(1050) << qint64(0) << true << qint64(0);
        QTest::newRow("negative quantity") << qint64(1050) << qint64(-2) << true << qint64(-2100);
        QTest::newRow("exactly the limit")
            << qint64(100) << qint64(10000000) << true << Money::maxFen;
        QTest::newRow("one fen over the limit")
            << qint64(1) << Money::maxFen + 1 << false << qint64(0);
        QTest::newRow("over the limit") << qint64(100) << qint64(10000001) << false << qint64(0);
        QTest::newRow("negative over the limit")
            << qint64(-100) << qint64(10000001) << false << qint64(0);
        // The product would wrap around qint64 to a small positive number without the check.
        QTest::newRow("overflow") << qint64(4) << std::numeric_limits<qint64>::max() / 2 + 1
                                  << false << qint64(0);
        QTest::newRow("overflow min")
            << qint64(-1) << std::numeric_limits<qint64>::min() << false << qint64(0);
    }
    void times()
    {
        QFETCH(qint64, rate);
        QFETCH(qint64, quantity);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        const Result<Money> line = Money::fromFen(rate).times(quantity);
        QCOMPARE(line.ok(), ok);
        if (ok)
            QCOMPARE(line->fen(), fen);
        else
            QCOMPARE(line.error().code(), QStringLiteral("money.product_too_large"));
    }

    void errorMessageNamesTheText()
    {
        const Result<Money> m = Money::parse(QStringLiteral("1.234"));
        QVERIFY(m.error().english().contains(QStringLiteral("\"1.234\"")));
    }
};

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
