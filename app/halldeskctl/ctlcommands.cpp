// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlcommands.h"

#include "core/staff/adminauth.h"
#include "core/staff/staffservice.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/devicekey.h"
#include "core/storage/eventlog.h"
#include "core/storage/instancelock.h"
#include "core/storage/privatefiles.h"
#include "core/storage/settingstore.h"
#include "demo/demoseeder.h"
#include "importcustomerscommand.h"
#include "importmastercommand.h"
#include "keycommand.h"
#include "queuecommand.h"
#include "reportcommand.h"
#include "sync/enrolment.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "terminalinput.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Parses a subcommand's options; positional arguments are left in parser.positionalArguments().
bool parse(QCommandLineParser &parser, const QStringList &args, QString *problem)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("halldeskctl"));
    if (!parser.parse(withProgram)) {
        *problem = parser.errorText();
        return false;
    }
    return true;
}

// A new staff member's password: --password, else asked twice at the terminal (not
// echoed), else the next line of standard input.
Result<QString> newStaffPassword(const QCommandLineParser &p, const QString &staffNo)
{
    if (p.isSet(QStringLiteral("password")))
        return p.value(QStringLiteral("password"));
    if (!TerminalInput::isInteractive())
        return TerminalInput::readLine(STDIN_FILENO);
    const QString no = staffNo.trimmed().toUpper();
    const QString first =
        TerminalInput::ask(QStringLiteral("%1 的新密码 New password for %1: ").arg(no), true);
    const QString again = TerminalInput::ask(QStringLiteral("再输入一次 Once more: "), true);
    if (first != again) {
        return Error(QStringLiteral("staff.password_mismatch"),
                     QT_TRANSLATE_NOOP("Error", "The two passwords typed differ. Run the command "
                                                "again and type the same password twice. Nothing "
                                                "was changed."));
    }
    return first;
}

bool isDamage(const Error &error)
{
    return error.code() == QLatin1String("db.corrupt") ||
           error.code() == QLatin1String("db.integrity");
}
} // namespace

CtlCommands::CtlCommands(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString CtlCommands::usage()
{
    return QStringLiteral(
               "usage: halldeskctl [--data-dir DIR] [--admin STAFF_NO --password-fd N] COMMAND "
               "...\n"
               "\n"
               "  init [--branch CODE] [--name NAME] [--device-tag TAG]\n"
               "                          create the branch database (or check an existing one)\n"
               "  verify                  integrity check and full event-chain verification\n"
               "  staff add STAFF_NO --name NAME --role clerk|supervisor|admin|partner [--password "
               "P]\n"
               "  staff passwd STAFF_NO [--password P]   reset; must be changed at next sign-in\n"
               "  staff disable STAFF_NO | staff enable STAFF_NO | staff list\n"
               "  seed-demo [--customers N] [--days D]   create the demo branch and its history\n"
               "  enroll URL CODE [--ca CA.pem] [--system-ca] [--name DEVICE_NAME]\n"
               "                          enrol this terminal with headquarters\n"
               "  sync [--once]           send events to headquarters and fetch its data\n"
               "                          (without --once: keep going until stopped)\n"
               "%2"
               "  backup FILE             write a consistent copy of the database to FILE,\n"
               "                          encrypted with this PC's device key\n"
               "  restore FILE [--key-file KEY] [--unencrypted]\n"
               "                          replace the database with a verified backup; KEY:\n"
               "                          the device key's file, on a PC that lacks it\n"
               "                          (--unencrypted: accept an earlier version's plain "
               "backup)\n"
               "%3"
               "  import-customers F.csv  register customers from a CSV file (header "
               "name,id_number,phone,address;\n"
               "                          UTF-8 or GB18030), all or nothing\n"
               "  import-master F.json    apply master data (catalogue, fees, windows, holidays)\n"
               "%4"
               "\n"
               "Commands that change the branch (staff add|passwd|disable|enable, restore,\n"
               "seed-demo, enroll, import-customers, import-master, queue category, and init\n"
               "with --branch, --name or --device-tag) need a supervisor or an administrator:\n"
               "at a terminal they ask for the staff number and password (not echoed); scripts\n"
               "give --admin STAFF_NO --password-fd N, the password being the first line read\n"
               "from file descriptor N. A branch with no supervisor or administrator yet needs\n"
               "none. verify, report, backup, staff list and the queue's lists only read: they\n"
               "work on a read-only copy of the data folder.\n"
               "A new staff password not given with --password is asked at the terminal, or\n"
               "read from the next line of standard input.\n"
               "DIR defaults to %1.\n"
               "Exit codes: 0 ok, 1 failure, 2 usage.\n")
        .arg(QDir::toNativeSeparators(DataLocation::defaultDir()), QueueCommand::usage(),
             ReportCommand::usage(), KeyCommand::usage());
}

int CtlCommands::run(const QStringList &givenArgs)
{
    QStringList args = givenArgs;
    QString problem;
    if (!AdminCredentials::takeOptions(&args, &m_admin, &problem))
        return usageError(problem);
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("init"))
        return init(rest);
    if (command == QLatin1String("verify"))
        return verify(rest);
    if (command == QLatin1String("staff"))
        return staff(rest);
    if (command == QLatin1String("backup"))
        return backup(rest);
    if (command == QLatin1String("restore"))
        return restore(rest);
    if (command == QLatin1String("seed-demo"))
        return seedDemo(rest);
    if (command == QLatin1String("enroll"))
        return enroll(rest);
    if (command == QLatin1String("sync"))
        return sync(rest);
    if (command == QLatin1String("queue"))
        return queue(rest);
    if (command == QLatin1String("report"))
        return report(rest);
    if (command == QLatin1String("import-customers"))
        return importCustomers(rest);
    if (command == QLatin1String("import-master"))
        return importMaster(rest);
    if (command == QLatin1String("key")) {
        QString keyProblem;
        const int code = KeyCommand(m_dataDir, [this](Database &db) {
                             return authorise(db);
                         }).run(rest, &keyProblem);
        return code == ExitUsage ? usageError(keyProblem) : code;
    }
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

int CtlCommands::fail(const Error &error) const
{
    err() << error.bilingual() << Qt::endl;
    return ExitFailure;
}

int CtlCommands::usageError(const QString &message) const
{
    err() << "halldeskctl: " << message << "\n\n" << usage();
    err().flush();
    return ExitUsage;
}

std::unique_ptr<Database> CtlCommands::openDatabase(Access access)
{
    Database::Options options;
    options.create = access == Access::Create;
    if (access == Access::ReadOnly)
        options.mode = Database::OpenMode::ReadOnly;
    Result<std::unique_ptr<Database>> db =
        Database::open(DataLocation::databasePath(m_dataDir), options);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    if (!db.value()->madePrivate().isEmpty())
        err() << PrivateFiles::openedWarning(db.value()->madePrivate()).bilingual() << Qt::endl;
    return db.take();
}

std::optional<Session> CtlCommands::authorise(Database &db)
{
    const Result<bool> hasAdministrator = AdminAuth::hasAdministrator(db);
    if (!hasAdministrator) {
        fail(hasAdministrator.error());
        return std::nullopt;
    }
    if (!hasAdministrator.value()) {
        // A new branch: nobody to ask yet. A password passed anyway is still read, so a
        // line after it on the same descriptor is the one the command reads next.
        if (m_admin.passwordFd >= 0)
            TerminalInput::readLine(m_admin.passwordFd);
        return Session::forConsole();
    }
    const Result<AdminCredentials> given = AdminCredentials::obtain(m_admin);
    if (!given) {
        fail(given.error());
        return std::nullopt;
    }
    const Result<Session> administrator =
        AdminAuth::authorise(db, given->staffNo, given->password, AdminAuth::consoleWindow());
    if (!administrator) {
        fail(administrator.error());
        return std::nullopt;
    }
    return administrator.value();
}

std::unique_ptr<Database> CtlCommands::openAuthorised(Access access, std::optional<Session> *by)
{
    std::unique_ptr<Database> db = openDatabase(access);
    if (!db)
        return nullptr;
    *by = authorise(*db);
    if (!*by)
        return nullptr;
    return db;
}

std::optional<Session> CtlCommands::authoriseRestore()
{
    const QString path = DataLocation::databasePath(m_dataDir);
    if (!QFileInfo::exists(path))
        return Session::forConsole(); // a new folder
    Database::Options options;
    options.create = false;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (db)
        return authorise(*db.value());
    if (!isDamage(db.error())) {
        fail(db.error());
        return std::nullopt;
    }
    // A damaged database cannot say who its administrators are. Whoever may write the
    // folder could copy the backup in by hand; the damaged file is kept beside it.
    err() << Error(QStringLiteral("restore.unchecked"),
                   QT_TRANSLATE_NOOP("Error", "The database being replaced is damaged, so no "
                                              "administrator could be checked. It is kept beside "
                                              "the restored one."))
                 .bilingual()
          << Qt::endl;
    return Session::forConsole();
}

int CtlCommands::init(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("branch"), QStringLiteral("branch code"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("name"), QStringLiteral("branch name"), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("device-tag"), QStringLiteral("device tag"), QStringLiteral("TAG")});
    QString problem;
    if (!parse(p, args, &problem) || !p.positionalArguments().isEmpty())
        return usageError(problem.isEmpty() ? QStringLiteral("init takes no arguments") : problem);
    std::unique_ptr<Database> db = openDatabase(Access::Create);
    if (!db)
        return ExitFailure;
    DeviceIdentity::Setup setup;
    setup.branchCode = p.value(QStringLiteral("branch"));
    setup.branchName = p.value(QStringLiteral("name"));
    setup.deviceTag = p.value(QStringLiteral("device-tag"));
    // Checking a terminal needs nobody; naming an existing branch needs its administrator.
    std::optional<Session> by = Session::forConsole();
    if (p.isSet(QStringLiteral("branch")) || p.isSet(QStringLiteral("name")) ||
        p.isSet(QStringLiteral("device-tag")))
        by = authorise(*db);
    if (!by)
        return ExitFailure;
    const Result<DeviceIdentity> identity = DeviceIdentity::ensure(*db, setup, by->staffNo);
    if (!identity)
        return fail(identity.error());
    out() << "database: " << QDir::toNativeSeparators(db->path()) << '\n'
          << "schema: " << db->schemaVersion() << '\n'
          << "device: " << identity->deviceId << " (" << identity->deviceTag << ")\n"
          << "branch: " << identity->branchCode << ' ' << identity->branchName << Qt::endl;
    return ExitOk;
}

int CtlCommands::verify(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("verify takes no arguments"));
    std::unique_ptr<Database> db = openDatabase(Access::ReadOnly);
    if (!db)
        return ExitFailure;
    QSqlQuery q(db->connection());
    QString integrity = QStringLiteral("?");
    if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
        integrity = q.value(0).toString();
    out() << "integrity: " << integrity << '\n';
    QElapsedTimer timer;
    timer.start();
    const Result<EventLog::Verification> v = EventLog::verify(db->connection());
    if (!v)
        return fail(v.error());
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    if (!v->intact()) {
        out() << "events: " << v->checked << " read; chain BROKEN at seq " << v->firstBroken << '\n'
              << "problem: " << v->problem << Qt::endl;
        err() << Error(QStringLiteral("verify.broken"),
                       QT_TRANSLATE_NOOP("Error", "The event log is broken at event %1. Do not "
                                                  "change anything; keep this computer as it is "
                                                  "and call your IT contact."),
                       {QString::number(v->firstBroken)})
                     .bilingual()
              << Qt::endl;
        return ExitFailure;
    }
    out() << "events: " << v->checked << " verified in " << QString::number(seconds, 'f', 2)
          << " s; chain intact\n"
          << "head: " << v->headHash << Qt::endl;
    return integrity == QLatin1String("ok") ? ExitOk : ExitFailure;
}

int CtlCommands::staff(const QStringList &args)
{
    const QString action = args.value(0);
    QCommandLineParser p;
    p.addOption({QStringLiteral("name"), QStringLiteral("name"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("role"), QStringLiteral("role"), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("P")});
    QString problem;
    if (!parse(p, args.mid(1), &problem))
        return usageError(problem);
    const QStringList pos = p.positionalArguments();
    if (action == QLatin1String("list"))
        return staffList();
    if (pos.size() != 1)
        return usageError(QStringLiteral("staff %1 needs one STAFF_NO").arg(action));
    if (action == QLatin1String("add"))
        return staffAdd(p, pos.first());
    if (action == QLatin1String("passwd") || action == QLatin1String("disable") ||
        action == QLatin1String("enable"))
        return staffChange(action, pos.first(), p);
    return usageError(QStringLiteral("unknown staff action '%1'").arg(action));
}

int CtlCommands::staffList()
{
    std::unique_ptr<Database> db = openDatabase(Access::ReadOnly);
    if (!db)
        return ExitFailure;
    for (const StaffRecord &r : StaffService(*db).list()) {
        out() << r.staffNo << '\t' << r.name << '\t' << Roles::key(r.role) << '\t'
              << (r.active ? "active" : "disabled")
              << (r.mustChangePassword ? "\tmust-change-password" : "") << '\n';
    }
    out().flush();
    return ExitOk;
}

int CtlCommands::staffAdd(const QCommandLineParser &p, const QString &staffNo)
{
    Role role = Role::Clerk;
    if (!p.isSet(QStringLiteral("name")) || !Roles::fromKey(p.value(QStringLiteral("role")), &role))
        return usageError(
            QStringLiteral("staff add needs --name and --role clerk|supervisor|admin|partner"));
    std::optional<Session> by;
    std::unique_ptr<Database> db = openAuthorised(Access::Create, &by);
    if (!db)
        return ExitFailure;
    if (const Result<DeviceIdentity> id = DeviceIdentity::ensure(*db, {}, by->staffNo); !id)
        return fail(id.error());
    const Result<QString> password = newStaffPassword(p, staffNo);
    if (!password)
        return fail(password.error());
    const Status s = StaffService(*db).addStaff(*by, staffNo, p.value(QStringLiteral("name")), role,
                                                password.value());
    if (!s)
        return fail(s.error());
    out() << "added " << staffNo.toUpper() << " (" << Roles::key(role)
          << "); the password must be changed at first sign-in" << Qt::endl;
    return ExitOk;
}

int CtlCommands::staffChange(const QString &action, const QString &staffNo,
                             const QCommandLineParser &p)
{
    std::optional<Session> by;
    std::unique_ptr<Database> db = openAuthorised(Access::ReadWrite, &by);
    if (!db)
        return ExitFailure;
    StaffService staff(*db);
    Status s = success();
    if (action == QLatin1String("passwd")) {
        const Result<QString> password = newStaffPassword(p, staffNo);
        s = password ? staff.resetPassword(*by, staffNo, password.value())
                     : Status(password.error());
    } else if (action == QLatin1String("disable") && by->staffNo == staffNo.trimmed().toUpper()) {
        // The branch must keep an administrator who can sign in.
        s = Error(QStringLiteral("staff.disable_self"),
                  QT_TRANSLATE_NOOP("Error", "You cannot disable your own account. Ask "
                                             "another administrator."));
    } else {
        s = staff.setActive(*by, staffNo, action == QLatin1String("enable"));
    }
    if (!s)
        return fail(s.error());
    out() << action << ' ' << staffNo << ": done" << Qt::endl;
    return ExitOk;
}

int CtlCommands::backup(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(QStringLiteral("backup needs one FILE"));
    std::unique_ptr<Database> db = openDatabase(Access::ReadOnly);
    if (!db)
        return ExitFailure;
    const Status s = Backup::write(*db, args.first());
    if (!s)
        return fail(s.error());
    const QString keyId = SettingStore::get(db->connection(), DeviceKey::keyIdSetting());
    out() << "backup written: "
          << QDir::toNativeSeparators(QFileInfo(args.first()).absoluteFilePath()) << '\n'
          << "encrypted with the device key " << keyId << " ("
          << QDir::toNativeSeparators(DeviceKey::fileFor(keyId))
          << "); another PC restores it only with that key" << Qt::endl;
    return ExitOk;
}

int CtlCommands::restore(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("key-file"), QStringLiteral("the device key's file"),
                 QStringLiteral("KEY")});
    p.addOption({QStringLiteral("unencrypted"), QStringLiteral("accept a plain backup")});
    QString problem;
    if (!parse(p, args, &problem) || p.positionalArguments().size() != 1)
        return usageError(problem.isEmpty() ? QStringLiteral("restore needs one FILE") : problem);
    const QString file = p.positionalArguments().first();
    Backup::RestoreOptions options;
    options.keyFile = p.value(QStringLiteral("key-file"));
    options.allowUnencrypted = p.isSet(QStringLiteral("unencrypted"));
    const Result<std::shared_ptr<QLockFile>> lock = InstanceLock::acquire(m_dataDir);
    if (!lock)
        return fail(lock.error());
    if (!authoriseRestore())
        return ExitFailure;
    const Result<Backup::Restored> restored =
        Backup::restore(file, DataLocation::databasePath(m_dataDir), options);
    if (!restored)
        return fail(restored.error());
    if (!restored->wasSealed)
        err() << Backup::unencryptedNotice().bilingual() << Qt::endl;
    out() << "restored from " << QDir::toNativeSeparators(file) << '\n';
    if (!restored->kept.isEmpty())
        out() << "previous database kept as " << QDir::toNativeSeparators(restored->kept) << '\n';
    if (!restored->savedKey.isEmpty())
        out() << "device key saved as " << QDir::toNativeSeparators(restored->savedKey) << '\n';
    out().flush();
    return ExitOk;
}

int CtlCommands::seedDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("customers"), QStringLiteral("customers"), QStringLiteral("N"),
                 QStringLiteral("0")});
    p.addOption({QStringLiteral("days"), QStringLiteral("days of history"), QStringLiteral("D"),
                 QStringLiteral("0")});
    QString problem;
    if (!parse(p, args, &problem) || !p.positionalArguments().isEmpty())
        return usageError(problem.isEmpty() ? QStringLiteral("seed-demo takes only options")
                                            : problem);
    bool okCustomers = false;
    bool okDays = false;
    DemoSeeder::Options options;
    options.customers = p.value(QStringLiteral("customers")).toInt(&okCustomers);
    options.days = p.value(QStringLiteral("days")).toInt(&okDays);
    if (!okCustomers || !okDays || options.customers < 0 || options.days < 0 || options.days > 3650)
        return usageError(
            QStringLiteral("--customers and --days take whole numbers (days at most 3650)"));
    std::optional<Session> by;
    std::unique_ptr<Database> db = openAuthorised(Access::Create, &by);
    if (!db)
        return ExitFailure;
    QElapsedTimer timer;
    timer.start();
    DemoSeeder seeder(*db);
    seeder.setOperator(*by);
    const Result<DemoSeeder::Summary> summary =
        seeder.seed(options, [](const QString &step) { err() << step << Qt::endl; });
    if (!summary)
        return fail(summary.error());
    out() << summary->text() << "seeded in " << QString::number(timer.elapsed() / 1000.0, 'f', 1)
          << " s" << Qt::endl;
    return ExitOk;
}

int CtlCommands::enroll(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("ca"), QStringLiteral("HQ CA certificate"), QStringLiteral("CA.pem")});
    p.addOption({QStringLiteral("system-ca"), QStringLiteral("also trust the system CAs")});
    p.addOption({QStringLiteral("name"), QStringLiteral("device name"), QStringLiteral("NAME")});
    QString problem;
    if (!parse(p, args, &problem) || p.positionalArguments().size() != 2)
        return usageError(problem.isEmpty() ? QStringLiteral("enroll needs URL and CODE")
                                            : problem);
    std::optional<Session> by;
    std::unique_ptr<Database> db = openAuthorised(Access::Create, &by);
    if (!db)
        return ExitFailure;
    if (const Result<DeviceIdentity> id = DeviceIdentity::ensure(*db, {}, by->staffNo); !id)
        return fail(id.error());
    Enrolment::Request request;
    request.staffNo = by->staffNo;
    request.url = p.positionalArguments().at(0);
    request.code = p.positionalArguments().at(1);
    request.caFile = p.value(QStringLiteral("ca"));
    request.useSystemCas = p.isSet(QStringLiteral("system-ca"));
    request.deviceName = p.value(QStringLiteral("name"));
    const Result<DeviceIdentity> enrolled = Enrolment::enroll(*db, request);
    if (!enrolled)
        return fail(enrolled.error());
    out() << "enrolled: device " << enrolled->deviceId << ", branch " << enrolled->branchCode << ' '
          << enrolled->branchName << Qt::endl;
    return ExitOk;
}

int CtlCommands::sync(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("once"), QStringLiteral("one round, then exit")});
    QString problem;
    if (!parse(p, args, &problem) || !p.positionalArguments().isEmpty())
        return usageError(problem.isEmpty() ? QStringLiteral("sync takes only --once") : problem);
    std::unique_ptr<Database> db = openDatabase(Access::ReadWrite);
    if (!db)
        return ExitFailure;
    if (p.isSet(QStringLiteral("once"))) {
        SyncEngine engine(*db);
        const SyncEngine::Round round = engine.runOnce();
        const SyncState state = engine.state();
        out() << "sent: " << round.sent << ", duplicates: " << round.duplicates
              << ", master applied: " << (round.masterApplied ? "yes" : "no")
              << ", decisions: " << round.decisions << ", waiting: " << state.waiting << Qt::endl;
        return round.error.isNull() ? ExitOk : fail(round.error);
    }
    const QString path = db->path();
    db.reset();
    SyncWorker worker(path);
    QObject::connect(&worker, &SyncWorker::attemptFinished,
                     [](const QDateTime &at, bool ok, qint64 sent, const QString &error) {
                         out() << at.toLocalTime().toString(Qt::ISODate)
                               << (ok ? " ok, sent " : " failed, sent ") << sent
                               << (error.isEmpty() ? QString() : QStringLiteral(": ") + error)
                               << Qt::endl;
                     });
    worker.start();
    return QCoreApplication::exec();
}

int CtlCommands::queue(const QStringList &args)
{
    std::unique_ptr<Database> db =
        openDatabase(QueueCommand::changes(args) ? Access::ReadWrite : Access::ReadOnly);
    if (!db)
        return ExitFailure;
    QString problem;
    Database &opened = *db;
    const int code =
        QueueCommand(opened, [this, &opened] { return authorise(opened); }).run(args, &problem);
    return code == ExitUsage ? usageError(problem) : code;
}

int CtlCommands::report(const QStringList &args)
{
    QString problem;
    const std::optional<ReportCommand::Request> request = ReportCommand::parse(args, &problem);
    if (!request)
        return usageError(problem);
    std::unique_ptr<Database> db = openDatabase(Access::ReadOnly);
    if (!db)
        return ExitFailure;
    return ReportCommand::run(*db, *request);
}

int CtlCommands::importCustomers(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usageError(QStringLiteral("import-customers needs one FILE.csv"));
    std::optional<Session> by;
    std::unique_ptr<Database> db = openAuthorised(Access::ReadWrite, &by);
    if (!db)
        return ExitFailure;
    if (const Result<DeviceIdentity> id = DeviceIdentity::ensure(*db, {}, by->staffNo); !id)
        return fail(id.error());
    return importCustomersCommand(*db, *by, args.first(), out(), err());
}

int CtlCommands::importMaster(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usageError(QStringLiteral("import-master needs one FILE.json"));
    std::optional<Session> by;
    std::unique_ptr<Database> db = openAuthorised(Access::ReadWrite, &by);
    if (!db)
        return ExitFailure;
    return importMasterCommand(*db, *by, args.first(), out(), err());
}
