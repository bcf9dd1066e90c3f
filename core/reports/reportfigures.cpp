// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportfigures.h"

#include <algorithm>

namespace {
template <typename Map> void addMap(Map &into, const Map &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        into[it.key()].add(it.value());
}

template <size_t N> void addArray(std::array<int, N> &into, const std::array<int, N> &from)
{
    for (size_t i = 0; i < N; ++i)
        into[i] += from[i];
}

double averageMinutes(qint64 totalMs, int count)
{
    return count > 0 ? double(totalMs) / count / 60000.0 : -1;
}
} // namespace

void CaseTally::add(const CaseTally &other)
{
    registered += other.registered;
    accepted += other.accepted;
    completed += other.completed;
    completedOnTime += other.completedOnTime;
    refused += other.refused;
    forwarded += other.forwarded;
}

bool CaseTally::isEmpty() const
{
    return registered == 0 && accepted == 0 && completed == 0 && refused == 0 && forwarded == 0;
}

void ReportMoneyTally::add(const ReportMoneyTally &other)
{
    payments += other.payments;
    takenFen += other.takenFen;
    voids += other.voids;
    voidedFen += other.voidedFen;
    refunds += other.refunds;
    refundedFen += other.refundedFen;
}

void ReportFeeTally::add(const ReportFeeTally &other)
{
    quantity += other.quantity;
    amountFen += other.amountFen;
}

int QueueTally::bandOf(qint64 waitMs)
{
    if (waitMs <= 0)
        return 0;
    return int(std::min<qint64>(BandCount - 1, waitMs / BandMs));
}

double QueueTally::averageWaitMinutes() const
{
    return averageMinutes(waitMsTotal, waited);
}

double QueueTally::averageServiceMinutes() const
{
    return averageMinutes(serviceMsTotal, serviced);
}

void QueueTally::add(const QueueTally &other)
{
    issued += other.issued;
    called += other.called;
    served += other.served;
    noShow += other.noShow;
    transferred += other.transferred;
    addArray(waitBands, other.waitBands);
    waitMsTotal += other.waitMsTotal;
    waited += other.waited;
    serviceMsTotal += other.serviceMsTotal;
    serviced += other.serviced;
}

void RatingTally::addScore(bool forCase, int score, int times)
{
    if (score < 1 || score > 5)
        return;
    (forCase ? cases : tickets)[score - 1] += times;
}

int RatingTally::total() const
{
    int n = 0;
    for (int score = 1; score <= 5; ++score)
        n += count(score);
    return n;
}

double RatingTally::average() const
{
    int n = 0;
    int sum = 0;
    for (int score = 1; score <= 5; ++score) {
        n += count(score);
        sum += score * count(score);
    }
    return n > 0 ? double(sum) / n : -1;
}

void RatingTally::add(const RatingTally &other)
{
    addArray(tickets, other.tickets);
    addArray(cases, other.cases);
}

double ClerkTally::averageServiceMinutes() const
{
    return averageMinutes(serviceMsTotal, serviced);
}

void ClerkTally::add(const ClerkTally &other)
{
    cases.add(other.cases);
    money.add(other.money);
    ticketsServed += other.ticketsServed;
    serviceMsTotal += other.serviceMsTotal;
    serviced += other.serviced;
    ratings.add(other.ratings);
    complaints += other.complaints;
}

void PeriodFigures::add(const PeriodFigures &other)
{
    cases.add(other.cases);
    addMap(casesByItem, other.casesByItem);
    addMap(casesByWindow, other.casesByWindow);
    addMap(casesByMode, other.casesByMode);
    money.add(other.money);
    addMap(moneyByMethod, other.moneyByMethod);
    addMap(fees, other.fees);
    queue.add(other.queue);
    ratings.add(other.ratings);
    addArray(ticketsByHour, other.ticketsByHour);
    addArray(casesByHour, other.casesByHour);
    addArray(paymentsByHour, other.paymentsByHour);
    addMap(clerks, other.clerks);
    corrections += other.corrections;
    shifts += other.shifts;
    complaints += other.complaints;
    callbackAttempts += other.callbackAttempts;
    callbacksReached += other.callbacksReached;
}
