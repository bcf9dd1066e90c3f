// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcerts.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {
bool openssl(const QString &dir, const QStringList &args, QString *problem)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *problem =
            QStringLiteral("openssl %1: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}
} // namespace

bool TestCerts::make(const QString &folder, QString *problem)
{
    dir = folder;
    QDir().mkpath(dir);
    const auto path = [this](const char *name) {
        return QDir(dir).filePath(QString::fromLatin1(name));
    };
    caPem = path("ca.pem");
    otherCaPem = path("other-ca.pem");
    serverPem = path("server.pem");
    serverKey = path("server.key");
    wrongHostPem = path("wronghost.pem");
    wrongHostKey = path("wronghost.key");
    expiredPem = path("expired.pem");
    expiredKey = path("expired.key");

    // `openssl ca` is the one that can date a certificate in the past.
    const QByteArray config =
        "[ca]\ndefault_ca = test\n[test]\ndir = .\ndatabase = index.txt\nnew_certs_dir = .\n"
        "certificate = ca.pem\nprivate_key = ca.key\nserial = serial\ndefault_md = sha256\n"
        "policy = any\ncopy_extensions = copy\nunique_subject = no\n[any]\ncommonName = supplied\n";
    if (!write(path("ca.cnf"), config) || !write(path("index.txt"), {}) ||
        !write(path("serial"), "1000\n")) {
        *problem = QStringLiteral("cannot write in %1").arg(dir);
        return false;
    }
    const QStringList newCa = {QStringLiteral("req"),     QStringLiteral("-x509"),
                               QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                               QStringLiteral("-nodes"),  QStringLiteral("-days"),
                               QStringLiteral("3")};
    if (!openssl(dir,
                 newCa + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                     QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                     QStringLiteral("-subj"),
                                     QStringLiteral("/CN=HallDesk Test CA")},
                 problem) ||
        !openssl(dir,
                 newCa + QStringList{QStringLiteral("-keyout"), QStringLiteral("other-ca.key"),
                                     QStringLiteral("-out"), QStringLiteral("other-ca.pem"),
                                     QStringLiteral("-subj"),
                                     QStringLiteral("/CN=Somebody Else CA")},
                 problem))
        return false;

    struct Leaf
    {
        const char *name;
        const char *san;
        QStringList dates;
    };
    const QList<Leaf> leaves = {
        {"server",
         "subjectAltName=DNS:localhost,IP:127.0.0.1",
         {QStringLiteral("-days"), QStringLiteral("3")}},
        {"wronghost",
         "subjectAltName=DNS:hq.elsewhere.example",
         {QStringLiteral("-days"), QStringLiteral("3")}},
        {"expired",
         "subjectAltName=DNS:localhost,IP:127.0.0.1",
         {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
          QStringLiteral("-enddate"), QStringLiteral("20200201000000Z")}},
    };
    for (const Leaf &leaf : leaves) {
        const QString name = QString::fromLatin1(leaf.name);
        if (!openssl(dir,
                     {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      name + QStringLiteral(".key"), QStringLiteral("-out"),
                      name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
                      QString::fromLatin1(leaf.san)},
                     problem))
            return false;
        if (!openssl(dir,
                     QStringList{QStringLiteral("ca"), QStringLiteral("-batch"),
                                 QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                                 QStringLiteral("-in"), name + QStringLiteral(".csr"),
                                 QStringLiteral("-out"), name + QStringLiteral(".pem"),
                                 QStringLiteral("-notext")} +
                         leaf.dates,
                     problem))
            return false;
    }
    return true;
}
