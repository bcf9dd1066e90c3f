// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/ratingservice.h"

#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/holidaycalendar.h"
#include "core/queue/callbackservice.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

Status checkRater(const Session &session, int score, const QSqlDatabase &db)
{
    if (const Status s = session.require(Permission::ServeCustomers); !s)
        return s;
    if (session.staffNo.isEmpty()) {
        return Error(QStringLiteral("queue.no_staff"),
                     QT_TRANSLATE_NOOP("Error", "The queue is worked by staff signed in with "
                                                "their staff number. Sign in at the counter."));
    }
    if (score < 1 || score > 5) {
        return Error(QStringLiteral("rating.bad_score"),
                     QT_TRANSLATE_NOOP("Error", "A rating is one of the five levels, from 1 "
                                                "(very dissatisfied) to 5 (very satisfied)."));
    }
    return BusinessDay::requireOpen(db, BusinessDay::today());
}

Error alreadyRated(const QString &what, int score)
{
    return Error(QStringLiteral("rating.already_rated"),
                 QT_TRANSLATE_NOOP("Error", "%1 was already rated (%2). Each service is rated "
                                            "once."),
                 {what, RatingService::scoreName(score)});
}

// The customer's phone for the callback.
QString phoneOf(WriteTransaction &tx, const QString &customerId)
{
    if (customerId.isEmpty())
        return QString();
    QSqlQuery q = tx.prepare(QStringLiteral("SELECT phone FROM customer WHERE customer_id = ?"));
    q.addBindValue(customerId);
    return tx.exec(q) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

QString RatingService::scoreName(int score)
{
    switch (score) {
    case 5:
        return tr("Very satisfied");
    case 4:
        return tr("Satisfied");
    case 3:
        return tr("Fairly satisfied");
    case 2:
        return tr("Dissatisfied");
    case 1:
        return tr("Very dissatisfied");
    }
    return QString();
}

Result<Rating> RatingService::rateTicket(const Session &session, const QString &ticketNo, int score)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return rateTicket(tx, session, ticketNo, score); });
}

Result<Rating> RatingService::rateTicket(WriteTransaction &tx, const Session &session,
                                         const QString &rawTicketNo, int score)
{
    const QSqlDatabase db = tx.database().connection();
    if (const Status s = checkRater(session, score, db); !s)
        return s.error();
    const QDate today = BusinessDay::today();
    const QString ticketNo = rawTicketNo.trimmed().toUpper();
    const Result<ServedTicket> served = findServedTicket(tx, ticketNo, today);
    if (!served)
        return served.error();
    const ServedTicket &t = served.value();

    const QString now = Clock::nowStamp();
    if (const Status s = storeTicketScore(tx, t.id, score, now); !s)
        return s.error();
    Rating r;
    r.score = score;
    const Result<QStringList> rated = storeCaseScores(tx, t.cases, score, now);
    if (!rated)
        return rated.error();
    r.caseNos = rated.value();
    if (score <= BadScore) {
        NewCallback c;
        c.ticketNo = ticketNo;
        c.caseNo = t.cases.value(0);
        c.customerId = t.customerId;
        c.contactPhone = t.phone.isEmpty() ? phoneOf(tx, t.customerId) : t.phone;
        c.score = score;
        c.windowCode = t.window;
        c.staffNo = t.servedBy;
        if (const Status s = openCallback(tx, c, today, r); !s)
            return s.error();
    }
    if (const Status s = appendTicketRated(tx, session, ticketNo, today, t, r); !s)
        return s.error();
    return r;
}

// Today's ticket, served and not rated yet.
Result<RatingService::ServedTicket>
RatingService::findServedTicket(WriteTransaction &tx, const QString &ticketNo, QDate today)
{
    QSqlQuery q = tx.prepare(QStringLiteral(
        "SELECT ticket_id, outcome, score, case_nos, customer_id, contact_phone, "
        "window_code, staff_no FROM ticket WHERE business_day = ? AND ticket_no = ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(ticketNo);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    if (!q.next()) {
        return Error(QStringLiteral("queue.unknown_ticket"),
                     QT_TRANSLATE_NOOP("Error", "There is no ticket %1 today. Check the number "
                                                "on the ticket."),
                     {ticketNo});
    }
    if (q.value(1).toString() != QLatin1String("served")) {
        return Error(QStringLiteral("rating.not_served"),
                     QT_TRANSLATE_NOOP("Error", "Ticket %1 has not been served yet. The customer "
                                                "rates at the end of the service."),
                     {ticketNo});
    }
    if (!q.value(2).isNull())
        return alreadyRated(tr("Ticket %1").arg(ticketNo), q.value(2).toInt());
    ServedTicket t;
    t.id = q.value(0).toLongLong();
    const QJsonArray array = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        t.cases.append(v.toString());
    t.customerId = q.value(4).toString();
    t.phone = q.value(5).toString();
    t.window = q.value(6).toString();
    t.servedBy = q.value(7).toString();
    q.finish();
    return t;
}

Status RatingService::storeTicketScore(WriteTransaction &tx, qint64 ticketId, int score,
                                       const QString &now)
{
    QSqlQuery rate =
        tx.prepare(QStringLiteral("UPDATE ticket SET score = ?, rated_at = ? WHERE ticket_id = ?"));
    rate.addBindValue(score);
    rate.addBindValue(now);
    rate.addBindValue(ticketId);
    if (const Status s = tx.exec(rate); !s)
        return s;
    tx.touch(QStringLiteral("ticket"));
    return success();
}

// One rating per case: cases rated on their own before keep their score. Returns the cases
// the score was stored on.
Result<QStringList> RatingService::storeCaseScores(WriteTransaction &tx, const QStringList &cases,
                                                   int score, const QString &now)
{
    QStringList rated;
    QSqlQuery rateCase = tx.prepare(QStringLiteral(
        "UPDATE service_case SET score = ?, updated_at = ? WHERE case_no = ? AND score IS NULL"));
    for (const QString &caseNo : cases) {
        rateCase.addBindValue(score);
        rateCase.addBindValue(now);
        rateCase.addBindValue(caseNo);
        if (const Status s = tx.exec(rateCase); !s)
            return s.error();
        if (rateCase.numRowsAffected() > 0)
            rated.append(caseNo);
    }
    if (!rated.isEmpty())
        tx.touch(QStringLiteral("service_case"));
    return rated;
}

// A bad rating's callback, due the next working day; noted in r.
Status RatingService::openCallback(WriteTransaction &tx, NewCallback c, QDate today, Rating &r)
{
    c.businessDay = today;
    c.reason = QStringLiteral("rating");
    c.dueOn = HolidayCalendar::load(tx.database().connection()).nextWorkingDay(today);
    const Result<QString> id = CallbackService::open(tx, c);
    if (!id)
        return id.error();
    r.callbackId = id.value();
    r.callbackDue = c.dueOn;
    return success();
}

Status RatingService::appendTicketRated(WriteTransaction &tx, const Session &session,
                                        const QString &ticketNo, QDate today, const ServedTicket &t,
                                        const Rating &r)
{
    QJsonObject data{{QStringLiteral("ticket_no"), ticketNo},
                     {QStringLiteral("score"), r.score},
                     {QStringLiteral("business_day"), today.toString(Qt::ISODate)},
                     {QStringLiteral("case_nos"), QJsonArray::fromStringList(r.caseNos)},
                     {QStringLiteral("window"), t.window},
                     {QStringLiteral("served_by"), t.servedBy}};
    if (!r.callbackId.isEmpty())
        data.insert(QStringLiteral("callback_id"), r.callbackId);
    const Result<Event> e = tx.append(QStringLiteral("ticket.rated"), session.staffNo, data);
    if (!e)
        return e.error();
    return success();
}

Result<Rating> RatingService::rateCase(const Session &session, const QString &rawCaseNo, int score)
{
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) -> Result<Rating> {
        const QSqlDatabase db = tx.database().connection();
        if (const Status s = checkRater(session, score, db); !s)
            return s.error();
        const QString caseNo = rawCaseNo.trimmed().toUpper();
        QSqlQuery q = tx.prepare(QStringLiteral("SELECT score, customer_id, window_code, "
                                                "first_responder FROM service_case WHERE "
                                                "case_no = ?"));
        q.addBindValue(caseNo);
        if (const Status s = tx.exec(q); !s)
            return s.error();
        if (!q.next()) {
            return Error(QStringLiteral("case.not_found"),
                         QT_TRANSLATE_NOOP("Error", "There is no case %1. Check the case number "
                                                    "on the receipt slip."),
                         {caseNo});
        }
        if (!q.value(0).isNull())
            return alreadyRated(tr("Case %1").arg(caseNo), q.value(0).toInt());
        const QString customerId = q.value(1).toString();
        const QString window = q.value(2).toString();
        const QString responder = q.value(3).toString();
        q.finish();
        QSqlQuery rate = tx.prepare(
            QStringLiteral("UPDATE service_case SET score = ?, updated_at = ? WHERE case_no = ?"));
        rate.addBindValue(score);
        rate.addBindValue(Clock::nowStamp());
        rate.addBindValue(caseNo);
        if (const Status s = tx.exec(rate); !s)
            return s.error();
        tx.touch(QStringLiteral("service_case"));
        Rating r;
        r.score = score;
        r.caseNos = QStringList{caseNo};
        const QDate today = BusinessDay::today();
        if (score <= BadScore) {
            NewCallback c;
            c.caseNo = caseNo;
            c.customerId = customerId;
            c.contactPhone = phoneOf(tx, customerId);
            c.score = score;
            c.windowCode = window;
            c.staffNo = responder;
            if (const Status s = openCallback(tx, c, today, r); !s)
                return s.error();
        }
        QJsonObject data{{QStringLiteral("case_no"), caseNo}, {QStringLiteral("score"), score}};
        if (!r.callbackId.isEmpty())
            data.insert(QStringLiteral("callback_id"), r.callbackId);
        const Result<Event> e = tx.append(QStringLiteral("case.rated"), session.staffNo, data);
        if (!e)
            return e.error();
        return r;
    });
}

std::optional<int> RatingService::caseScore(const QString &caseNo) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT score FROM service_case WHERE case_no = ? AND score IS NOT NULL"));
    q.addBindValue(caseNo);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return std::nullopt;
}
