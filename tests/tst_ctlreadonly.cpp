// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldeskctl's read-only commands on a read-only copy of a data folder (an auditor's
// copy, a folder on write-protected media): they work, and not one byte, file or
// permission of the copy changes. As root, who may write anything, the copy is also read
// by an unprivileged user, for whom it is truly read-only.
#include "core/storage/devicekey.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Every entry under dir (the folder itself too): permissions, size, modification time
// and content hash.
QMap<QString, QString> snapshot(const QString &dir)
{
    QMap<QString, QString> entries;
    QStringList paths{dir};
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    for (const QString &path : paths) {
        const QFileInfo info(path);
        QByteArray hash;
        QFile f(info.filePath());
        if (info.isFile() && f.open(QIODevice::ReadOnly))
            hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        entries.insert(info.filePath(), QStringLiteral("%1 %2 %3 %4")
                                            .arg(int(info.permissions()), 0, 16)
                                            .arg(info.size())
                                            .arg(info.lastModified().toMSecsSinceEpoch())
                                            .arg(QString::fromLatin1(hash)));
    }
    return entries;
}

bool shell(const QString &command)
{
    return QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command}) == 0;
}

} // namespace

class tst_CtlReadOnly : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // Others may pass through (for the unprivileged reader), not list or write.
        QVERIFY(
            QFile::setPermissions(m_root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                     QFileDevice::ExeOther));
        const Run seeded =
            ctl(QString(), m_root.filePath(QStringLiteral("branch")),
                {QStringLiteral("seed-demo"), QStringLiteral("--customers"), QStringLiteral("20"),
                 QStringLiteral("--days"), QStringLiteral("3")});
        QVERIFY2(seeded.code == 0, qPrintable(seeded.err));
        QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("out"))));
        QVERIFY(
            shell(QStringLiteral("chmod 0777 '%1'").arg(m_root.filePath(QStringLiteral("out")))));
    }

    void cleanup() { shell(QStringLiteral("chmod -R u+w '%1'").arg(m_root.path())); }

    void readOnlyCommandsLeaveTheCopyAlone()
    {
        const QString copy = makeReadOnlyCopy(QStringLiteral("copy"), QString());
        checkReadOnlyCommands(QString(), copy, QStringLiteral("root"));
    }

    void anUnprivilegedReaderToo()
    {
        if (geteuid() != 0)
            QSKIP("not root: the first test ran as an ordinary user already");
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv (util-linux) is not installed");
        const QString copy =
            makeReadOnlyCopy(QStringLiteral("nobody"), QStringLiteral("65534:65534"));
        // Whoever reads a copy needs its device key too (docs/SECURITY.md): a copy of the key
        // folder of its own, as an administrator would hand it over.
        if (!shell(QStringLiteral("cp -a '%1' '%2' && chown -R 65534:65534 '%2'")
                       .arg(DeviceKey::folder(), m_root.filePath(QStringLiteral("nobody-keys")))))
            QFAIL("cannot copy the key folder for nobody");
        checkReadOnlyCommands(setpriv, copy, QStringLiteral("nobody"));

        // What would change the branch says the folder is read-only, and changes nothing.
        const QMap<QString, QString> before = snapshot(copy);
        const Run r = ctl(setpriv, copy,
                          {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
        QCOMPARE(snapshot(copy), before);
    }

private:
    // A copy of the branch's folder, owned by owner (empty: as it is), without write
    // permission for anyone.
    QString makeReadOnlyCopy(const QString &name, const QString &owner)
    {
        const QString copy = m_root.filePath(name);
        if (!shell(QStringLiteral("cp -a '%1' '%2'")
                       .arg(m_root.filePath(QStringLiteral("branch")), copy)))
            qFatal("cannot copy the branch");
        if (!owner.isEmpty() && !shell(QStringLiteral("chown -R %1 '%2'").arg(owner, copy)))
            qFatal("cannot give the copy to %s", qPrintable(owner));
        if (!shell(QStringLiteral("chmod -R a-w '%1'").arg(copy)))
            qFatal("cannot make the copy read-only");
        return copy;
    }

    void checkReadOnlyCommands(const QString &setpriv, const QString &copy, const QString &tag)
    {
        const QMap<QString, QString> before = snapshot(copy);
        QCOMPARE(before.size(), 2); // the folder and halldesk.db
        const QString out = m_root.filePath(QStringLiteral("out/") + tag);
        const QList<QStringList> commands = {
            {QStringLiteral("verify")},
            {QStringLiteral("report"), QStringLiteral("daily")},
            {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--csv"),
             out + QStringLiteral("-month.csv")},
            {QStringLiteral("staff"), QStringLiteral("list")},
            {QStringLiteral("queue"), QStringLiteral("categories")},
            {QStringLiteral("queue"), QStringLiteral("figures")},
            {QStringLiteral("backup"), out + QStringLiteral(".halldesk")}};
        for (const QStringList &command : commands) {
            const Run r = ctl(setpriv, copy, command);
            QVERIFY2(r.code == 0,
                     qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
            if (command.first() == QLatin1String("verify"))
                QVERIFY2(r.out.contains(QLatin1String("chain intact")), qPrintable(r.out));
        }
        QCOMPARE(snapshot(copy), before);
        // The backup taken from the copy is whole.
        const QString restored = m_root.filePath(tag + QStringLiteral("-restored"));
        QCOMPARE(
            ctl(QString(), restored, {QStringLiteral("restore"), out + QStringLiteral(".halldesk")})
                .code,
            0);
        QCOMPARE(ctl(QString(), restored, {QStringLiteral("verify")}).code, 0);
    }

    // halldeskctl on dir, as the unprivileged user when setpriv is given.
    Run ctl(const QString &setpriv, const QString &dir, const QStringList &args)
    {
        QProcess p;
        QStringList all{QStringLiteral("--data-dir"), dir};
        all << args;
        if (setpriv.isEmpty()) {
            p.start(qEnvironmentVariable("HALLDESK_CTL"), all);
        } else {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HALLDESK_KEY_DIR"),
                       m_root.filePath(QStringLiteral("nobody-keys")));
            p.setProcessEnvironment(env);
            all.prepend(qEnvironmentVariable("HALLDESK_CTL"));
            p.start(setpriv,
                    QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups")} +
                        all);
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(180000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_root;
};

QTEST_GUILESS_MAIN(tst_CtlReadOnly)
#include "tst_ctlreadonly.moc"
