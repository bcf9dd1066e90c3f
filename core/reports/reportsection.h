// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One cell of a report table. It keeps its kind so the screen and the printout show
// "¥1,234.50" and "93.5%" while the CSV carries 1234.50 and 93.5% for a spreadsheet.
class ReportValue
{
public:
    enum class Kind { Empty, Text, Count, Money, Percent, Minutes, Score };

    ReportValue() = default;
    static ReportValue text(const QString &text);
    static ReportValue count(qint64 n);
    static ReportValue money(qint64 fen);
    static ReportValue ratio(qint64 part, qint64 whole); // Empty when whole is 0
    static ReportValue minutes(double minutes);          // Empty when negative (unknown)
    static ReportValue score(double average);            // Empty when negative (no ratings)

    Kind kind() const { return m_kind; }
    bool isNumber() const { return m_kind != Kind::Empty && m_kind != Kind::Text; }
    // Numbers and the "-" of a number not known sit right, text left.
    bool alignsRight() const { return m_kind != Kind::Text; }
    qint64 integer() const { return m_integer; } // Count, Money (fen)
    double real() const { return m_real; }       // Percent (0-100), Minutes, Score
    // For the screen and print: grouped digits, currency sign; "-" when empty.
    QString display() const;
    // For CSV: plain digits a spreadsheet reads as numbers; empty when empty.
    QString csv() const;

private:
    Kind m_kind = Kind::Empty;
    QString m_text;
    qint64 m_integer = 0;
    double m_real = 0;
};

using ReportRow = QList<ReportValue>;

// A titled table of a report. A section with no rows says emptyText instead.
struct ReportSection
{
    QString id; // stable, for tests and the CSV ("cases_by_item")
    QString title;
    QStringList columns;
    QList<ReportRow> rows;
    bool lastRowIsTotal = false;
    QString emptyText;
    QString note; // shown below the table (a list cut short, how a figure is counted)

    bool isEmpty() const { return rows.isEmpty(); }
};
