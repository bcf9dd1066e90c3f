// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

// Who runs a halldeskctl command that changes the branch, and the password that proves
// it: --admin STAFF_NO --password-fd N for scripts (the password is the first line on
// descriptor N, so it never shows on the command line or in the process list), or asked
// at the terminal, the password without echo.
struct AdminCredentials
{
    QString staffNo;
    QString password;

    struct Options
    {
        QString staffNo;     // --admin
        int passwordFd = -1; // --password-fd; -1: ask at the terminal
    };

    // Takes --admin and --password-fd ("--opt V" or "--opt=V") out of args, wherever they
    // stand; false with *problem set for a usage error.
    static bool takeOptions(QStringList *args, Options *options, QString *problem);
    // Reads the password from --password-fd, or asks at the terminal; an Error when
    // neither can be done (a script without --password-fd) or nothing was given.
    static Result<AdminCredentials> obtain(const Options &options);
};
