// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// halldeskctl key …: the device key that seals ID numbers and the headquarters token.
//   key rotate   seal everything again under a new key (KeyRotation)
class KeyCommand
{
public:
    // The administrator who may replace the key: asked once the database is open;
    // nullopt: refused, and said why.
    using Authorise = std::function<std::optional<Session>(Database &)>;
    KeyCommand(QString dataDir, Authorise authorise)
        : m_dataDir(std::move(dataDir)), m_authorise(std::move(authorise))
    {
    }

    // The exit code (0 ok, 1 failure, 2 usage with *problem saying what is wrong).
    int run(const QStringList &args, QString *problem);
    static QString usage();

private:
    QString m_dataDir;
    Authorise m_authorise;
};
