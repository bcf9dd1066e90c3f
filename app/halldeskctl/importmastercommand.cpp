// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmastercommand.h"

#include "core/master/masterdata.h"
#include "core/staff/session.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

int importMasterCommand(Database &db, const Session &by, const QString &path, QTextStream &out,
                        QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Error(QStringLiteral("import.unreadable"),
                     QT_TRANSLATE_NOOP("Error", "The file %1 cannot be read (%2). Check the "
                                                "name and that it is not open in another "
                                                "program."),
                     {path, file.errorString()})
                   .bilingual()
            << Qt::endl;
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        const QString why = parseError.error == QJsonParseError::NoError
                                ? QStringLiteral("not an object")
                                : parseError.errorString();
        err << Error(QStringLiteral("import.bad_json"),
                     QT_TRANSLATE_NOOP("Error", "The file %1 is not master data in JSON (%2, at "
                                                "byte %3). Export it again from headquarters."),
                     {path, why, QString::number(parseError.offset)})
                   .bilingual()
            << Qt::endl;
        return 1;
    }
    const int before = MasterData::version(db.connection());
    const Result<int> applied = MasterData::apply(db, by, doc.object());
    if (!applied) {
        err << applied.error().bilingual() << Qt::endl;
        return 1;
    }
    const char *source =
        applied.value() == before
            ? QT_TRANSLATE_NOOP("ImportMasterCommand",
                                "Master data version %1 was already applied; "
                                "nothing changed.")
            : QT_TRANSLATE_NOOP("ImportMasterCommand", "Master data version %1 applied.");
    const QString local =
        QCoreApplication::translate("ImportMasterCommand", source).arg(applied.value());
    const QString english = QString::fromUtf8(source).arg(applied.value());
    out << local << '\n';
    if (local != english)
        out << english << '\n';
    out.flush();
    return 0;
}
