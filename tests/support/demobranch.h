// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

class Database;

// The demo branch (城关镇便民服务中心, TZ01) in a temporary data folder, with a few days of
// history written through the real services, for tests that drive whole screens. Sets the
// test mode the widget tests share: test paths, quick password hashing, the app's style.
class DemoBranch
{
public:
    DemoBranch();
    ~DemoBranch();
    bool open(int customers, int days); // false: problem() says why
    QString problem() const { return m_problem; }
    Database &db() { return *m_db; }
    QString dataDir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // The first value a query over the branch gives, or an empty string.
    QString firstOf(const QString &sql, const QVariantList &values = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_problem;
};
