// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Case and receipt numbers: format, parse, and refusal of anything non-canonical.
#include "core/common/documentnumber.h"

#include <QTest>

class tst_DocumentNumber : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("seq");
        QTest::addColumn<QString>("number");

        const auto row = [](const char *name, DocumentNumber::Kind kind, const char *branch,
                            QDate day, const char *device, int seq, const char *number) {
            QTest::newRow(name) << int(kind) << QString::fromUtf8(branch) << day
                                << QString::fromUtf8(device) << seq << QString::fromLatin1(number);
        };
        const QDate day(2026, 11, 23);
        row("case", DocumentNumber::Case, "TZ01", day, "D1", 7, "CSTZ01-20261123-D1-0007");
        row("receipt", DocumentNumber::Receipt, "TZ01", day, "D1", 1, "RCTZ01-20261123-D1-0001");
        row("four digits", DocumentNumber::Case, "TZ01", day, "D1", 9999,
            "CSTZ01-20261123-D1-9999");
        row("widens past 9999", DocumentNumber::Case, "TZ01", day, "D1", 10000,
            "CSTZ01-20261123-D1-10000");
        row("widens further", DocumentNumber::Receipt, "TZ01", day, "D1", 1234567,
            "RCTZ01-20261123-D1-1234567");
        row("int max", DocumentNumber::Receipt, "TZ01", day, "D1", 2147483647,
            "RCTZ01-20261123-D1-2147483647");
        row("long tags", DocumentNumber::Case, "ABCDEFGH", day, "12345678", 42,
            "CSABCDEFGH-20261123-12345678-0042");
        row("one-character tags", DocumentNumber::Case, "7", day, "X", 3, "CS7-20261123-X-0003");
        row("leap day", DocumentNumber::Case, "TZ01", QDate(2028, 2, 29), "D2", 12,
            "CSTZ01-20280229-D2-0012");
        row("new year's eve", DocumentNumber::Receipt, "CX", QDate(2026, 12, 31), "D1", 5,
            "RCCX-20261231-D1-0005");
        // Caller bugs give an empty string rather than a number that breaks uniqueness.
        row("lower-case branch", DocumentNumber::Case, "tz01", day, "D1", 1, "");
        row("branch too long", DocumentNumber::Case, "ABCDEFGHI", day, "D1", 1, "");
        row("empty branch", DocumentNumber::Case, "", day, "D1", 1, "");
        row("dash in branch", DocumentNumber::Case, "TZ-1", day, "D1", 1, "");
        row("empty device", DocumentNumber::Case, "TZ01", day, "", 1, "");
        row("Chinese device tag", DocumentNumber::Case, "TZ01", day, "一", 1, "");
        row("sequence zero", DocumentNumber::Case, "TZ01", day, "D1", 0, "");
        row("negative sequence", DocumentNumber::Case, "TZ01", day, "D1", -3, "");
        row("invalid day", DocumentNumber::Case, "TZ01", QDate(), "D1", 1, "");
    }
    void format()
    {
        QFETCH(int, kind);
        QFETCH(QString, branch);
        QFETCH(QDate, day);
        QFETCH(QString, device);
        QFETCH(int, seq);
        QFETCH(QString, number);
        const auto k = static_cast<DocumentNumber::Kind>(kind);
        QCOMPARE(DocumentNumber::format(k, branch, day, device, seq), number);
        if (number.isEmpty())
            return;
        const std::optional<DocumentNumber::Parts> parts = DocumentNumber::parse(number);
        QVERIFY(parts.has_value());
        QCOMPARE(int(parts->kind), kind);
        QCOMPARE(parts->branch, branch);
        QCOMPARE(parts->day, day);
        QCOMPARE(parts->deviceTag, device);
        QCOMPARE(parts->seq, seq);
        QCOMPARE(DocumentNumber::format(*parts), number);
    }

    void parseTolerates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("spaces") << QStringLiteral("  CSTZ01-20261123-D1-0007 ")
                                << QStringLiteral("CSTZ01-20261123-D1-0007");
        QTest::newRow("lower case") << QStringLiteral("rctz01-20261123-d1-0001")
                                    << QStringLiteral("RCTZ01-20261123-D1-0001");
    }
    void parseTolerates()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto parts = DocumentNumber::parse(text);
        QVERIFY(parts.has_value());
        QCOMPARE(DocumentNumber::format(*parts), canonical);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, const char *text) {
            QTest::newRow(name) << QString::fromUtf8(text);
        };
        row("empty", "");
        row("unknown prefix", "XXTZ01-20261123-D1-0007");
        row("no branch", "CS-20261123-D1-0007");
        row("branch too long", "CSABCDEFGHI-20261123-D1-0007");
        row("three fields", "CSTZ01-20261123-0007");
        row("five fields", "CSTZ01-20261123-D1-0007-1");
        row("short date", "CSTZ01-2026113-D1-0007");
        row("impossible date", "CSTZ01-20261131-D1-0007");
        row("not a leap year", "CSTZ01-20270229-D1-0007");
        row("short sequence", "CSTZ01-20261123-D1-007");
        row("zero sequence", "CSTZ01-20261123-D1-0000");
        row("superfluous leading zero", "CSTZ01-20261123-D1-01234");
        row("letter in sequence", "CSTZ01-20261123-D1-00O7");
        row("sign in sequence", "CSTZ01-20261123-D1-+007");
        row("sequence beyond int", "CSTZ01-20261123-D1-2147483648");
        row("eleven-digit sequence", "CSTZ01-20261123-D1-12345678901");
        row("empty device", "CSTZ01-20261123--0007");
        row("device too long", "CSTZ01-20261123-D12345678-0007");
        row("underscore in device", "CSTZ01-20261123-D_1-0007");
        row("full-width digits", "CSTZ01-２０２６１１２３-D1-0007");
        row("inner space", "CSTZ01 -20261123-D1-0007");
    }
    void parseRefuses()
    {
        QFETCH(QString, text);
        QVERIFY(!DocumentNumber::parse(text).has_value());
    }

    void prefixes()
    {
        QCOMPARE(DocumentNumber::prefix(DocumentNumber::Case), QStringLiteral("CS"));
        QCOMPARE(DocumentNumber::prefix(DocumentNumber::Receipt), QStringLiteral("RC"));
    }

    void sequenceOrderSortsAsText()
    {
        // Within one device and day the 4-digit padding keeps text order = issue order up
        // to 9999, which is what list views sorting by number rely on.
        const QDate day(2026, 11, 23);
        const auto n = [day](int seq) {
            return DocumentNumber::format(DocumentNumber::Case, QStringLiteral("TZ01"), day,
                                          QStringLiteral("D1"), seq);
        };
        QVERIFY(n(9) < n(10));
        QVERIFY(n(999) < n(1000));
        QVERIFY(n(1000) < n(9999));
    }
};

QTEST_GUILESS_MAIN(tst_DocumentNumber)
#include "tst_documentnumber.moc"
