// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "admincredentials.h"

#include "terminalinput.h"

#include <QTextStream>

namespace {

Error administratorNeeded()
{
    return Error(QStringLiteral("auth.admin_needed"),
                 QT_TRANSLATE_NOOP("Error", "This command changes the branch and needs a "
                                            "supervisor or an administrator. Run it at a terminal "
                                            "to be asked for a staff number and password, or give "
                                            "--admin STAFF_NO --password-fd N with the password "
                                            "on the first line of file descriptor N. Nothing was "
                                            "changed."));
}

Error noPassword()
{
    return Error(QStringLiteral("auth.no_password"),
                 QT_TRANSLATE_NOOP("Error", "No password was given, so nothing was changed. Type "
                                            "it when asked, or put it on the first line of the "
                                            "file descriptor named by --password-fd."));
}

// "--name V" or "--name=V" at args[i]: the value, removed from args with the option.
bool takeValue(QStringList *args, qsizetype i, const QString &name, QString *value, bool *found)
{
    const QString &arg = args->at(i);
    if (arg == name) {
        *found = true;
        if (i + 1 >= args->size())
            return false;
        *value = args->at(i + 1);
        args->remove(i, 2);
        return true;
    }
    if (arg.startsWith(name + QLatin1Char('='))) {
        *found = true;
        *value = arg.mid(name.size() + 1);
        args->remove(i);
        return true;
    }
    return true;
}

} // namespace

bool AdminCredentials::takeOptions(QStringList *args, Options *options, QString *problem)
{
    const QString admin = QStringLiteral("--admin");
    const QString fd = QStringLiteral("--password-fd");
    QString fdText;
    for (qsizetype i = 0; i < args->size();) {
        bool found = false;
        const QString name = args->at(i).startsWith(fd) ? fd : admin;
        QString *value = name == fd ? &fdText : &options->staffNo;
        if (!takeValue(args, i, name, value, &found)) {
            *problem = QStringLiteral("%1 needs a value").arg(name);
            return false;
        }
        if (!found)
            ++i;
    }
    if (!fdText.isEmpty()) {
        bool ok = false;
        options->passwordFd = fdText.toInt(&ok);
        if (!ok || options->passwordFd < 0) {
            *problem = QStringLiteral("--password-fd takes a file descriptor number (0, 3, ...)");
            return false;
        }
        if (options->staffNo.trimmed().isEmpty()) {
            *problem = QStringLiteral("--password-fd goes with --admin STAFF_NO");
            return false;
        }
    }
    return true;
}

Result<AdminCredentials> AdminCredentials::obtain(const Options &options)
{
    AdminCredentials given{options.staffNo.trimmed(), QString()};
    if (options.passwordFd >= 0) {
        const Result<QString> line = TerminalInput::readLine(options.passwordFd);
        if (!line)
            return line.error();
        given.password = line.value();
    } else {
        if (!TerminalInput::isInteractive())
            return administratorNeeded();
        QTextStream(stderr) << QStringLiteral(
            "此命令会更改本网点的数据，需要主管或管理员的工号和密码。\n"
            "This command changes the branch: a supervisor's or an administrator's staff "
            "number and password, please.\n");
        if (given.staffNo.isEmpty())
            given.staffNo =
                TerminalInput::ask(QStringLiteral("工号 Staff number: "), false).trimmed();
        if (given.staffNo.isEmpty())
            return administratorNeeded();
        given.password = TerminalInput::ask(QStringLiteral("密码 Password: "), true);
    }
    if (given.password.isEmpty())
        return noPassword();
    return given;
}
