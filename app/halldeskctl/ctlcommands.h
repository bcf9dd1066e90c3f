// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class Database;

// The halldeskctl commands. Each returns an exit code: 0 ok, 1 failure, 2 usage.
class CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommands)
public:
    enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

    explicit CtlCommands(QString dataDir);
    static QString usage();
    int run(const QStringList &args);

private:
    int init(const QStringList &args);
    int verify(const QStringList &args);
    int staff(const QStringList &args);
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    int seedDemo(const QStringList &args);
    int enroll(const QStringList &args);
    int sync(const QStringList &args);
    int queue(const QStringList &args);
    int report(const QStringList &args);
    int importCustomers(const QStringList &args);
    int importMaster(const QStringList &args);

    // Opens the data folder's database (creating it when create is set), or prints why not.
    std::unique_ptr<Database> openDatabase(bool create);
    int fail(const Error &error) const;
    int usageError(const QString &message) const;

    QString m_dataDir;
};
