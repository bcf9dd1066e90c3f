// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

// Lines typed at the terminal or passed on a file descriptor: staff numbers and passwords.
class TerminalInput
{
public:
    // Whether a person sits at the terminal: standard input and standard error are one.
    static bool isInteractive();
    // Prints the prompt on standard error and reads the answer from standard input; a
    // hidden answer is not echoed (a password). Empty when nothing could be read.
    static QString ask(const QString &prompt, bool hidden);
    // The first line on descriptor fd, without its line ending. Read a byte at a time so
    // the lines after it stay there for whoever reads next (a new staff member's
    // password after the administrator's, both on standard input).
    static Result<QString> readLine(int fd);
};
