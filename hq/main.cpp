// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk-hq: headquarters. serve | enroll-code | import-master | decide | report.
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
    err() << e.english() << Qt::endl;
    return ExitFailure;
}

const char kUsage[] =
    "usage: halldesk-hq COMMAND [--db sqlite:PATH|postgres://user:pass@host:port/db] ...\n"
    "  serve --listen ADDR:PORT [--cert F --key F]\n"
    "  enroll-code --branch CODE [--name NAME]     prints a one-time enrolment code\n"
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
    if (p.isSet(QStringLiteral("cert")) != p.isSet(QStringLiteral("key")))
        return usage(QStringLiteral("--cert and --key go together"));
    if (p.isSet(QStringLiteral("cert"))) {
        if (const std::optional<int> failed = loadTls(server, p))
            return *failed;
    }
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
    const Result<QString> code = Enrollment::createCode(db, p.value(QStringLiteral("branch")),
                                                        p.value(QStringLiteral("name")));
    if (!code)
        return fail(code.error());
    out() << code.value() << Qt::endl;
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

// command is one of the known ones.
int runCommand(QCoreApplication &app, HqDatabase &db, const QCommandLineParser &p,
               const QStringList &args)
{
    const QString &command = args.first();
    if (command == QLatin1String("serve"))
        return serve(app, db, p);
    if (command == QLatin1String("enroll-code"))
        return enrollCode(db, p);
    if (command == QLatin1String("import-master"))
        return importMaster(db, args);
    if (command == QLatin1String("decide"))
        return decide(db, p, args);
    if (command == QLatin1String("anchor") || command == QLatin1String("alarms"))
        return ChainAnchors::runCommand(db, args);
    return report(db, p, args);
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
    const QString command = args.first();
    const QStringList known = {QStringLiteral("serve"),         QStringLiteral("enroll-code"),
                               QStringLiteral("import-master"), QStringLiteral("decide"),
                               QStringLiteral("report"),        QStringLiteral("anchor"),
                               QStringLiteral("alarms")};
    if (!known.contains(command))
        return usage(QStringLiteral("unknown command '%1'").arg(command));

    Result<std::unique_ptr<HqDatabase>> opened = HqDatabase::open(p.value(QStringLiteral("db")));
    if (!opened)
        return fail(opened.error());
    return runCommand(app, *opened.value(), p, args);
}
