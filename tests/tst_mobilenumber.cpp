// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Mainland mobile numbers: what clerks type or paste, normalised to 11 digits, and masking.
#include "core/common/mobilenumber.h"

#include <QTest>

class tst_MobileNumber : public QObject
{
    Q_OBJECT
private slots:
    void parseAccepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");

        const auto row = [](const char *name, const QString &text, const char *value) {
            QTest::newRow(name) << text << QString::fromLatin1(value);
        };
        row("plain", QStringLiteral("13800138000"), "13800138000");
        row("spaces around", QStringLiteral(" 13800138000 "), "13800138000");
        row("grouped 3-4-4", QStringLiteral("138 0013 8000"), "13800138000");
        row("dashes", QStringLiteral("138-0013-8000"), "13800138000");
        row("+86", QStringLiteral("+8613800138000"), "13800138000");
        row("+86 with space", QStringLiteral("+86 138 0013 8000"), "13800138000");
        row("+86 with dash", QStringLiteral("+86-138-0013-8000"), "13800138000");
        row("86 prefix", QStringLiteral("8613800138000"), "13800138000");
        row("0086 prefix", QStringLiteral("008613800138000"), "13800138000");
        row("full-width", QStringLiteral("１３８００１３８０００"), "13800138000");
        row("ideographic space", QStringLiteral("138\u30000013\u30008000"), "13800138000");
        row("second digit 3", QStringLiteral("13012345678"), "13012345678");
        row("second digit 9", QStringLiteral("19912345678"), "19912345678");
        row("second digit 5", QStringLiteral("15912345678"), "15912345678");
    }
    void parseAccepts()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        const Result<MobileNumber> m = MobileNumber::parse(text);
        QVERIFY2(m.ok(), qPrintable(m.error().code() + QLatin1Char(' ') + m.error().english()));
        QCOMPARE(m->value(), value);
        QVERIFY(!m->isNull());
        QCOMPARE(MobileNumber::parse(m->value()).value(), m.value());
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");

        const auto row = [](const char *name, const QString &text, const char *code) {
            QTest::newRow(name) << text << QString::fromLatin1(code);
        };
        row("empty", QString(), "mobile.empty");
        row("blank", QStringLiteral("  - "), "mobile.empty");
        row("10 digits", QStringLiteral("1380013800"), "mobile.length");
        row("12 digits", QStringLiteral("138001380001"), "mobile.length");
        row("+86 and 10 digits", QStringLiteral("+861380013800"), "mobile.length");
        row("landline 12 digits", QStringLiteral("0755-12345678"), "mobile.length");
        row("letters", QStringLiteral("138OO138000"), "mobile.characters");
        row("parentheses", QStringLiteral("(138)00138000"), "mobile.characters");
        row("plus inside", QStringLiteral("138+00138000"), "mobile.characters");
        row("second digit 2", QStringLiteral("12012345678"), "mobile.prefix");
        row("second digit 0", QStringLiteral("10012345678"), "mobile.prefix");
        row("starts with 2", QStringLiteral("23800138000"), "mobile.prefix");
        // 86 is only a country code when 11 more digits follow; never shorten 11 digits.
        row("starts with 86, 11 digits", QStringLiteral("86138001380"), "mobile.prefix");
        row("landline 11 digits", QStringLiteral("010-62345678"), "mobile.prefix");
        row("+86 and landline", QStringLiteral("+86 01062345678"), "mobile.prefix");
    }
    void parseRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Result<MobileNumber> m = MobileNumber::parse(text);
        QVERIFY2(!m.ok(),
                 qPrintable(QStringLiteral("accepted as ") + (m.ok() ? m->value() : QString())));
        QCOMPARE(m.error().code(), code);
        QVERIFY(!m.error().english().isEmpty());
        QVERIFY(!m.error().english().contains(QLatin1Char('%')));
    }

    void mask_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("masked");
        QTest::newRow("11") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
        QTest::newRow("landline 12")
            << QStringLiteral("010-62345678") << QStringLiteral("01********78");
        QTest::newRow("short hidden") << QStringLiteral("12345") << QStringLiteral("*****");
        QTest::newRow("empty") << QString() << QString();
    }
    void mask()
    {
        QFETCH(QString, raw);
        QFETCH(QString, masked);
        QCOMPARE(MobileNumber::mask(raw), masked);
    }

    void maskedAccessor()
    {
        const Result<MobileNumber> m = MobileNumber::parse(QStringLiteral("+86 138-1234-5678"));
        QVERIFY(m.ok());
        QCOMPARE(m->masked(), QStringLiteral("138****5678"));
    }

    void nullNumber()
    {
        const MobileNumber none;
        QVERIFY(none.isNull());
        QCOMPARE(none.masked(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_MobileNumber)
#include "tst_mobilenumber.moc"
