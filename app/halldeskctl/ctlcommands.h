// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admincredentials.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Database;
class QCommandLineParser;
struct Session;

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

    int staffList();
    int staffAdd(const QCommandLineParser &p, const QString &staffNo);
    int staffChange(const QString &action, const QString &staffNo, const QCommandLineParser &p);

    // Read-only commands never write to the data folder, so they work on a read-only copy.
    enum class Access { ReadOnly, ReadWrite, Create };
    // Opens the data folder's database, or prints why not.
    std::unique_ptr<Database> openDatabase(Access access);
    // Who a command that changes the branch runs as: the supervisor or administrator who
    // gave their password, or the console while the branch has neither yet. nullopt:
    // refused, the reason printed, nothing changed (a failed check is logged).
    std::optional<Session> authorise(Database &db);
    // For restore: the database it replaces decides, unless there is none or it is damaged.
    // The database for a command that changes the branch, once an administrator has said
    // who they are (*by); null: refused, and said why.
    std::unique_ptr<Database> openAuthorised(Access access, std::optional<Session> *by);
    std::optional<Session> authoriseRestore();
    int fail(const Error &error) const;
    int usageError(const QString &message) const;

    QString m_dataDir;
    AdminCredentials::Options m_admin;
};
