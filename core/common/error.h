// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A refusal or failure a person will read. The text is an English source string marked
// with QT_TRANSLATE_NOOP("Error", …) at the place it is raised, so lupdate collects it and
// the UI shows it in the current language; english() is for logs and bilingual CLI output.
class Error
{
public:
    Error() = default;
    Error(QString code, const char *source, QStringList args = {})
        : m_code(std::move(code)), m_source(source), m_args(std::move(args))
    {
    }

    // A short stable identifier (e.g. "db.corrupt"); tests and scripts match on it.
    const QString &code() const { return m_code; }
    // The sentence in the UI's current language.
    QString message() const { return fill(QCoreApplication::translate("Error", m_source)); }
    // The sentence in English, whatever the UI language.
    QString english() const { return fill(QString::fromUtf8(m_source)); }
    // Chinese and English together when they differ (for halldeskctl and logs).
    QString bilingual() const
    {
        const QString local = message();
        const QString en = english();
        return local == en ? en : local + QLatin1Char('\n') + en;
    }
    bool isNull() const { return m_code.isEmpty(); }

private:
    QString fill(QString text) const
    {
        for (const QString &arg : m_args)
            text = text.arg(arg);
        return text;
    }

    QString m_code;
    const char *m_source = "";
    QStringList m_args;
};
