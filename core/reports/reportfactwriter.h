// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/reports/reportfacts.h"

class Database;
class QSqlQuery;

// The branch's side of ReportFacts: inside the write transaction that appends an event,
// derives its fact and writes it to report_fact and report_fee_line. What the rule needs
// of earlier events it reads from the case rows and the facts already written.
class ReportFactWriter : public ReportFacts::Source
{
public:
    explicit ReportFactWriter(Database &db) : m_db(db) {}

    // Writes the fact of an event just appended (nothing for a type reports do not count).
    Status write(const Event &e, const QJsonObject &data);
    // Derives every fact again from the whole event log, in the caller's transaction.
    static Status refill(Database &db);

    ReportFacts::CaseRecord caseRecord(const QString &caseNo) override;
    QVariant plannedMode(const QString &itemCode) override;
    ReportFacts::TicketSoFar ticket(const QString &businessDay, const QString &ticketNo) override;
    QString localDay(const QString &stamp) const override;

private:
    Status insert(const ReportFacts::Fact &fact);
    bool run(QSqlQuery &q, std::initializer_list<QVariant> values);

    Database &m_db;
    Status m_lookup = success(); // the first failed look-up of this write
};
