#pragma once

#include "result.h"

#include <QString>

#include <functional>

class Database;

// Creates the demo branch: a township convenience service centre with a telecom window,
// its staff, windows, holiday calendar and catalogue, and (optionally) generated history.
class DemoSeeder
{
public:
    struct Options
    {
        int customers = 0;
        int days = 0;
    };
    struct Summary
    {
        int staff = 0;
        int customers = 0;
        int cases = 0;
        qint64 events = 0;
        QString text() const;
    };
    explicit DemoSeeder(Database &db) : m_db(db) {}
    Result<Summary> seed(const Options &options, const std::function<void(const QString &)> &progress);

private:
    Database &m_db;
};
