// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalinput.h"

#include <QByteArray>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace {

constexpr qsizetype MaxLine = 4096;

termios g_echoing;

// Ctrl+C while a password is typed must not leave the terminal without echo.
extern "C" void restoreEchoAndStop(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_echoing);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_echoing) != 0)
            return;
        termios quiet = g_echoing;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_previousInt = std::signal(SIGINT, restoreEchoAndStop);
        m_previousTerm = std::signal(SIGTERM, restoreEchoAndStop);
        m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0; // keeps what was typed ahead
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSANOW, &g_echoing);
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
    void (*m_previousInt)(int) = SIG_DFL;
    void (*m_previousTerm)(int) = SIG_DFL;
};

} // namespace

bool TerminalInput::isInteractive()
{
    return isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1;
}

QString TerminalInput::ask(const QString &prompt, bool hidden)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    std::optional<EchoOff> echoOff;
    if (hidden)
        echoOff.emplace();
    const Result<QString> line = readLine(STDIN_FILENO);
    echoOff.reset();
    if (hidden) {
        err << '\n'; // the Enter typed was not echoed either
        err.flush();
    }
    return line ? line.value() : QString();
}

Result<QString> TerminalInput::readLine(int fd)
{
    QByteArray line;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            return Error(QStringLiteral("auth.password_fd"),
                         QT_TRANSLATE_NOOP("Error", "Nothing could be read from file descriptor "
                                                    "%1 (%2). Pass the password on the first line "
                                                    "of an open descriptor, for example "
                                                    "--password-fd 3 3< FILE."),
                         {QString::number(fd), QString::fromLocal8Bit(std::strerror(errno))});
        }
        if (n == 0 || c == '\n' || line.size() >= MaxLine)
            break;
        line.append(c);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
