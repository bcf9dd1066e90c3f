// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the UI language: HallDesk's own strings (:/i18n) and Qt's (dialog buttons…).
// zh_CN is the default; "en" shows the English source strings.
class Language
{
public:
    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    // Qt's own messages (a refused connection, a failed TLS handshake…): in the chosen
    // language, or always in English for output that prints every sentence in both
    // languages (halldeskctl), whose English line must not quote Chinese.
    enum class QtMessages { InLanguage, English };
    // Returns false (and keeps English) when lang is not one of available(). Installing
    // again replaces every translator installed before.
    static bool install(QCoreApplication &app, const QString &lang,
                        QtMessages qtMessages = QtMessages::InLanguage);
    static QString current();
};
