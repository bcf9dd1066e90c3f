#pragma once

#include "event.h"

#include <QSqlQuery>
#include <QString>

class HqDatabase;

// Keeps HQ's report figures (per branch and local business day) and its case index up to
// date, event by event, inside the transaction that stores the events.
class Projection
{
public:
    Projection(HqDatabase &db, QString branch);
    bool apply(const Event &event);
    const QString &lastError() const { return m_lastError; }

    // Branches are in China: the business day is the date at UTC+8.
    static QString businessDay(const QString &at);

private:
    bool add(const QString &day, const QString &metric, qint64 value);
    bool setCase(const QString &caseNo, const QString &status, const QString &itemCode,
                 const QString &at);

    HqDatabase &m_db;
    QString m_branch;
    QSqlQuery m_metric;
    QSqlQuery m_case;
    QString m_lastError;
};
