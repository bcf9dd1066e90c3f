// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A queue ticket of one business day (table ticket). Numbers restart every day, so the
// day and the number together name a ticket.
struct Ticket
{
    qint64 id = 0;
    QDate businessDay;
    QString ticketNo; // A001
    QString category; // where it waits or was served (changes on transfer)
    QString issuedCategory;
    QString priority = QStringLiteral("normal"); // normal, vip, elderly, disabled
    bool green = false;                          // green channel (绿色通道): called first
    QString channel;                             // kiosk, counter
    QString customerId;
    QString contactPhone;
    QString status;       // waiting, called, parked, served, no_show
    QString targetWindow; // transferred to this window only
    QString windowCode;   // where it was called last
    QString staffNo;      // who serves it
    QString issuedBy;
    QDateTime issuedAt;
    QDateTime queuedAt; // since when it waits where it waits
    QDateTime firstCalledAt;
    QDateTime calledAt; // the latest call, recall or resume
    int callCount = 0;
    QDateTime serviceStartedAt;
    qint64 serviceMs = 0; // finished stretches of service
    int transfers = 0;
    QDateTime finishedAt;
    QString outcome; // served, no_show
    QStringList caseNos;
    int score = 0;       // 0: not rated
    int peopleAhead = 0; // at issue: waiting before it in its category

    bool isWaiting() const { return status == QLatin1String("waiting"); }
    bool isCalled() const { return status == QLatin1String("called"); }
    bool isParked() const { return status == QLatin1String("parked"); }
    bool isFinished() const { return !outcome.isEmpty(); }
};

// The words for a ticket's codes, translated.
class TicketText
{
    Q_DECLARE_TR_FUNCTIONS(TicketText)
public:
    static QStringList priorities(); // normal, vip, elderly, disabled
    static bool isGreen(const QString &priority) { return priority != QLatin1String("normal"); }
    static QString priorityName(const QString &priority);
    static QString statusName(const QString &status);
    static QString outcomeName(const QString &outcome);
    // "3 min", "1 h 05 min" for waiting and service times.
    static QString duration(qint64 seconds);
};
