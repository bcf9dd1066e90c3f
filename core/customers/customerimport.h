// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class Database;
struct Session;

// One refused row of an import file: where, which column and why.
struct ImportProblem
{
    int line = 0;  // the file's line where the row begins (the header is line 1)
    QString field; // the column (name, id_number, phone…), or "row" for the row as a whole
    Error error;

    // "第 5 行，id_number：…" in the UI language, or the English sentence.
    QString message() const;
    QString english() const;
};

// What an import did, or would have done.
struct CustomerImportReport
{
    QString encoding; // "UTF-8" or "GB18030"
    int rows = 0;     // data rows read (blank lines are skipped)
    int imported = 0; // customers registered: all rows, or none
    QList<ImportProblem> problems;
    QStringList ignoredColumns; // columns the import does not know
};

// halldeskctl import-customers: customers from a CSV file, all or nothing. The header
// names the columns name, id_number, phone and address in any order; id_type, vip, notes
// and preferences are read when present, other columns are ignored. The file is UTF-8
// (with or without BOM) or GB18030 (what Excel writes on a Chinese Windows); the encoding
// is detected. Every row is checked as the counter checks a registration
// (CustomerService, one customer.registered event each), in one transaction committed only
// when no row has a problem; otherwise nothing is written and every bad row is reported.
class CustomerImport
{
public:
    static constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;

    // File-level refusals: import.unreadable, import.too_large, import.encoding,
    // import.empty, import.quote (an unterminated quoted field), import.header (a
    // required column missing or a column twice). Row problems are in the report.
    static Result<CustomerImportReport> importFile(Database &db, const Session &session,
                                                   const QString &path);
    static Result<CustomerImportReport> importBytes(Database &db, const Session &session,
                                                    const QByteArray &bytes);

    // The text of the file, and the encoding it was in.
    static Result<QString> decode(const QByteArray &bytes, QString *encoding);

    struct Record
    {
        int line = 0;
        QStringList fields;
    };
    // RFC 4180 CSV: commas, double quotes around fields with commas, quotes or line breaks
    // ("" for a quote), CRLF or LF line ends.
    static Result<QList<Record>> parse(const QString &text);

    static QStringList requiredColumns();
    static QStringList optionalColumns();
};
