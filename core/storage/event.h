// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// One entry of the hash-chained event log (DESIGN.md, "event_log").
struct Event
{
    qint64 seq = 0;
    QString id;      // UUID without braces
    QString type;    // e.g. "case.accepted"
    QString at;      // UTC ISO-8601 with milliseconds
    QString staff;   // staff number, empty for the device itself
    QByteArray data; // compact JSON object, keys sorted
    QString prev;    // previous event's hash; 64 zeros for seq 1
    QString hash;

    static QString genesisHash() { return QString(64, QLatin1Char('0')); }
    // hex(SHA-256(prev \n seq \n id \n type \n at \n staff \n data))
    static QString computeHash(const QString &prev, qint64 seq, const QString &id,
                               const QString &type, const QString &at, const QString &staff,
                               const QByteArray &data);
    static QByteArray canonicalData(const QJsonObject &data);

    QString expectedHash() const { return computeHash(prev, seq, id, type, at, staff, data); }
    QJsonObject dataObject() const;
    // The wire form of the HQ API: data as a JSON object, not a string.
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, Event *event, QString *problem);
};
