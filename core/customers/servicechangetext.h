// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/subscription.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// How a recorded opening or change reads to a person: on the card's history and on the
// form the customer signs. Keys and values of ServiceChangeRecord::before/after in words.
class ServiceChangeText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceChangeText)
public:
    // "Plan", "Status", "Holder"…; empty for keys not shown (customer_id).
    static QString fieldName(const QString &key);
    // A value in words: a status key becomes its name, true/false on/off…
    static QString value(const QString &key, const QJsonValue &value);
    // The rows (field, before, after) that describe the change, in a stable order.
    struct Line
    {
        QString field;
        QString before;
        QString after;
    };
    static QList<Line> lines(const ServiceChangeRecord &record);
    // One line for a list: "Plan: 19元畅享套餐 → 29元畅享套餐".
    static QString summary(const ServiceChangeRecord &record);
    // "ID card" or "Service password".
    static QString identityName(const QString &identityKey);
};
