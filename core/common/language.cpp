// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QString g_current = QStringLiteral("en");
}

bool Language::install(QCoreApplication &app, const QString &lang, QtMessages qtMessages)
{
    if (!available().contains(lang))
        return false;
    // Translators live as long as the application.
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&own, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_current = lang;
    QLocale::setDefault(QLocale(lang));
    if (lang == QLatin1String("en"))
        return true;
    own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/halldesk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    if (qtMessages == QtMessages::English)
        return true;
    qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

QString Language::current()
{
    return g_current;
}
