// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QString>

class Database;
class WriteTransaction;
struct Session;

// What the staff member notes down about a phone enquiry (电话咨询登记).
struct NewEnquiry
{
    QString name;     // who called
    QString unit;     // their village, company or office (optional)
    QString contact;  // a phone number to call back
    QString subject;  // what they asked
    QString passedTo; // to whom it was passed on, or who answered it
};

struct Enquiry
{
    QString enquiryId; // UUID
    QString name;
    QString unit;
    QString contact;
    QString subject;
    QString passedTo;
    QString staffNo; // who took the call (first responder)
    QDate businessDay;
    QString loggedAt; // UTC stamp
};

// The log of phone enquiries: each one is one transaction with an enquiry.logged event.
// Needs Permission::ServeCustomers, a staff number and an open business day.
class EnquiryService
{
public:
    static constexpr int MaxNameLength = 40;
    static constexpr int MaxUnitLength = 100;
    static constexpr int MaxSubjectLength = 500;
    static constexpr int MaxPassedToLength = 100;

    explicit EnquiryService(Database &db) : m_db(db) {}

    // The new enquiry's id. Refusals: enquiry.name_required, enquiry.bad_unit,
    // enquiry.bad_contact, enquiry.subject_required, enquiry.passed_to_required,
    // case.no_staff, day.closed, auth.*.
    Result<QString> log(const Session &session, const NewEnquiry &enquiry);
    Result<QString> log(WriteTransaction &tx, const Session &session, const NewEnquiry &enquiry);

    Result<Enquiry> find(const QString &enquiryId) const;

private:
    Database &m_db;
};
