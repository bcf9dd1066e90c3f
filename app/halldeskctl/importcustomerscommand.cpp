// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcustomerscommand.h"

#include "core/customers/customerimport.h"
#include "core/staff/session.h"
#include "core/storage/database.h"

#include <QCoreApplication>

namespace {

// The sentence in the UI language, then in English when that differs.
QString bilingual(const char *source, const QStringList &args)
{
    QString local = QCoreApplication::translate("ImportCustomersCommand", source);
    QString english = QString::fromUtf8(source);
    for (const QString &arg : args) {
        local = local.arg(arg);
        english = english.arg(arg);
    }
    return local == english ? english : local + QLatin1Char('\n') + english;
}

} // namespace

int importCustomersCommand(Database &db, const Session &by, const QString &path, QTextStream &out,
                           QTextStream &err)
{
    const Result<CustomerImportReport> result = CustomerImport::importFile(db, by, path);
    if (!result) {
        err << result.error().bilingual() << Qt::endl;
        return 1;
    }
    const CustomerImportReport &report = result.value();
    if (!report.ignoredColumns.isEmpty()) {
        out << bilingual(QT_TRANSLATE_NOOP("ImportCustomersCommand", "Columns ignored: %1"),
                         {report.ignoredColumns.join(QStringLiteral(", "))})
            << '\n';
    }
    if (!report.problems.isEmpty()) {
        for (const ImportProblem &p : report.problems) {
            const QString local = p.message();
            const QString english = p.english();
            err << local << '\n';
            if (local != english)
                err << english << '\n';
        }
        err << Error(QStringLiteral("import.rejected"),
                     QT_TRANSLATE_NOOP("Error", "The import was cancelled: %1 of %2 rows have "
                                                "problems, so no customer was imported. Correct "
                                                "the rows listed above and import the file "
                                                "again."),
                     {QString::number(report.problems.size()), QString::number(report.rows)})
                   .bilingual()
            << Qt::endl;
        return 1;
    }
    out << bilingual(
               QT_TRANSLATE_NOOP("ImportCustomersCommand",
                                 "%1 customers imported from %2 rows (%3)."),
               {QString::number(report.imported), QString::number(report.rows), report.encoding})
        << Qt::endl;
    return 0;
}
