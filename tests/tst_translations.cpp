// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string has a Chinese translation: lupdate is run over the sources
// into a copy of halldesk_zh_CN.ts, and any message left unfinished fails the suite. A
// developer who adds a tr() without translating it sees exactly which one.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void zhCnIsComplete();
};

namespace {
QString lupdateBinary()
{
    for (const QString &dir :
         {QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath),
          QLibraryInfo::path(QLibraryInfo::BinariesPath), QStringLiteral("/usr/lib/qt6/bin")}) {
        const QString candidate = QDir(dir).filePath(QStringLiteral("lupdate"));
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QString();
}

struct Message
{
    QString context;
    QString source;
};

// The messages whose translation is missing, unfinished, or has an empty plural form.
QList<Message> untranslated(QIODevice *ts, QString *problem)
{
    QList<Message> result;
    QXmlStreamReader xml(ts);
    QString context;
    QString source;
    bool unfinished = false;
    bool empty = true;
    bool sawTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && context.isEmpty()) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                unfinished = false;
                empty = false;
                sawTranslation = false;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                sawTranslation = true;
                const auto type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                // Either plain text or <numerusform> children.
                QString text;
                bool hasForms = false;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                       !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        hasForms = true;
                        if (xml.readElementText().isEmpty())
                            empty = true;
                    }
                }
                if (!hasForms && text.trimmed().isEmpty())
                    empty = true;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!sawTranslation || unfinished || empty)
                result.append({context, source});
        }
    }
    if (xml.hasError())
        *problem = xml.errorString();
    return result;
}
} // namespace

void tst_Translations::zhCnIsComplete()
{
    const QString sourceDir = qEnvironmentVariable("HALLDESK_SOURCE_DIR");
    QVERIFY2(!sourceDir.isEmpty(), "HALLDESK_SOURCE_DIR is not set (run the test through ctest)");
    const QString lupdate = lupdateBinary();
    QVERIFY2(!lupdate.isEmpty(), "lupdate not found (install qt6-l10n-tools)");

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString ts = tmp.filePath(QStringLiteral("halldesk_zh_CN.ts"));
    QVERIFY(QFile::copy(QDir(sourceDir).filePath(QStringLiteral("translations/halldesk_zh_CN.ts")),
                        ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

    QStringList args;
    for (const char *folder : {"core", "demo", "models", "ui", "sync", "app"}) {
        const QString path = QDir(sourceDir).filePath(QLatin1String(folder));
        if (QFileInfo::exists(path))
            args << path;
    }
    args << QStringLiteral("-no-obsolete") << QStringLiteral("-locations") << QStringLiteral("none")
         << QStringLiteral("-ts") << ts;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, args);
    QVERIFY2(process.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAll().constData());

    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString problem;
    const QList<Message> missing = untranslated(&file, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (!missing.isEmpty()) {
        QString report = QStringLiteral("%1 message(s) have no finished zh_CN translation; "
                                        "run `cmake --build <build> --target "
                                        "update_translations` and translate them in "
                                        "translations/halldesk_zh_CN.ts:\n")
                             .arg(missing.size());
        for (const Message &m : missing)
            report += QStringLiteral("  [%1] %2\n").arg(m.context, m.source);
        QFAIL(qPrintable(report));
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
