// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/reportfacts.h"
#include "core/storage/event.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

class HqDatabase;

// Keeps HQ's report figures (per branch and local business day, as named metrics such as
// "cases.accepted.mode.commitment" or "payments.fen.fee.GB01") and its case and ticket
// indexes up to date inside the transaction that stores the events. Each event's fact comes
// from ReportFacts, the rule the branch uses too; the figures are sums of those facts. A
// batch's events are added first and written together by flush(): one look-up of what
// earlier batches stored, then one upsert per figure, case and ticket.
class Projection : private ReportFacts::Source
{
public:
    Projection(HqDatabase &db, QString branch);
    void apply(const Event &event);
    // Writes what the applied events changed; false with lastError() set on failure.
    bool flush();
    const QString &lastError() const { return m_lastError; }

    // Branches are in China: the business day is the date at UTC+8.
    static QString businessDay(const QString &at);
    // The queue systems' waiting-time bands: "0-3", "3-6" … "12-15", "15+" (minutes).
    static QString waitBand(qint64 seconds);
    static const QStringList &waitBands();

private:
    struct Pending
    {
        Event event;
        QJsonObject data;
    };
    struct CaseChange
    {
        QString status;
        QString itemCode; // empty: keep the stored one
        QString at;
    };
    struct TicketState
    {
        ReportFacts::TicketSoFar soFar;
        QString firstCallAt;
        bool changed = false;
    };

    // ReportFacts::Source, answered from what this batch and the earlier ones brought.
    ReportFacts::CaseRecord caseRecord(const QString &caseNo) override;
    QVariant plannedMode(const QString &itemCode) override;
    ReportFacts::TicketSoFar ticket(const QString &businessDay, const QString &ticketNo) override;
    QString localDay(const QString &stamp) const override;

    bool loadStored();
    bool loadCases(const QStringList &caseNos);
    bool loadTickets(const QStringList &keys);
    void add(const QString &day, const QString &metric, qint64 value);
    void count(const ReportFacts::Fact &f);
    void countCase(const ReportFacts::Fact &f, const QString &day);
    void countMoney(const ReportFacts::Fact &f, const QString &day);
    void countTicket(const ReportFacts::Fact &f, const QString &day);
    void remember(const ReportFacts::Fact &f);
    bool writeMetrics();
    bool writeCases();
    bool writeTickets();
    void clear();

    HqDatabase &m_db;
    QString m_branch;
    QList<Pending> m_events;
    QMap<std::pair<QString, QString>, qint64> m_metrics; // (day, metric) → amount to add
    QHash<QString, CaseChange> m_cases;                  // case_no → its latest change
    QHash<QString, QString> m_itemOf;                    // case_no → item code
    QHash<QString, TicketState> m_tickets;               // ticket key → what is known
    QString m_lastError;
};
