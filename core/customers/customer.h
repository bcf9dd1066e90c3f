// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// A real-name customer (实名制) as stored in table customer. idNumber is the full number:
// show maskedIdNumber() unless the session may see full numbers (ViewFullIdNumbers).
struct Customer
{
    QString customerId; // UUID
    QString customerNo; // "KH<branch>-<yyyyMMdd>-<device>-<seq>", printed on forms
    QString name;
    QString idType; // Customer::ResidentId, Passport or Other
    QString idNumber;
    QString phone; // 11 digits, or empty
    QString address;
    bool vip = false; // VIP / green channel (绿色通道): served first
    QString notes;
    QString preferences; // how the customer likes to be served (contact times, dialect…)
    QString createdAt;   // UTC stamps
    QString updatedAt;

    QString maskedIdNumber() const;
    QString maskedPhone() const;

    // The identity document kinds. Only a resident ID has a checksum to verify.
    static QString residentId() { return QStringLiteral("resident_id"); }
    static QString passport() { return QStringLiteral("passport"); }
    static QString other() { return QStringLiteral("other"); }
};

// What a clerk types to register a customer.
struct NewCustomer
{
    QString name;
    QString idType = Customer::residentId();
    QString idNumber;
    QString phone; // optional
    QString address;
    bool vip = false;
    QString notes;
    QString preferences;
};

// A change to a customer: only the fields that are set change. The ID type and number can
// be corrected (a typing slip at registration) under the same rules as registration.
struct CustomerChanges
{
    std::optional<QString> name;
    std::optional<QString> idType;
    std::optional<QString> idNumber;
    std::optional<QString> phone;
    std::optional<QString> address;
    std::optional<bool> vip;
    std::optional<QString> notes;
    std::optional<QString> preferences;

    bool isEmpty() const
    {
        return !name && !idType && !idNumber && !phone && !address && !vip && !notes &&
               !preferences;
    }
};
