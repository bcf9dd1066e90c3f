// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

// The figures of the daily and monthly reports, as counted from the event log. Each tally
// adds up: a month's figures are the sum of its days' (PeriodFigures::add).

// Cases (办件) by what happened to them in the period.
struct CaseTally
{
    int registered = 0;
    int accepted = 0;
    int completed = 0;
    int completedOnTime = 0;
    int refused = 0;
    int forwarded = 0;

    void add(const CaseTally &other);
    bool isEmpty() const;
};

// Payments and their corrections. Voids and refunds count where the payment was taken
// (its method, its clerk), so net figures answer "what did this till or clerk keep".
struct ReportMoneyTally
{
    int payments = 0;
    qint64 takenFen = 0;
    int voids = 0;
    qint64 voidedFen = 0;
    int refunds = 0;
    qint64 refundedFen = 0;

    qint64 netFen() const { return takenFen - voidedFen - refundedFen; }
    void add(const ReportMoneyTally &other);
    bool isEmpty() const { return payments == 0 && voids == 0 && refunds == 0; }
};

// Fee lines of the payments taken (before voids and refunds).
struct ReportFeeTally
{
    qint64 quantity = 0;
    qint64 amountFen = 0;

    void add(const ReportFeeTally &other);
};

// The queue: tickets and the times the standard asks for. Waiting is from the ticket's
// issue to its first call, service from its last call to its end; both in milliseconds.
struct QueueTally
{
    // 0-3, 3-6, 6-9, 9-12, 12-15 and 15+ minutes (the queue systems' standard bands).
    static constexpr int BandCount = 6;
    static constexpr qint64 BandMs = 3 * 60 * 1000;
    static int bandOf(qint64 waitMs);

    int issued = 0;
    int called = 0; // tickets called at least once
    int served = 0;
    int noShow = 0;
    int transferred = 0;
    std::array<int, BandCount> waitBands{};
    qint64 waitMsTotal = 0;
    int waited = 0; // tickets with a known waiting time
    qint64 serviceMsTotal = 0;
    int serviced = 0; // served tickets with a known service time

    double averageWaitMinutes() const; // -1 when nothing waited
    double averageServiceMinutes() const;
    void add(const QueueTally &other);
    bool isEmpty() const
    {
        return issued == 0 && called == 0 && served + noShow + transferred == 0;
    }
};

// Satisfaction (好差评) scores 1-5, given for tickets and for cases.
struct RatingTally
{
    std::array<int, 5> tickets{}; // [score - 1]
    std::array<int, 5> cases{};

    void addScore(bool forCase, int score, int times = 1); // scores outside 1-5 are ignored
    int count(int score) const { return tickets[score - 1] + cases[score - 1]; }
    int total() const;
    int bad() const { return count(1) + count(2); } // a callback is due for these
    double average() const;                         // -1 without ratings
    void add(const RatingTally &other);
};

// One clerk's part (营业员考核), by the staff number on the events.
struct ClerkTally
{
    CaseTally cases;
    ReportMoneyTally money;
    int ticketsServed = 0;
    qint64 serviceMsTotal = 0;
    int serviced = 0;
    RatingTally ratings;
    int complaints = 0; // complaints this clerk registered

    double averageServiceMinutes() const;
    void add(const ClerkTally &other);
};

// A void or a refund, with what is known of the payment it corrects.
struct PaymentCorrection
{
    QString at;
    QString receiptNo;
    bool refund = false;
    qint64 amountFen = 0; // voided: the payment's amount; refunded: the refund's
    QString method;       // of the payment; empty when the payment is not found
    QString takenBy;      // staff no. who took the payment (or who corrected it, if unknown)
    QString staffNo;      // who recorded the correction
    QString reason;
    QString approvedBy;
    bool paymentFound = false;
};

// A shift's cash count at its close (交接班).
struct ShiftClose
{
    QString at;
    QString shiftId;
    QString window;
    QString staffNo;
    qint64 expectedFen = 0;
    qint64 countedFen = 0;
    qint64 varianceFen = 0;
};

// A complaint (投诉) registered in the period.
struct ComplaintEntry
{
    QString at;
    QString caseNo;
    QString channel;
    QString itemCode;
    QString staffNo;
    QString status; // the case's status now, from service_case
};

// Everything counted for a day or a month.
struct PeriodFigures
{
    CaseTally cases;
    QMap<QString, CaseTally> casesByItem;
    QMap<QString, CaseTally> casesByWindow;
    QMap<QString, CaseTally> casesByMode;
    ReportMoneyTally money;
    QMap<QString, ReportMoneyTally> moneyByMethod;
    QMap<QString, ReportFeeTally> fees;
    QueueTally queue;
    RatingTally ratings;
    std::array<int, 24> ticketsByHour{};
    std::array<int, 24> casesByHour{};
    std::array<int, 24> paymentsByHour{};
    QMap<QString, ClerkTally> clerks;
    QList<PaymentCorrection> corrections;
    QList<ShiftClose> shifts;
    QList<ComplaintEntry> complaints;
    int callbackAttempts = 0; // callback.recorded events
    int callbacksReached = 0;

    void add(const PeriodFigures &other);
};
