// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/customerimport.h"

#include "core/common/idnumber.h"
#include "core/customers/customer.h"
#include "core/customers/customerservice.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace {

const char *const kProblemSource = QT_TRANSLATE_NOOP("Error", "Line %1, %2: %3");

// The column a registration refusal is about, from its code.
QString fieldOf(const Error &error, const NewCustomer &row)
{
    const QString code = error.code();
    if (code == QLatin1String("customer.bad_name"))
        return QStringLiteral("name");
    if (code == QLatin1String("customer.bad_id_type"))
        return QStringLiteral("id_type");
    if (code.startsWith(QLatin1String("id.")) || code == QLatin1String("customer.bad_id_number") ||
        code == QLatin1String("customer.duplicate_id"))
        return QStringLiteral("id_number");
    if (code.startsWith(QLatin1String("mobile.")))
        return QStringLiteral("phone");
    if (code == QLatin1String("customer.bad_preferences"))
        return QStringLiteral("preferences");
    if (code == QLatin1String("customer.bad_text"))
        return row.address.trimmed().size() > 200 ? QStringLiteral("address")
                                                  : QStringLiteral("notes");
    return QStringLiteral("row");
}

// Yes or no as a spreadsheet holds it; empty is no.
std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("0") || t == QLatin1String("no") ||
        t == QLatin1String("false") || t == QStringLiteral("否"))
        return false;
    if (t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("true") ||
        t == QStringLiteral("是"))
        return true;
    return std::nullopt;
}

// The key under which two rows hold the same document.
QString documentKey(const QString &idType, const QString &number)
{
    if (idType.isEmpty() || idType == Customer::residentId()) {
        if (const Result<IdNumber> id = IdNumber::parse(number); id)
            return Customer::residentId() + QLatin1Char(':') + id->value();
    }
    QString n = number.toUpper();
    n.remove(QRegularExpression(QStringLiteral("\\s")));
    return idType + QLatin1Char(':') + n;
}

// The known columns by position, as the header names them (in any order).
struct ImportColumns
{
    QHash<QString, int> position;
    qsizetype width = 0; // the header's number of fields

    QString value(const CustomerImport::Record &r, const QString &name) const
    {
        const int i = position.value(name, -1);
        return i >= 0 && i < r.fields.size() ? r.fields.at(i).trimmed() : QString();
    }
};

// The header: each known column once, the required ones all there; the columns the
// import does not know go to ignored.
Result<ImportColumns> readHeader(const QStringList &header, QStringList *ignored)
{
    ImportColumns columns;
    columns.width = header.size();
    const QStringList known = CustomerImport::requiredColumns() + CustomerImport::optionalColumns();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (columns.position.contains(name)) {
            return Error(QStringLiteral("import.header"),
                         QT_TRANSLATE_NOOP("Error", "The header names the column \"%1\" twice. "
                                                    "Keep one of them."),
                         {name});
        }
        if (known.contains(name))
            columns.position.insert(name, i);
        else if (!name.isEmpty())
            ignored->append(name);
    }
    QStringList missing;
    for (const QString &required : CustomerImport::requiredColumns()) {
        if (!columns.position.contains(required))
            missing.append(required);
    }
    if (!missing.isEmpty()) {
        return Error(QStringLiteral("import.header"),
                     QT_TRANSLATE_NOOP("Error", "The header lacks the column(s) %1. The first "
                                                "line must name the columns "
                                                "name,id_number,phone,address (more may "
                                                "follow)."),
                     {missing.join(QLatin1Char(','))});
    }
    return columns;
}

bool isBlank(const CustomerImport::Record &r)
{
    return std::all_of(r.fields.cbegin(), r.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

// The customer a row holds, or the problem that keeps the row out.
std::optional<ImportProblem> readRow(const CustomerImport::Record &r, const ImportColumns &columns,
                                     NewCustomer *c)
{
    // Fewer fields is a spreadsheet leaving out empty ones at the end; more is a comma
    // that split a field.
    if (r.fields.size() > columns.width) {
        return ImportProblem{
            r.line, QStringLiteral("row"),
            Error(QStringLiteral("import.field_count"),
                  QT_TRANSLATE_NOOP("Error", "The row has %1 fields but the header has %2. "
                                             "Put a field with a comma in double quotes."),
                  {QString::number(r.fields.size()), QString::number(columns.width)})};
    }
    c->name = columns.value(r, QStringLiteral("name"));
    c->idNumber = columns.value(r, QStringLiteral("id_number"));
    c->phone = columns.value(r, QStringLiteral("phone"));
    c->address = columns.value(r, QStringLiteral("address"));
    c->notes = columns.value(r, QStringLiteral("notes"));
    c->preferences = columns.value(r, QStringLiteral("preferences"));
    const QString idType = columns.value(r, QStringLiteral("id_type"));
    if (!idType.isEmpty())
        c->idType = idType;
    const std::optional<bool> vip = yesNo(columns.value(r, QStringLiteral("vip")));
    if (!vip) {
        return ImportProblem{
            r.line, QStringLiteral("vip"),
            Error(QStringLiteral("import.bad_vip"),
                  QT_TRANSLATE_NOOP("Error", "The vip column holds \"%1\"; write 1 or 0 (or "
                                             "leave it empty)."),
                  {columns.value(r, QStringLiteral("vip"))})};
    }
    c->vip = *vip;
    return std::nullopt;
}

ImportProblem duplicateInFile(int line, int firstLine)
{
    return {line, QStringLiteral("id_number"),
            Error(QStringLiteral("import.duplicate_in_file"),
                  QT_TRANSLATE_NOOP("Error", "The same ID number is on line %1 already. "
                                             "Keep one of the two rows."),
                  {QString::number(firstLine)})};
}

// Registers every row in one transaction, committed only when no row has a problem.
Status registerRows(Database &db, const Session &session,
                    const QList<CustomerImport::Record> &records, const ImportColumns &columns,
                    CustomerImportReport &report)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    CustomerService customers(db);
    QHash<QString, int> seen; // document → the line that holds it
    for (qsizetype index = 1; index < records.size(); ++index) {
        const CustomerImport::Record &r = records.at(index);
        if (isBlank(r))
            continue;
        ++report.rows;
        NewCustomer c;
        if (const std::optional<ImportProblem> problem = readRow(r, columns, &c)) {
            report.problems.append(*problem);
            continue;
        }
        const QString key = documentKey(c.idType, c.idNumber);
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            report.problems.append(duplicateInFile(r.line, first.value()));
            continue;
        }
        const Result<Customer> registered = customers.registerCustomer(tx, session, c);
        if (!registered) {
            // A refusal writes nothing, so the transaction goes on to find every bad row;
            // anything else (a full disk) ends the import.
            const QString code = registered.error().code();
            if (code.startsWith(QLatin1String("db.")) || code.startsWith(QLatin1String("auth.")))
                return registered.error();
            report.problems.append({r.line, fieldOf(registered.error(), c), registered.error()});
            continue;
        }
        seen.insert(key, r.line);
        ++report.imported;
    }
    if (!report.problems.isEmpty()) {
        report.imported = 0; // rolled back with the transaction
        return success();
    }
    return tx.commit();
}

} // namespace

QString ImportProblem::message() const
{
    return QCoreApplication::translate("Error", kProblemSource)
        .arg(QString::number(line), field, error.message());
}

QString ImportProblem::english() const
{
    return QString::fromUtf8(kProblemSource).arg(QString::number(line), field, error.english());
}

QStringList CustomerImport::requiredColumns()
{
    return {QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("phone"),
            QStringLiteral("address")};
}

QStringList CustomerImport::optionalColumns()
{
    return {QStringLiteral("id_type"), QStringLiteral("vip"), QStringLiteral("notes"),
            QStringLiteral("preferences")};
}

Result<QString> CustomerImport::decode(const QByteArray &bytes, QString *encoding)
{
    const auto refuse = [] {
        return Error(QStringLiteral("import.encoding"),
                     QT_TRANSLATE_NOOP("Error", "The file is neither UTF-8 nor GB18030 text. "
                                                "Save it from the spreadsheet as \"CSV UTF-8\" "
                                                "and import it again."));
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return refuse(); // UTF-16 ("Unicode text"): not a CSV file
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(bytes.mid(3));
        if (utf8.hasError())
            return refuse();
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Chinese text in GB18030 is almost never valid UTF-8 as well, so UTF-8 that decodes
    // cleanly is taken as UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return asUtf8;
    }
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb18030.isValid())
        return refuse();
    const QString asGb = gb18030(bytes);
    if (gb18030.hasError() || asGb.contains(QChar::ReplacementCharacter))
        return refuse();
    *encoding = QStringLiteral("GB18030");
    return asGb;
}

Result<QList<CustomerImport::Record>> CustomerImport::parse(const QString &text)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (text after it is an error)
    int line = 1;
    int quoteLine = 0;
    current.line = 1;
    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        records.append(current);
        current = Record();
        current.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
        }
    }
    if (quoted) {
        return Error(QStringLiteral("import.quote"),
                     QT_TRANSLATE_NOOP("Error", "A quoted field that begins on line %1 never "
                                                "ends: a closing double quote is missing. "
                                                "Correct the file and import it again."),
                     {QString::number(quoteLine)});
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || wasQuoted)
        endRecord();
    return records;
}

Result<CustomerImportReport> CustomerImport::importFile(Database &db, const Session &session,
                                                        const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QStringLiteral("import.unreadable"),
                     QT_TRANSLATE_NOOP("Error", "The file %1 cannot be read (%2). Check the "
                                                "name and that it is not open in another "
                                                "program."),
                     {path, file.errorString()});
    }
    if (file.size() > MaxFileBytes) {
        return Error(QStringLiteral("import.too_large"),
                     QT_TRANSLATE_NOOP("Error", "The file %1 is larger than 512 MiB. Split it "
                                                "into smaller files."),
                     {path});
    }
    return importBytes(db, session, file.readAll());
}

Result<CustomerImportReport> CustomerImport::importBytes(Database &db, const Session &session,
                                                         const QByteArray &bytes)
{
    CustomerImportReport report;
    const Result<QString> text = decode(bytes, &report.encoding);
    if (!text)
        return text.error();
    const Result<QList<Record>> parsed = parse(text.value());
    if (!parsed)
        return parsed.error();
    const QList<Record> &records = parsed.value();
    if (records.isEmpty()) {
        return Error(QStringLiteral("import.empty"),
                     QT_TRANSLATE_NOOP("Error", "The file is empty. Its first line names the "
                                                "columns: name,id_number,phone,address."));
    }
    const Result<ImportColumns> columns =
        readHeader(records.first().fields, &report.ignoredColumns);
    if (!columns)
        return columns.error();
    if (const Status s = registerRows(db, session, records, columns.value(), report); !s)
        return s.error();
    return report;
}
