// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Database;
class WorkingCalendar;
class WriteTransaction;
struct Session;

// A follow-up call (回访) as stored in table callback.
struct Callback
{
    QString callbackId;
    QString caseNo; // either or both of case and ticket
    QString ticketNo;
    QDate businessDay; // of the ticket or the rating
    QString reason;    // "rating" (a bad rating), or a clerk's words
    QDate dueOn;
    QString status; // open, done
    int attempts = 0;
    QDate doneOn;
    QString outcome; // resolved, explained, dissatisfied, unreachable
    QString notes;
    QString customerId;
    QString contactPhone;
    int score = 0;
    QString windowCode;
    QString staffNo; // who served the customer
    QDateTime createdAt;
    QDateTime lastAttemptAt;
    QDateTime retryAfter; // not reached: try again from then

    bool isOpen() const { return status == QLatin1String("open"); }
    bool isOverdue(QDate today) const { return isOpen() && dueOn < today; }
};

// One attempt to reach the customer.
struct CallbackAttempt
{
    bool reached = false;
    QString outcome; // reached: resolved, explained or dissatisfied
    QString notes;
};

// A callback as a list shows it, with the customer's name.
struct CallbackEntry
{
    Callback callback;
    QString customerName;
};

// What opens a callback (a bad rating, inside the rating's transaction).
struct NewCallback
{
    QString caseNo;
    QString ticketNo;
    QDate businessDay;
    QString reason;
    QDate dueOn;
    QString customerId;
    QString contactPhone;
    int score = 0;
    QString windowCode;
    QString staffNo;
};

// Follow-up calls (DOMAIN.md rule 14): due callbacks are worked from a list; each attempt
// is one transaction with a callback.recorded event {callback_id, case_no, ticket_no,
// attempt, reached, outcome, notes, done, retry_after}. A customer not reached is tried
// again at another time of day (retryAfter); after MaxAttempts unanswered calls the
// callback is closed as unreachable. Needs Permission::ServeCustomers and an open day.
class CallbackService
{
    Q_DECLARE_TR_FUNCTIONS(CallbackService)
public:
    static constexpr int MaxAttempts = 3;
    static constexpr int MaxNotesLength = 500;

    explicit CallbackService(Database &db) : m_db(db) {}

    // Refusals: callback.not_found, callback.closed, callback.outcome_required (reached
    // without one of the reached outcomes), callback.notes_too_long.
    Result<Callback> record(const Session &session, const QString &callbackId,
                            const CallbackAttempt &attempt);
    Result<Callback> record(WriteTransaction &tx, const Session &session, const QString &callbackId,
                            const CallbackAttempt &attempt);

    Result<Callback> find(const QString &callbackId) const;
    // Open callbacks by due date and retry time, or (includeDone) all, newest due first.
    static QList<CallbackEntry> list(const QSqlDatabase &db, bool includeDone, int offset,
                                     int limit);

    // Writes a new open callback inside the caller's transaction (whose event names it);
    // returns its id.
    static Result<QString> open(WriteTransaction &tx, const NewCallback &callback);

    // When to try again after an unanswered call at attempt (UTC): a morning call is
    // retried in the afternoon (14:30), an afternoon one the next working morning (09:30).
    static QDateTime retryAfter(const QDateTime &attempt, const WorkingCalendar &calendar);

    static QStringList reachedOutcomes(); // resolved, explained, dissatisfied
    static QString outcomeName(const QString &outcome);
    static QString reasonText(const QString &reason, int score);

private:
    // record: validate, apply the attempt, write the row, append callback.recorded.
    static Result<Callback> validateAttempt(const Session &session, const QSqlDatabase &db,
                                            QDate today, const QString &callbackId,
                                            const CallbackAttempt &attempt, const QString &notes);
    static void applyAttempt(Callback &c, const CallbackAttempt &attempt, const QString &notes,
                             const QDateTime &now, QDate today, const QSqlDatabase &db);
    static Status storeCallback(WriteTransaction &tx, const Callback &c, const QDateTime &now);
    static Status appendRecorded(WriteTransaction &tx, const Session &session, const Callback &c,
                                 bool reached, const QString &notes, const QDateTime &now);

    Database &m_db;
};
