// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// halldeskctl key …: the device key that seals ID numbers and the headquarters token.
//   key rotate   seal everything again under a new key (KeyRotation)
class KeyCommand
{
public:
    explicit KeyCommand(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    // The exit code (0 ok, 1 failure, 2 usage with *problem saying what is wrong).
    int run(const QStringList &args, QString *problem);
    static QString usage();

private:
    QString m_dataDir;
};
