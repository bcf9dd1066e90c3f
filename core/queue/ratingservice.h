// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

class Database;
struct NewCallback;
class WriteTransaction;
struct Session;

// What a rating did: the score, the cases it was stored on, and the callback a bad score
// created (empty when none).
struct Rating
{
    int score = 0;
    QStringList caseNos;
    QString callbackId;
    QDate callbackDue;
};

// The customer's satisfaction (好差评, DOMAIN.md rule 13): five levels, 5 = 非常满意 …
// 1 = 非常不满意, given once on the counter's rating pad. A score of 2 or less opens a
// callback (回访) due within 1 working day. One transaction, one event each:
// rateTicket → ticket.rated {ticket_no, score, business_day, case_nos, callback_id};
// rateCase → case.rated {case_no, score, callback_id}. Needs Permission::ServeCustomers
// (the pad runs at the clerk's counter) and an open business day.
class RatingService
{
    Q_DECLARE_TR_FUNCTIONS(RatingService)
public:
    static constexpr int BadScore = 2; // this and below open a callback

    explicit RatingService(Database &db) : m_db(db) {}

    // Rates today's served ticket and stores the score on the cases handled during it that
    // are not rated yet. Refusals: rating.bad_score, queue.unknown_ticket,
    // rating.not_served, rating.already_rated.
    Result<Rating> rateTicket(const Session &session, const QString &ticketNo, int score);
    Result<Rating> rateTicket(WriteTransaction &tx, const Session &session, const QString &ticketNo,
                              int score);
    // Refusals: rating.bad_score, case.not_found, rating.already_rated.
    Result<Rating> rateCase(const Session &session, const QString &caseNo, int score);

    // 非常满意, 满意, 基本满意, 不满意, 非常不满意 (translated), for 5 … 1.
    static QString scoreName(int score);
    // The case's rating, if it has one.
    std::optional<int> caseScore(const QString &caseNo) const;

private:
    // What rating a ticket needs of it.
    struct ServedTicket
    {
        qint64 id = 0;
        QStringList cases; // handled during the service
        QString customerId;
        QString phone;
        QString window;
        QString servedBy;
    };

    // rateTicket: validate, store the scores, open a callback when bad, append ticket.rated.
    static Result<ServedTicket> findServedTicket(WriteTransaction &tx, const QString &ticketNo,
                                                 QDate today);
    static Status storeTicketScore(WriteTransaction &tx, qint64 ticketId, int score,
                                   const QString &now);
    static Result<QStringList> storeCaseScores(WriteTransaction &tx, const QStringList &cases,
                                               int score, const QString &now);
    static Status openCallback(WriteTransaction &tx, NewCallback c, QDate today, Rating &r);
    static Status appendTicketRated(WriteTransaction &tx, const Session &session,
                                    const QString &ticketNo, QDate today, const ServedTicket &t,
                                    const Rating &r);

    Database &m_db;
};
