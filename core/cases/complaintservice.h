// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

class Database;
class WriteTransaction;
struct Session;

// The reception flow of complaints (投诉) and petitions (信访) after CaseService has
// registered them (kind complaint or petition): a leader approves handling it, it is
// assigned to a section (again if the section hands it back), the section's result is
// recorded, and the reply is given to the person, on time or late against the due date
// set at registration. Each step is one transaction with one event (case.approved,
// case.assigned, case.result, case.replied) and a move of CaseState; a complaint not taken
// up is refused with CaseService::refuse, and extended once with CaseService::extend.
// Every step needs Permission::ServeCustomers, a staff number and an open business day;
// refusals as CaseService's (case.not_found, case.illegal_transition, day.closed…).
class ComplaintService
{
public:
    static constexpr int MaxSectionLength = 100;
    static constexpr int MaxTextLength = 2000;

    explicit ComplaintService(Database &db) : m_db(db) {}

    // approver: the leader, from StaffService::authoriseApproval or the signed-in
    // supervisor themselves. Refusals: case.approval_required.
    Status approve(const Session &session, const QString &caseNo, const Session &approver);
    Status approve(WriteTransaction &tx, const Session &session, const QString &caseNo,
                   const Session &approver);
    // Refusals: case.section_required.
    Status assign(const Session &session, const QString &caseNo, const QString &section);
    Status assign(WriteTransaction &tx, const Session &session, const QString &caseNo,
                  const QString &section);
    // What the section found and did. Refusals: case.result_required.
    Status reportResult(const Session &session, const QString &caseNo, const QString &result);
    Status reportResult(WriteTransaction &tx, const Session &session, const QString &caseNo,
                        const QString &result);
    // The answer given to the person by method (visit, phone, letter). Returns whether it
    // was on time. Refusals: case.reply_required, case.bad_reply_method.
    Result<bool> reply(const Session &session, const QString &caseNo, const QString &reply,
                       const QString &method);
    Result<bool> reply(WriteTransaction &tx, const Session &session, const QString &caseNo,
                       const QString &reply, const QString &method);
    static QStringList replyMethods(); // visit, phone, letter

private:
    Database &m_db;
};
