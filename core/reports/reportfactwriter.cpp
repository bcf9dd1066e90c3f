// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportfactwriter.h"

#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char kInsertFact[] =
    "INSERT INTO report_fact(type, at, seq, staff, case_no, item_code, window_code, kind, mode, "
    "on_time, receipt_no, method, amount_fen, ticket_no, moment, caller, first_call, wait_ms, "
    "outcome, service_ms, server, score, reached, business_day) "
    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char kInsertFeeLine[] = "INSERT INTO report_fee_line(at, seq, line, fee_code, qty, "
                              "amount_fen) VALUES(?, ?, ?, ?, ?, ?)";
const char kCase[] = "SELECT item_code, window_code, mode FROM service_case WHERE case_no = ?";
const char kPlannedMode[] = "SELECT mode FROM catalogue_item WHERE code = ?";
// The ticket's latest issue and latest call of its business day (ticket_no is the index's
// first column, so these stay index look-ups).
const char kTicketStep[] = "SELECT moment, caller FROM report_fact WHERE ticket_no = ? AND "
                           "type = ? AND business_day = ? ORDER BY at DESC LIMIT 1";

} // namespace

bool ReportFactWriter::run(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (m_lookup.ok())
        m_lookup = Database::errorFrom(q.lastError());
    return false;
}

ReportFacts::CaseRecord ReportFactWriter::caseRecord(const QString &caseNo)
{
    QSqlQuery &q = m_db.statement(QLatin1String(kCase));
    ReportFacts::CaseRecord record;
    if (run(q, {caseNo}) && q.next())
        record = {q.value(0), q.value(1), q.value(2)};
    q.finish();
    return record;
}

QVariant ReportFactWriter::plannedMode(const QString &itemCode)
{
    QSqlQuery &q = m_db.statement(QLatin1String(kPlannedMode));
    QVariant mode;
    if (run(q, {itemCode}) && q.next())
        mode = q.value(0);
    q.finish();
    return mode;
}

ReportFacts::TicketSoFar ReportFactWriter::ticket(const QString &businessDay,
                                                  const QString &ticketNo)
{
    ReportFacts::TicketSoFar t;
    QSqlQuery &q = m_db.statement(QLatin1String(kTicketStep));
    if (run(q, {ticketNo, QStringLiteral("ticket.issued"), businessDay}) && q.next())
        t.issuedAt = q.value(0).toString();
    q.finish();
    if (run(q, {ticketNo, QStringLiteral("ticket.called"), businessDay}) && q.next()) {
        t.called = true;
        t.lastCallAt = q.value(0).toString();
        t.lastCaller = q.value(1).toString();
    }
    q.finish();
    return t;
}

QString ReportFactWriter::localDay(const QString &stamp) const
{
    const QDateTime utc = Clock::parseStamp(stamp);
    return utc.isValid() ? utc.toLocalTime().date().toString(Qt::ISODate) : QString();
}

Status ReportFactWriter::write(const Event &e, const QJsonObject &data)
{
    if (!ReportFacts::counts(e.type))
        return success();
    m_lookup = success();
    const std::optional<ReportFacts::Fact> fact = ReportFacts::derive(e, data, *this);
    if (!m_lookup)
        return m_lookup;
    return fact ? insert(*fact) : success();
}

Status ReportFactWriter::insert(const ReportFacts::Fact &f)
{
    QSqlQuery &q = m_db.statement(QLatin1String(kInsertFact));
    if (!run(q, {f.type,       f.at,        f.seq,    f.staff,  f.caseNo,    f.itemCode,
                 f.windowCode, f.kind,      f.mode,   f.onTime, f.receiptNo, f.method,
                 f.amountFen,  f.ticketNo,  f.moment, f.caller, f.firstCall, f.waitMs,
                 f.outcome,    f.serviceMs, f.server, f.score,  f.reached,   f.businessDay}))
        return m_lookup;
    QSqlQuery &line = m_db.statement(QLatin1String(kInsertFeeLine));
    for (const ReportFacts::FeeLine &l : f.feeLines) {
        if (!run(line, {f.at, f.seq, l.line, l.feeCode, l.qty, l.amountFen}))
            return m_lookup;
    }
    return success();
}

Status ReportFactWriter::refill(Database &db)
{
    QSqlQuery clear = db.query();
    for (const char *sql : {"DELETE FROM report_fact", "DELETE FROM report_fee_line"}) {
        if (!clear.exec(QLatin1String(sql)))
            return Database::errorFrom(clear.lastError());
    }
    QSqlQuery read = db.query();
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT seq, type, at, staff, data FROM event_log ORDER BY seq")))
        return Database::errorFrom(read.lastError());
    ReportFactWriter writer(db);
    while (read.next()) {
        Event e;
        e.seq = read.value(0).toLongLong();
        e.type = read.value(1).toString();
        if (!ReportFacts::counts(e.type))
            continue;
        e.at = read.value(2).toString();
        e.staff = read.value(3).toString();
        e.data = read.value(4).toString().toUtf8();
        // An event whose data is not a JSON object (none is: the log writes canonical JSON)
        // is skipped, as it was by the trigger before.
        const QJsonDocument data = QJsonDocument::fromJson(e.data);
        if (!data.isObject())
            continue;
        if (const Status s = writer.write(e, data.object()); !s)
            return s;
    }
    return success();
}
