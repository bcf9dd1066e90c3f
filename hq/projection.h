// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/event.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

class HqDatabase;

// Keeps HQ's report figures (per branch and local business day, as named metrics such as
// "cases.accepted.mode.commitment" or "payments.fen.fee.GB01") and its case and ticket
// indexes up to date inside the transaction that stores the events. A batch's events are
// added first and written together by flush(): one upsert per figure, case and ticket,
// plus one look-up of what earlier batches stored, instead of statements per event.
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
    // The queue systems' waiting-time bands: "0-3", "3-6" … "12-15", "15+" (minutes).
    static QString waitBand(qint64 seconds);
    static const QStringList &waitBands();

private:
    struct CaseChange
    {
        QString status;
        QString itemCode; // empty: keep the stored one
        QString at;
    };
    struct TicketTimes
    {
        QString issuedAt;
        QString calledAt;
        bool changed = false;
    };

    void add(const QString &day, const QString &metric, qint64 value);
    void applyCase(const Event &e, const QJsonObject &data, const QString &day);
    bool loadStored();
    void applyTicket(const Event &e);
    bool writeCases();
    bool writeTickets();

    HqDatabase &m_db;
    QString m_branch;
    QMap<std::pair<QString, QString>, qint64> m_metrics; // (day, metric) → amount to add
    QHash<QString, CaseChange> m_cases;                  // case_no → its latest change
    QHash<QString, QString> m_itemOf;                    // case_no → item code
    QList<Event> m_caseMoves;              // non-registration case events: counted by item at flush
    QList<Event> m_ticketEvents;           // counted at flush, once earlier times are loaded
    QHash<QString, TicketTimes> m_tickets; // ticket key → times
    QString m_lastError;
};
