// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldeskctl: the HallDesk core without widgets, for administrators, scripts and tests.
#include "ctlcommands.h"

#include "core/common/language.h"
#include "core/storage/datalocation.h"
#include "reportcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    // A report drawn to PDF (charts, fonts) needs a GUI application; nothing is shown, so
    // it runs offscreen unless told otherwise (scheduled jobs have no display).
    const bool gui = ReportCommand::needsGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application(gui ? new QApplication(argc, argv)
                                                            : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("halldeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));
    // Messages are printed in Chinese and English; zh_CN is the translator to load, and
    // Qt's own messages stay English so that the English line is English throughout.
    Language::install(app, Language::defaultLanguage(), Language::QtMessages::English);

    QStringList args = QCoreApplication::arguments();
    QString dataDir = DataLocation::defaultDir();
    // The global option comes before the command: halldeskctl [--data-dir DIR] COMMAND …
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--data-dir") && i + 1 < args.size()) {
            dataDir = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--data-dir="))) {
            dataDir = args[i].mid(11);
            args.remove(i);
            break;
        }
    }
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        QTextStream(args.size() < 2 ? stderr : stdout) << CtlCommands::usage();
        return args.size() < 2 ? CtlCommands::ExitUsage : CtlCommands::ExitOk;
    }
    if (args[1] == QLatin1String("--version")) {
        QTextStream(stdout) << "halldeskctl " << HALLDESK_VERSION << '\n';
        return CtlCommands::ExitOk;
    }
    CtlCommands commands(dataDir);
    return commands.run(args.mid(1));
}
