// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Resident ID numbers (GB 11643-1999): checksum, birth date, province, 15 -> 18, masking.
//
// Every 18-character number below was checked with ISO 7064 MOD 11-2: weights
// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over the first 17 digits, sum mod 11 indexes
// "10X98765432". For example 11010519491231002 gives
// 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167,
// 167 mod 11 = 2, so the check character is X: 11010519491231002X (the public sample).
#include "core/common/clock.h"
#include "core/common/idnumber.h"

#include <QTest>

class tst_IdNumber : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // Noon UTC is 23 November 2026 in every time zone from UTC-11 to UTC+11.
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
    }
    void cleanup() { Clock::reset(); }

    void checkCharacter_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QString>("check");
        QTest::newRow("public sample, X")
            << QStringLiteral("11010519491231002") << QStringLiteral("X");
        QTest::newRow("X again") << QStringLiteral("11010519000101001") << QStringLiteral("X");
        QTest::newRow("7") << QStringLiteral("44030419800101001") << QStringLiteral("7");
        QTest::newRow("8") << QStringLiteral("11010120000229001") << QStringLiteral("8");
        QTest::newRow("9") << QStringLiteral("31011519900307123") << QStringLiteral("9");
        QTest::newRow("2") << QStringLiteral("51010719850615006") << QStringLiteral("2");
        QTest::newRow("1") << QStringLiteral("11010519491231001") << QStringLiteral("1");
        QTest::newRow("0") << QStringLiteral("11010520261124001") << QStringLiteral("0");
        QTest::newRow("5") << QStringLiteral("11010520261123001") << QStringLiteral("5");
        QTest::newRow("6") << QStringLiteral("11010519491231004") << QStringLiteral("6");
    }
    void checkCharacter()
    {
        QFETCH(QString, first17);
        QFETCH(QString, check);
        QCOMPARE(QString(IdNumber::checkCharacter(first17)), check);
    }

    void parseAccepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");

        QTest::newRow("public sample")
            << QStringLiteral("11010519491231002X") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << false;
        QTest::newRow("lower-case x")
            << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << false;
        QTest::newRow("spaces around")
            << QStringLiteral("  11010519491231002X \t") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << false;
        QTest::newRow("grouped with spaces")
            << QStringLiteral("110105 19491231 002X") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << false;
        QTest::newRow("full-width")
            << QStringLiteral("１１０１０５１９４９１２３１００２ｘ")
            << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << false;
        QTest::newRow("Shenzhen, male")
            << QStringLiteral("440304198001010017") << QStringLiteral("440304198001010017")
            << QDate(1980, 1, 1) << true;
        QTest::newRow("female, sequence 002")
            << QStringLiteral("440304198001010025") << QStringLiteral("440304198001010025")
            << QDate(1980, 1, 1) << false;
        QTest::newRow("male, sequence 123")
            << QStringLiteral("310115199003071239") << QStringLiteral("310115199003071239")
            << QDate(1990, 3, 7) << true;
        QTest::newRow("Chengdu, female")
            << QStringLiteral("510107198506150062") << QStringLiteral("510107198506150062")
            << QDate(1985, 6, 15) << false;
        QTest::newRow("Xinjiang") << QStringLiteral("650102199912310029")
                                  << QStringLiteral("650102199912310029") << QDate(1999, 12, 31)
                                  << false;
        QTest::newRow("Hainan") << QStringLiteral("460000197007070077")
                                << QStringLiteral("460000197007070077") << QDate(1970, 7, 7)
                                << true;
        // Leap days: 2000 is a leap year (divisible by 400), 1988 an ordinary leap year.
        QTest::newRow("leap day 2000")
            << QStringLiteral("110101200002290018") << QStringLiteral("110101200002290018")
            << QDate(2000, 2, 29) << true;
        QTest::newRow("leap day 1988, X")
            << QStringLiteral("11010519880229002X") << QStringLiteral("11010519880229002X")
            << QDate(1988, 2, 29) << false;
        QTest::newRow("first day of 1900")
            << QStringLiteral("11010519000101001X") << QStringLiteral("11010519000101001X")
            << QDate(1900, 1, 1) << true;
        QTest::newRow("born today")
            << QStringLiteral("110105202611230015") << QStringLiteral("110105202611230015")
            << QDate(2026, 11, 23) << true;
        QTest::newRow("Taiwan") << QStringLiteral("710000199001010015")
                                << QStringLiteral("710000199001010015") << QDate(1990, 1, 1)
                                << true;
        QTest::newRow("HK residence permit")
            << QStringLiteral("810000199001010019") << QStringLiteral("810000199001010019")
            << QDate(1990, 1, 1) << true;
        QTest::newRow("TW residence permit")
            << QStringLiteral("830000199001010012") << QStringLiteral("830000199001010012")
            << QDate(1990, 1, 1) << true;
        QTest::newRow("foreigner permanent residence")
            << QStringLiteral("910000199001010012") << QStringLiteral("910000199001010012")
            << QDate(1990, 1, 1) << true;
        // First-generation 15-digit numbers: area + YYMMDD + sequence; the 18-character
        // form inserts "19" and appends the computed check character.
        QTest::newRow("15 -> 18, check X")
            << QStringLiteral("110105491231002") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << false;
        QTest::newRow("15 -> 18, male")
            << QStringLiteral("130503670401001") << QStringLiteral("130503196704010016")
            << QDate(1967, 4, 1) << true;
        QTest::newRow("15 -> 18, leap day 1980")
            << QStringLiteral("440301800229123") << QStringLiteral("440301198002291237")
            << QDate(1980, 2, 29) << true;
    }
    void parseAccepts()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        const Result<IdNumber> id = IdNumber::parse(text);
        QVERIFY2(id.ok(), qPrintable(id.error().code() + QLatin1Char(' ') + id.error().english()));
        QCOMPARE(id->value(), value);
        QCOMPARE(id->value().size(), 18);
        QCOMPARE(id->birthDate(), birth);
        QCOMPARE(id->isMale(), male);
        QCOMPARE(id->areaCode(), value.left(6));
        QVERIFY(!id->isNull());
        // What parse gives, parse takes back unchanged (stored values re-read from disk).
        QCOMPARE(IdNumber::parse(id->value()).value(), id.value());
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");

        const auto row = [](const char *name, const QString &text, const char *code) {
            QTest::newRow(name) << text << QString::fromLatin1(code);
        };
        row("empty", QString(), "id.empty");
        row("blank", QStringLiteral("   "), "id.empty");
        row("17 characters", QStringLiteral("11010519491231002"), "id.length");
        row("19 characters", QStringLiteral("11010519491231002X1"), "id.length");
        row("16 characters", QStringLiteral("1101051949123100"), "id.length");
        row("X in the middle", QStringLiteral("1101051949123X002X"), "id.characters");
        row("letter", QStringLiteral("11010519491231O02X"), "id.characters");
        row("check letter other than X", QStringLiteral("11010519491231002Y"), "id.characters");
        row("15 with X", QStringLiteral("11010549123100X"), "id.characters");
        row("dashes", QStringLiteral("110105-19491231-002X"), "id.characters");
        row("X alone", QStringLiteral("X"), "id.length");
        row("X first", QStringLiteral("X10105194912310021"), "id.characters");
        // Wrong check characters: 1 is right for ...001, X for ...002.
        row("wrong check digit", QStringLiteral("110105194912310012"), "id.checksum");
        row("X where 1 belongs", QStringLiteral("11010519491231001X"), "id.checksum");
        row("digit where X belongs", QStringLiteral("110105194912310020"), "id.checksum");
        row("year digits swapped", QStringLiteral("11010591491231002X"), "id.birth_future");
        row("one digit typed wrong", QStringLiteral("11010519491231003X"), "id.checksum");
        row("adjacent digits swapped", QStringLiteral("11100519491231002X"), "id.checksum");
        // Unknown provinces (the check characters are right: only the region is wrong).
        row("province 99", QStringLiteral("990105194912310015"), "id.region");
        row("province 16", QStringLiteral("160105194912310010"), "id.region");
        row("province 00", QStringLiteral("000000199001010018"), "id.region");
        row("15-digit province 99", QStringLiteral("990105491231002"), "id.region");
        // Birth dates that do not exist, with correct check characters.
        row("29 Feb 1949", QStringLiteral("110105194902290010"), "id.birth_date");
        row("29 Feb 1900, not a leap year", QStringLiteral("110105190002290017"), "id.birth_date");
        row("month 13", QStringLiteral("110105194913010010"), "id.birth_date");
        row("month 00", QStringLiteral("110105194900000016"), "id.birth_date");
        row("15-digit 30 Feb", QStringLiteral("110105490230002"), "id.birth_date");
        row("born 1899", QStringLiteral("110105189912310015"), "id.birth_too_early");
        row("born tomorrow", QStringLiteral("110105202611240010"), "id.birth_future");
        row("born 2030", QStringLiteral("11010520300101001X"), "id.birth_future");
    }
    void parseRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Result<IdNumber> id = IdNumber::parse(text);
        QVERIFY2(!id.ok(),
                 qPrintable(QStringLiteral("accepted as ") + (id.ok() ? id->value() : QString())));
        QCOMPARE(id.error().code(), code);
        QVERIFY(!id.error().english().isEmpty());
        QVERIFY(!id.error().english().contains(QLatin1Char('%')));
    }

    void checksumMessageSaysWhatToDo()
    {
        const Result<IdNumber> id = IdNumber::parse(QStringLiteral("110105194912310012"));
        QVERIFY(id.error().english().contains(QStringLiteral("check digit")));
        QVERIFY(id.error().english().contains(QStringLiteral("against the card")));
    }

    void futureDependsOnTheClock()
    {
        // Born 24 Nov 2026: refused on the 23rd, accepted from the 24th.
        const QString text = QStringLiteral("110105202611240010");
        QCOMPARE(IdNumber::parse(text).error().code(), QStringLiteral("id.birth_future"));
        Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));
        QVERIFY(IdNumber::parse(text).ok());
    }

    void everySingleDigitErrorIsCaught()
    {
        // MOD 11-2 catches every single-character substitution: try them all on the sample.
        const QString good = QStringLiteral("11010519491231002X");
        for (qsizetype i = 0; i < good.size(); ++i) {
            const QString chars =
                i == 17 ? QStringLiteral("0123456789X") : QStringLiteral("0123456789");
            for (QChar c : chars) {
                if (c == good.at(i))
                    continue;
                QString bad = good;
                bad[i] = c;
                QVERIFY2(!IdNumber::parse(bad).ok(), qPrintable(bad));
            }
        }
    }

    void mask_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("masked");
        QTest::newRow("18") << QStringLiteral("11010519491231002X")
                            << QStringLiteral("110105********002X");
        QTest::newRow("18 digits")
            << QStringLiteral("440304198001010017") << QStringLiteral("440304********0017");
        QTest::newRow("15, legacy")
            << QStringLiteral("110105491231002") << QStringLiteral("11***********02");
        QTest::newRow("passport-like 9")
            << QStringLiteral("E12345678") << QStringLiteral("E1*****78");
        QTest::newRow("8 keeps 2 + 2") << QStringLiteral("12345678") << QStringLiteral("12****78");
        QTest::newRow("7 hidden") << QStringLiteral("1234567") << QStringLiteral("*******");
        QTest::newRow("1 hidden") << QStringLiteral("1") << QStringLiteral("*");
        QTest::newRow("empty") << QString() << QString();
    }
    void mask()
    {
        QFETCH(QString, raw);
        QFETCH(QString, masked);
        QCOMPARE(IdNumber::mask(raw), masked);
        QCOMPARE(IdNumber::mask(raw).size(), raw.size());
    }

    void maskedAccessor()
    {
        const Result<IdNumber> id = IdNumber::parse(QStringLiteral("11010519491231002x"));
        QVERIFY(id.ok());
        QCOMPARE(id->masked(), QStringLiteral("110105********002X"));
        QVERIFY(!id->masked().contains(QStringLiteral("19491231")));
    }

    void nullId()
    {
        const IdNumber none;
        QVERIFY(none.isNull());
        QVERIFY(!none.birthDate().isValid());
        QVERIFY(!none.isMale());
        QCOMPARE(none.masked(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_IdNumber)
#include "tst_idnumber.moc"
