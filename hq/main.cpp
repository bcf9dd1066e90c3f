// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk-hq: headquarters. serve | enroll-code | revoke-code | device-key | import-master |
// decide | report | anchor | alarms.
#include "hq/casedecisions.h"
#include "hq/chainanchors.h"
#include "hq/enrollment.h"
#include "hq/hqdatabase.h"
#include "hq/hqreport.h"
#include "hq/hqserver.h"
#include "hq/masterstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <csignal>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace {
enum { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[0], &c, 1);
}

// SIGTERM and SIGINT end the event loop between requests; a batch in progress is one
// transaction, so stopping never leaves half of it stored.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app]() {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[1], &c, 1);
        QTextStream(stderr) << "{\"event\":\"shutdown\"}" << Qt::endl;
        app.quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}

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

int fail(const Error &e)
{
    err() << e.bilingual() << Qt::endl;
    return ExitFailure;
}

const char kUsage[] =
    "usage: halldesk-hq COMMAND [--db sqlite:PATH|postgres://user:pass@host:port/db] ...\n"
    "  serve --listen ADDR:PORT [--cert F --key F] [--header-timeout S] [--body-timeout S]\n"
    "        [--idle-timeout S] [--max-connections-per-address N] [--trusted-proxy ADDR]\n"
    "        plain HTTP only on a loopback address; elsewhere --cert and --key\n"
    "  enroll-code --branch CODE [--name NAME] [--expires-hours H]\n"
    "                                               prints a one-time enrolment code (24 h)\n"
    "  revoke-code CODE                             an unused code stops working\n"
    "  device-key DEVICE_ID                         prints the device's escrowed data key\n"
    "  import-master F.json                         a new version of the master data\n"
    "  decide CASE_NO --status approved|rejected|returned --note TEXT\n"
    "  report daily --date YYYY-MM-DD [--branch CODE]\n"
    "  anchor DEVICE_ID SEQ HASH16                  a chain head from a branch printout\n"
    "  alarms                                       uploads that missed an anchor\n"
    "--db defaults to $HALLDESK_HQ_DB, else sqlite:halldesk-hq.db.\n"
    "Exit codes: 0 ok, 1 failure, 2 usage.\n";

int usage(const QString &problem)
{
    if (!problem.isEmpty())
        err() << "halldesk-hq: " << problem << "\n\n";
    err() << kUsage;
    err().flush();
    return ExitUsage;
}

void addOptions(QCommandLineParser &p)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // The service takes its store from the environment (its configuration file), so that a
    // PostgreSQL password never shows in the process list.
    p.addOption({QStringLiteral("db"), QStringLiteral("store"), QStringLiteral("SPEC"),
                 qEnvironmentVariable("HALLDESK_HQ_DB", QStringLiteral("sqlite:halldesk-hq.db"))});
    p.addOption({QStringLiteral("listen"), QStringLiteral("address"), QStringLiteral("ADDR:PORT")});
    p.addOption({QStringLiteral("cert"), QStringLiteral("certificate"), QStringLiteral("F")});
    p.addOption({QStringLiteral("key"), QStringLiteral("private key"), QStringLiteral("F")});
    p.addOption({QStringLiteral("branch"), QStringLiteral("branch"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("name"), QStringLiteral("name"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("status"), QStringLiteral("status"), QStringLiteral("S")});
    p.addOption({QStringLiteral("note"), QStringLiteral("note"), QStringLiteral("N")});
    p.addOption({QStringLiteral("date"), QStringLiteral("date"), QStringLiteral("D")});
    p.addOption({QStringLiteral("expires-hours"), QStringLiteral("hours"), QStringLiteral("H")});
    for (const char *name : {"header-timeout", "body-timeout", "idle-timeout"})
        p.addOption({QString::fromLatin1(name), QStringLiteral("seconds"), QStringLiteral("S")});
    p.addOption({QStringLiteral("max-connections-per-address"), QStringLiteral("connections"),
                 QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("trusted-proxy"), QStringLiteral("proxy address"), QStringLiteral("ADDR")});
    p.addHelpOption();
    p.addVersionOption();
}

// Reads --cert and --key (PEM, RSA or EC) into the server; an exit code if they are unusable.
std::optional<int> loadTls(HqServer &server, const QCommandLineParser &p)
{
    QFile certFile(p.value(QStringLiteral("cert")));
    QFile keyFile(p.value(QStringLiteral("key")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        err() << "cannot read the certificate or key file" << Qt::endl;
        return ExitFailure;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    const QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    const QSslKey ecKey = key.isNull() ? QSslKey(keyPem, QSsl::Ec, QSsl::Pem) : key;
    if (chain.isEmpty() || (key.isNull() && ecKey.isNull())) {
        err() << "the certificate or key is not valid PEM" << Qt::endl;
        return ExitFailure;
    }
    server.useTls(chain.first(), key.isNull() ? ecKey : key);
    return std::nullopt;
}

// --header-timeout and friends, in seconds (fractions allowed, so tests can be quick).
std::optional<HttpLimits> readLimits(const QCommandLineParser &p, QString *problem)
{
    HttpLimits limits;
    const struct
    {
        const char *option;
        int *target;
    } timeouts[] = {{"header-timeout", &limits.headerTimeoutMs},
                    {"body-timeout", &limits.bodyTimeoutMs},
                    {"idle-timeout", &limits.idleTimeoutMs}};
    for (const auto &t : timeouts) {
        if (!p.isSet(QString::fromLatin1(t.option)))
            continue;
        bool ok = false;
        const double seconds = p.value(QString::fromLatin1(t.option)).toDouble(&ok);
        if (!ok || seconds < 0.05 || seconds > 3600) {
            *problem =
                QStringLiteral("--%1 takes seconds, 0.05 to 3600").arg(QLatin1String(t.option));
            return std::nullopt;
        }
        *t.target = int(seconds * 1000);
    }
    if (p.isSet(QStringLiteral("max-connections-per-address"))) {
        bool ok = false;
        limits.maxConnectionsPerPeer =
            p.value(QStringLiteral("max-connections-per-address")).toInt(&ok);
        if (!ok || limits.maxConnectionsPerPeer < 1) {
            *problem = QStringLiteral("--max-connections-per-address takes a number of 1 or more");
            return std::nullopt;
        }
    }
    return limits;
}

// An exit code when the options cannot make a server: usage, unreadable TLS files, or plain
// HTTP on an address other machines can reach.
std::optional<int> configure(HqServer &server, const QCommandLineParser &p,
                             const QHostAddress &address)
{
    if (p.isSet(QStringLiteral("cert")) != p.isSet(QStringLiteral("key")))
        return usage(QStringLiteral("--cert and --key go together"));
    if (!p.isSet(QStringLiteral("cert")) && !address.isLoopback()) {
        // Bearer tokens and ID numbers in clear on a network: never.
        err() << Error(QStringLiteral("hq.plain_http"),
                       QT_TRANSLATE_NOOP("Error",
                                         "halldesk-hq serves plain HTTP only on a loopback "
                                         "address (127.0.0.1 or ::1), behind a proxy that "
                                         "terminates TLS. To listen on %1, give --cert and "
                                         "--key."),
                       {address.toString()})
                     .bilingual()
              << Qt::endl;
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("cert"))) {
        if (const std::optional<int> failed = loadTls(server, p))
            return failed;
    }
    QString problem;
    const std::optional<HttpLimits> limits = readLimits(p, &problem);
    if (!limits)
        return usage(problem);
    server.setLimits(*limits);
    if (p.isSet(QStringLiteral("trusted-proxy"))) {
        const QHostAddress proxy(p.value(QStringLiteral("trusted-proxy")));
        if (proxy.isNull())
            return usage(QStringLiteral("--trusted-proxy takes an IP address"));
        server.trustProxy(proxy);
    }
    return std::nullopt;
}

int serve(QCoreApplication &app, HqDatabase &db, const QCommandLineParser &p)
{
    const QString listen = p.value(QStringLiteral("listen"));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    QHostAddress address(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return usage(QStringLiteral("serve needs --listen ADDR:PORT, e.g. 127.0.0.1:8443"));
    HqServer server(db);
    if (const std::optional<int> refused = configure(server, p, address))
        return *refused;
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        err() << "cannot listen on " << listen << Qt::endl;
        return ExitFailure;
    }
    quitOnSignals(app);
    err() << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("listening")},
                                       {QStringLiteral("address"), address.toString()},
                                       {QStringLiteral("port"), bound},
                                       {QStringLiteral("tls"), p.isSet(QStringLiteral("cert"))}})
                 .toJson(QJsonDocument::Compact)
          << Qt::endl;
    return app.exec();
}

int enrollCode(HqDatabase &db, const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("branch")))
        return usage(QStringLiteral("enroll-code needs --branch CODE"));
    int hours = Enrollment::DefaultExpiryHours;
    if (p.isSet(QStringLiteral("expires-hours"))) {
        bool ok = false;
        hours = p.value(QStringLiteral("expires-hours")).toInt(&ok);
        if (!ok || hours < 1 || hours > Enrollment::MaxExpiryHours)
            return usage(QStringLiteral("--expires-hours takes whole hours, 1 to %1")
                             .arg(Enrollment::MaxExpiryHours));
    }
    const Result<QString> code = Enrollment::createCode(db, p.value(QStringLiteral("branch")),
                                                        p.value(QStringLiteral("name")), hours);
    if (!code)
        return fail(code.error());
    out() << code.value() << Qt::endl;
    return ExitOk;
}

int revokeCode(HqDatabase &db, const QStringList &args)
{
    if (args.size() != 2)
        return usage(QStringLiteral("revoke-code needs one CODE"));
    if (const Status revoked = Enrollment::revokeCode(db, args[1]); !revoked)
        return fail(revoked.error());
    out() << "code " << args[1].trimmed().toUpper() << " revoked" << Qt::endl;
    return ExitOk;
}

// The key alone on stdout, so a restore script can read it without parsing.
int deviceKey(HqDatabase &db, const QStringList &args)
{
    if (args.size() != 2)
        return usage(QStringLiteral("device-key needs one DEVICE_ID"));
    const Result<QString> key = Enrollment::deviceKey(db, args[1]);
    if (!key)
        return fail(key.error());
    out() << key.value() << Qt::endl;
    return ExitOk;
}

int importMaster(HqDatabase &db, const QStringList &args)
{
    if (args.size() != 2)
        return usage(QStringLiteral("import-master needs one F.json"));
    QFile f(args[1]);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << "cannot read " << args[1] << Qt::endl;
        return ExitFailure;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        err() << args[1] << " is not a JSON object: " << parseError.errorString() << Qt::endl;
        return ExitFailure;
    }
    const Result<qint64> version = MasterStore::import(db, doc.object());
    if (!version)
        return fail(version.error());
    out() << "master data version " << version.value() << " imported" << Qt::endl;
    return ExitOk;
}

int decide(HqDatabase &db, const QCommandLineParser &p, const QStringList &args)
{
    if (args.size() != 2 || !p.isSet(QStringLiteral("status")))
        return usage(QStringLiteral("decide needs CASE_NO and --status"));
    const Result<qint64> cursor = CaseDecisions::decide(
        db, args[1], p.value(QStringLiteral("status")), p.value(QStringLiteral("note")));
    if (!cursor)
        return fail(cursor.error());
    out() << "decision recorded (cursor " << cursor.value() << ")" << Qt::endl;
    return ExitOk;
}

int report(HqDatabase &db, const QCommandLineParser &p, const QStringList &args)
{
    const QDate date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
    if (args.value(1) != QLatin1String("daily") || !date.isValid())
        return usage(QStringLiteral("report daily needs --date YYYY-MM-DD"));
    out() << HqReport::daily(db, date, p.value(QStringLiteral("branch")));
    out().flush();
    return ExitOk;
}

struct Command
{
    const char *name;
    int (*run)(QCoreApplication &app, HqDatabase &db, const QCommandLineParser &p,
               const QStringList &args);
};

// Every command, in one table: a new one is one line here and one function above.
const Command kCommands[] = {
    {"serve", [](QCoreApplication &app, HqDatabase &db, const QCommandLineParser &p,
                 const QStringList &) { return serve(app, db, p); }},
    {"enroll-code", [](QCoreApplication &, HqDatabase &db, const QCommandLineParser &p,
                       const QStringList &) { return enrollCode(db, p); }},
    {"revoke-code", [](QCoreApplication &, HqDatabase &db, const QCommandLineParser &,
                       const QStringList &args) { return revokeCode(db, args); }},
    {"device-key", [](QCoreApplication &, HqDatabase &db, const QCommandLineParser &,
                      const QStringList &args) { return deviceKey(db, args); }},
    {"import-master", [](QCoreApplication &, HqDatabase &db, const QCommandLineParser &,
                         const QStringList &args) { return importMaster(db, args); }},
    {"decide", [](QCoreApplication &, HqDatabase &db, const QCommandLineParser &p,
                  const QStringList &args) { return decide(db, p, args); }},
    {"report", [](QCoreApplication &, HqDatabase &db, const QCommandLineParser &p,
                  const QStringList &args) { return report(db, p, args); }},
    {"anchor", [](QCoreApplication &, HqDatabase &db, const QCommandLineParser &,
                  const QStringList &args) { return ChainAnchors::runCommand(db, args); }},
    {"alarms", [](QCoreApplication &, HqDatabase &db, const QCommandLineParser &,
                  const QStringList &args) { return ChainAnchors::runCommand(db, args); }},
};
const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("halldesk-hq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALLDESK_VERSION));

    QCommandLineParser p;
    addOptions(p);
    if (!p.parse(QCoreApplication::arguments()))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("version"))) {
        out() << "halldesk-hq " << HALLDESK_VERSION << Qt::endl;
        return ExitOk;
    }
    const QStringList args = p.positionalArguments();
    if (p.isSet(QStringLiteral("help")) || args.isEmpty())
        return args.isEmpty() && !p.isSet(QStringLiteral("help")) ? usage(QString())
                                                                  : (out() << kUsage, ExitOk);
    const Command *command = findCommand(args.first());
    if (!command)
        return usage(QStringLiteral("unknown command '%1'").arg(args.first()));

    Result<std::unique_ptr<HqDatabase>> opened = HqDatabase::open(p.value(QStringLiteral("db")));
    if (!opened)
        return fail(opened.error());
    return command->run(app, *opened.value(), p, args);
}
