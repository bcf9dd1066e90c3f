// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk: the counter GUI. Wiring only: parse options, pick the language, hold the data
// folder, open the database, then hand over to the UI.
#include "core/common/language.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/instancelock.h"
#include "core/storage/privatefiles.h"
#include "demo/demoseeder.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/appicon.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/settingspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QThreadPool>

#include <cstdio>

namespace {

// A start-up failure: the sentence in the UI language, with the English one under it for
// the IT contact when the UI is not English.
int refuse(const Error &error)
{
    QTextStream(stderr) << error.english() << Qt::endl;
    QString text = error.message();
    if (Language::current() != QLatin1String("en") && error.english() != text)
        text += QStringLiteral("\n\n") + error.english();
    QMessageBox box(QMessageBox::Critical,
                    QCoreApplication::translate("main", "HallDesk cannot start"), text,
                    QMessageBox::Ok);
    box.setWindowIcon(AppIcon::icon());
    box.exec();
    return 1;
}

void printDemoStaff()
{
    QTextStream out(stdout);
    out << "Demo staff (staff no. / password):\n"
        << "  1001 / Demo@1001   clerk       \u5f20\u4e3d\n"            // 张丽
        << "  1002 / Demo@1002   clerk       \u738b\u5f3a\n"            // 王强
        << "  1003 / Demo@1003   partner     \u9648\u82b3\n"            // 陈芳
        << "  2001 / Demo@2001   supervisor  \u674e\u654f\n"            // 李敏
        << "  9001 / Demo@9001   admin       \u8d75\u521a" << Qt::endl; // 赵刚
}

// --help and --version only print: they answer without a display too (over SSH, in scripts).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

void setUpApplication(QApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("halldesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("HallDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));
    QApplication::setWindowIcon(AppIcon::icon());
    QApplication::setQuitOnLastWindowClosed(false);
    AppStyle::apply(app);

    // The saved language first, so that even --help speaks it.
    const QString savedLanguage =
        QSettings().value(SettingsPage::languageKey(), Language::defaultLanguage()).toString();
    if (!Language::install(app, savedLanguage))
        Language::install(app, Language::defaultLanguage());
}

struct StartOptions
{
    QString dataDir; // absolute
    bool demo = false;
};

// --help and --version end the program here; false when --lang names no known language.
bool parseOptions(QApplication &app, StartOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "HallDesk counter terminal for walk-in service halls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "The folder holding the branch database (default: %1).")
            .arg(QDir::toNativeSeparators(DataLocation::defaultDir())),
        QStringLiteral("DIR"), DataLocation::defaultDir());
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "The UI language: zh_CN or en (default: the saved "
                                            "choice, else zh_CN)."),
        QStringLiteral("LANG"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "main",
            "Create the demo branch (with three weeks of history) if the database has no staff "
            "yet, and print the demo staff numbers and passwords."));
    parser.addOptions({dataDirOption, langOption, demoOption});
    parser.process(app);

    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (!Language::install(app, lang)) {
            QTextStream(stderr) << "halldesk: unknown language '" << lang << "'; use "
                                << Language::available().join(QStringLiteral(" or ")) << Qt::endl;
            return false;
        }
    }
    options.dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    options.demo = parser.isSet(demoOption);
    return true;
}

// Said once, at the start that found the data folder open to other users.
void warnMadePrivate(const Error &warning)
{
    QTextStream(stderr) << warning.english() << Qt::endl;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("main", "HallDesk"),
                    warning.bilingual(), QMessageBox::Ok);
    box.setWindowIcon(AppIcon::icon());
    box.exec();
}

Result<std::unique_ptr<Database>> openDatabase(const QString &dataDir)
{
    // The integrity check of a large database takes seconds: the controller runs it in the
    // background while the sign-in is on screen.
    Database::Options options;
    options.integrityCheck = false;
    return Database::open(DataLocation::databasePath(dataDir), options);
}

// Enough history that every area has something to show on the first start (a few
// seconds): customers with lines, open and overdue cases, paid and closed days, today's
// queue, ratings and callbacks.
Status seedDemo(Database &db)
{
    QTextStream out(stdout);
    DemoSeeder::Options history;
    history.customers = 300;
    history.days = 21;
    const Result<DemoSeeder::Summary> seeded =
        DemoSeeder(db).seed(history, [&out](const QString &line) { out << line << Qt::endl; });
    if (!seeded)
        return seeded.error();
    out << seeded->text() << Qt::endl;
    return success();
}

int runUi(QApplication &app, Database &db, const QString &dataDir)
{
    AppController controller(db, dataDir);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setUpApplication(app);
    StartOptions options;
    if (!parseOptions(app, options))
        return 2;

    // One program per data folder for the whole run (halldeskctl restore waits for it).
    const Result<std::shared_ptr<QLockFile>> lock = InstanceLock::acquire(options.dataDir);
    if (!lock)
        return refuse(lock.error());
    Result<std::unique_ptr<Database>> opened = openDatabase(options.dataDir);
    if (!opened)
        return refuse(opened.error());
    std::unique_ptr<Database> db = opened.take();
    if (!db->madePrivate().isEmpty())
        warnMadePrivate(PrivateFiles::openedWarning(db->madePrivate()));

    if (options.demo && StaffService(*db).list().isEmpty()) {
        if (const Status seeded = seedDemo(*db); !seeded)
            return refuse(seeded.error());
    }
    if (const Result<DeviceIdentity> identity = DeviceIdentity::ensure(*db, {}); !identity)
        return refuse(identity.error());
    if (options.demo)
        printDemoStaff();

    const int exitCode = runUi(app, *db, options.dataDir);
    // Workers use their own connections but name this database's file: let them finish.
    QThreadPool::globalInstance()->waitForDone();
    return exitCode;
}
