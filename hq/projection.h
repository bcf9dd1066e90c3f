#pragma once

#include "event.h"

#include <QHash>
#include <QMap>
#include <QString>

class HqDatabase;

// Keeps HQ's report figures (per branch and local business day) and its case index up to
// date inside the transaction that stores the events. A batch's events are added first
// and written together by flush(): one upsert per figure and per case, not per event.
class Projection
{
public:
    Projection(HqDatabase &db, QString branch);
    void apply(const Event &event);
    // Writes what the applied events changed; false with lastError() set on failure.
    bool flush();
    const QString &lastError() const { return m_lastError; }

    // Branches are in China: the business day is the date at UTC+8.
    static QString businessDay(const QString &at);

private:
    struct CaseChange
    {
        QString status;
        QString itemCode; // empty: keep the stored one
        QString at;
    };

    void add(const QString &day, const QString &metric, qint64 value);
    void setCase(const QString &caseNo, const QString &status, const QString &itemCode,
                 const QString &at);

    HqDatabase &m_db;
    QString m_branch;
    QMap<std::pair<QString, QString>, qint64> m_metrics; // (day, metric) → amount to add
    QHash<QString, CaseChange> m_cases;                  // case_no → its latest change
    QString m_lastError;
};
