// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casestate.h"
#include "core/common/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

// What a case list shows: any combination of these, each empty (or Any) for all.
struct CaseFilter
{
    enum class Due {
        Any,
        DueSoon,  // running, due today or within CaseDeadline::DueSoonWorkingDays
        Overdue,  // running, due date passed
        Warnings, // either of the two
    };
    enum class Order {
        Newest,  // newest registration first
        DueDate, // earliest due date first, cases without one last
    };

    std::optional<CaseKind> kind;
    QString status; // a CaseState key, openStatus() for every unfinished one, or empty
    Due due = Due::Any;
    QString windowCode;
    QString itemCode;
    QString clerk; // the first responder's staff number
    QString customerId;
    QString caseNoPrefix;
    Order order = Order::Newest;

    static QString openStatus() { return QStringLiteral("open"); }
};

// One line of a case list.
struct CaseRow
{
    qint64 rowId = 0; // registration order
    QString caseNo;
    CaseKind kind = CaseKind::Case;
    QString itemCode;
    QString itemName;
    QString customerName;
    CaseStatus status = CaseStatus::Registered;
    QString windowCode;
    QString firstResponder;
    QDate businessDay;
    QDate dueOn;
    bool extended = false;
    QString mode; // immediate, commitment, forward (set on acceptance)
};

// Pages of the case list straight from SQL, never the whole table: the page's row ids are
// chosen from service_case alone (by its indexes), then joined to the item and the
// applicant. Newest-first pages continue after the last row id shown (keyset); due-date
// pages by offset (they cover running cases only, which are few).
class CaseQuery
{
public:
    struct Page
    {
        qint64 afterRowId = 0; // Newest: rows older than this one (0: from the newest)
        int offset = 0;        // DueDate: rows to skip
        int limit = 100;
    };
    // today and dueSoonUntil (CaseDeadline::dueSoonUntil) place the due filters.
    static Result<QList<CaseRow>> page(const QSqlDatabase &db, const CaseFilter &filter,
                                       QDate today, QDate dueSoonUntil, const Page &page);
};
