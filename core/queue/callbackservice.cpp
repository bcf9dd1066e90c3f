// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/callbackservice.h"

#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/holidaycalendar.h"
#include "core/common/workingcalendar.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

const char *const kCallbackColumns =
    "callback_id, case_no, ticket_no, business_day, reason, due_on, status, attempts, done_on, "
    "outcome, notes, customer_id, contact_phone, score, window_code, staff_no, created_at, "
    "last_attempt_at, retry_after";

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QDateTime stampOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : Clock::parseStamp(v.toString());
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Callback callbackFrom(const QSqlQuery &q)
{
    Callback c;
    c.callbackId = q.value(0).toString();
    c.caseNo = q.value(1).toString();
    c.ticketNo = q.value(2).toString();
    c.businessDay = dateOf(q.value(3));
    c.reason = q.value(4).toString();
    c.dueOn = dateOf(q.value(5));
    c.status = q.value(6).toString();
    c.attempts = q.value(7).toInt();
    c.doneOn = dateOf(q.value(8));
    c.outcome = q.value(9).toString();
    c.notes = q.value(10).toString();
    c.customerId = q.value(11).toString();
    c.contactPhone = q.value(12).toString();
    c.score = q.value(13).toInt();
    c.windowCode = q.value(14).toString();
    c.staffNo = q.value(15).toString();
    c.createdAt = stampOf(q.value(16));
    c.lastAttemptAt = stampOf(q.value(17));
    c.retryAfter = stampOf(q.value(18));
    return c;
}

Error notFound(const QString &id)
{
    return Error(QStringLiteral("callback.not_found"),
                 QT_TRANSLATE_NOOP("Error", "There is no callback %1. Choose one from the list "
                                            "of callbacks."),
                 {id});
}

Result<Callback> read(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM callback WHERE callback_id = ?")
                  .arg(QLatin1String(kCallbackColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next())
        return notFound(id);
    return callbackFrom(q);
}

} // namespace

QStringList CallbackService::reachedOutcomes()
{
    return {QStringLiteral("resolved"), QStringLiteral("explained"),
            QStringLiteral("dissatisfied")};
}

QString CallbackService::outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("resolved"))
        return tr("Problem solved");
    if (outcome == QLatin1String("explained"))
        return tr("Explained, customer accepts");
    if (outcome == QLatin1String("dissatisfied"))
        return tr("Still dissatisfied, passed on");
    if (outcome == QLatin1String("unreachable"))
        return tr("Not reachable");
    return outcome;
}

QString CallbackService::reasonText(const QString &reason, int score)
{
    if (reason == QLatin1String("rating"))
        return tr("Bad rating (%1)").arg(score);
    return reason;
}

QDateTime CallbackService::retryAfter(const QDateTime &attempt, const WorkingCalendar &calendar)
{
    const QDateTime local = attempt.toLocalTime();
    if (local.time() < QTime(12, 0)) // morning: the afternoon of the same day
        return QDateTime(local.date(), QTime(14, 30), Qt::LocalTime).toUTC();
    return QDateTime(calendar.nextWorkingDay(local.date()), QTime(9, 30), Qt::LocalTime).toUTC();
}

Result<QString> CallbackService::open(WriteTransaction &tx, const NewCallback &c)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = Clock::nowStamp();
    QSqlQuery q = tx.prepare(QStringLiteral(
        "INSERT INTO callback(callback_id, case_no, ticket_no, business_day, reason, due_on, "
        "status, attempts, customer_id, contact_phone, score, window_code, staff_no, "
        "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, 'open', 0, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(id), nullable(c.caseNo), nullable(c.ticketNo),
          nullable(c.businessDay.toString(Qt::ISODate)), nullable(c.reason),
          QVariant(c.dueOn.toString(Qt::ISODate)), nullable(c.customerId), nullable(c.contactPhone),
          c.score > 0 ? QVariant(c.score) : QVariant(QMetaType(QMetaType::Int)),
          nullable(c.windowCode), nullable(c.staffNo), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    tx.touch(QStringLiteral("callback"));
    return id;
}

QList<CallbackEntry> CallbackService::list(const QSqlDatabase &db, bool includeDone, int offset,
                                           int limit)
{
    QList<CallbackEntry> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString columns = QLatin1String(kCallbackColumns);
    columns.replace(QStringLiteral(", "), QStringLiteral(", b."));
    q.prepare(QStringLiteral("SELECT b.%1, coalesce(c.name, '') FROM callback b LEFT JOIN "
                             "customer c ON c.customer_id = b.customer_id %2 LIMIT ? OFFSET ?")
                  .arg(columns, includeDone
                                    ? QStringLiteral("ORDER BY b.due_on DESC, b.created_at DESC")
                                    : QStringLiteral("WHERE b.status = 'open' ORDER BY b.due_on, "
                                                     "coalesce(b.retry_after, ''), b.created_at")));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({callbackFrom(q), q.value(19).toString()});
    return list;
}

Result<Callback> CallbackService::find(const QString &callbackId) const
{
    return read(m_db.connection(), callbackId);
}

Result<Callback> CallbackService::record(const Session &session, const QString &callbackId,
                                         const CallbackAttempt &attempt)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return record(tx, session, callbackId, attempt); });
}

Result<Callback> CallbackService::record(WriteTransaction &tx, const Session &session,
                                         const QString &callbackId, const CallbackAttempt &attempt)
{
    const QSqlDatabase db = tx.database().connection();
    const QDate today = BusinessDay::today();
    const QString notes = attempt.notes.trimmed();
    Result<Callback> found = validateAttempt(session, db, today, callbackId, attempt, notes);
    if (!found)
        return found.error();
    Callback c = found.take();
    const QDateTime now = Clock::nowUtc();
    applyAttempt(c, attempt, notes, now, today, db);
    if (const Status s = storeCallback(tx, c, now); !s)
        return s.error();
    if (const Status s = appendRecorded(tx, session, c, attempt.reached, notes, now); !s)
        return s.error();
    return c;
}

// The staff member, the day, the attempt's notes and outcome, and an open callback.
Result<Callback> CallbackService::validateAttempt(const Session &session, const QSqlDatabase &db,
                                                  QDate today, const QString &callbackId,
                                                  const CallbackAttempt &attempt,
                                                  const QString &notes)
{
    if (const Status s = session.require(Permission::ServeCustomers); !s)
        return s.error();
    if (session.staffNo.isEmpty()) {
        return Error(QStringLiteral("queue.no_staff"),
                     QT_TRANSLATE_NOOP("Error", "The queue is worked by staff signed in with "
                                                "their staff number. Sign in at the counter."));
    }
    if (const Status s = BusinessDay::requireOpen(db, today); !s)
        return s.error();
    if (notes.size() > MaxNotesLength) {
        return Error(QStringLiteral("callback.notes_too_long"),
                     QT_TRANSLATE_NOOP("Error", "The notes are too long (at most 500 "
                                                "characters). Shorten them."));
    }
    if (attempt.reached && !reachedOutcomes().contains(attempt.outcome)) {
        return Error(QStringLiteral("callback.outcome_required"),
                     QT_TRANSLATE_NOOP("Error", "Choose the outcome of the call: problem "
                                                "solved, explained, or still dissatisfied."));
    }
    Result<Callback> found = read(db, callbackId);
    if (!found)
        return found.error();
    if (!found->isOpen()) {
        return Error(QStringLiteral("callback.closed"),
                     QT_TRANSLATE_NOOP("Error", "This callback was already finished on %1. "
                                                "Choose an open one."),
                     {found->doneOn.toString(Qt::ISODate)});
    }
    return found;
}

// Done when the customer was reached or after the last unanswered attempt; otherwise tried
// again at another time of day.
void CallbackService::applyAttempt(Callback &c, const CallbackAttempt &attempt,
                                   const QString &notes, const QDateTime &now, QDate today,
                                   const QSqlDatabase &db)
{
    c.attempts += 1;
    c.lastAttemptAt = now;
    if (!notes.isEmpty())
        c.notes = c.notes.isEmpty() ? notes : c.notes + QLatin1Char('\n') + notes;
    if (attempt.reached || c.attempts >= MaxAttempts) {
        c.status = QStringLiteral("done");
        c.outcome = attempt.reached ? attempt.outcome : QStringLiteral("unreachable");
        c.doneOn = today;
        c.retryAfter = QDateTime();
    } else {
        c.retryAfter = retryAfter(now, HolidayCalendar::load(db));
    }
}

Status CallbackService::storeCallback(WriteTransaction &tx, const Callback &c, const QDateTime &now)
{
    const QVariant noText(QMetaType(QMetaType::QString));
    QSqlQuery q = tx.prepare(QStringLiteral(
        "UPDATE callback SET status = ?, attempts = ?, done_on = ?, outcome = ?, notes = ?, "
        "last_attempt_at = ?, retry_after = ?, updated_at = ? WHERE callback_id = ?"));
    for (const QVariant &v :
         {QVariant(c.status), QVariant(c.attempts),
          c.doneOn.isValid() ? QVariant(c.doneOn.toString(Qt::ISODate)) : noText,
          nullable(c.outcome), nullable(c.notes), QVariant(Clock::stamp(now)),
          c.retryAfter.isValid() ? QVariant(Clock::stamp(c.retryAfter)) : noText,
          QVariant(Clock::stamp(now)), QVariant(c.callbackId)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("callback"));
    return success();
}

Status CallbackService::appendRecorded(WriteTransaction &tx, const Session &session,
                                       const Callback &c, bool reached, const QString &notes,
                                       const QDateTime &now)
{
    QJsonObject data{{QStringLiteral("callback_id"), c.callbackId},
                     {QStringLiteral("attempt"), c.attempts},
                     {QStringLiteral("reached"), reached},
                     {QStringLiteral("outcome"), c.outcome},
                     {QStringLiteral("done"), !c.isOpen()},
                     {QStringLiteral("recorded_at"), Clock::stamp(now)}};
    if (!c.caseNo.isEmpty())
        data.insert(QStringLiteral("case_no"), c.caseNo);
    if (!c.ticketNo.isEmpty()) {
        data.insert(QStringLiteral("ticket_no"), c.ticketNo);
        data.insert(QStringLiteral("business_day"), c.businessDay.toString(Qt::ISODate));
    }
    if (!notes.isEmpty())
        data.insert(QStringLiteral("notes"), notes);
    if (c.retryAfter.isValid())
        data.insert(QStringLiteral("retry_after"), Clock::stamp(c.retryAfter));
    const Result<Event> e = tx.append(QStringLiteral("callback.recorded"), session.staffNo, data);
    if (!e)
        return e.error();
    return success();
}
