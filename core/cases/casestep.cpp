// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/casestep.h"

#include "core/staff/approvalrule.h"

#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace CaseStep {

Status requireStaff(const Session &session)
{
    if (const Status s = session.require(Permission::ServeCustomers); !s)
        return s;
    if (session.staffNo.isEmpty()) {
        return Error(QStringLiteral("case.no_staff"),
                     QT_TRANSLATE_NOOP("Error", "Cases are handled by staff signed in with their "
                                                "staff number. Sign in at the counter."));
    }
    return success();
}

Status requireOpenDay(WriteTransaction &tx, QDate day)
{
    QSqlQuery &q = tx.cached(QStringLiteral("SELECT 1 FROM business_day WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (const Status s = tx.exec(q); !s)
        return s;
    const bool closed = q.next();
    q.finish();
    // BusinessDay words the refusal, so every area says the same.
    return closed ? BusinessDay::requireOpen(tx.database().connection(), day) : success();
}

Status requireApprover(const Session &session, const Session &approver, const Error &refusal)
{
    // Who may approve whom is ApprovalRule's; a supervisor's own extension is theirs to give.
    const bool ownAsSupervisor = !approver.console && !approver.staffNo.isEmpty() &&
                                 approver.staffNo == session.staffNo &&
                                 session.can(Permission::Approve);
    return ApprovalRule::mayApprove(session, approver) || ownAsSupervisor ? success()
                                                                          : Status(refusal);
}

Error notFound(const QString &caseNo)
{
    return Error(QStringLiteral("case.not_found"),
                 QT_TRANSLATE_NOOP("Error", "There is no case %1. Check the case number on the "
                                            "receipt slip."),
                 {caseNo});
}

Result<CaseHead> read(WriteTransaction &tx, const QString &caseNo)
{
    QSqlQuery &q = tx.cached(
        QStringLiteral("SELECT kind, status, item_code, materials_received, due_on, extended, "
                       "mode FROM service_case WHERE case_no = ?"));
    q.addBindValue(caseNo);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    if (!q.next()) {
        q.finish();
        return notFound(caseNo);
    }
    CaseHead h;
    h.caseNo = caseNo;
    CaseState::kindFromKey(q.value(0).toString(), &h.kind);
    CaseState::fromKey(q.value(1).toString(), &h.status);
    h.itemCode = q.value(2).toString();
    const QJsonArray materials = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
    for (const QJsonValue &m : materials)
        h.materialsReceived.append(m.toString());
    h.dueOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    h.extended = q.value(5).toBool();
    h.mode = q.value(6).toString();
    q.finish();
    return h;
}

Result<Begun> begin(WriteTransaction &tx, const Session &session, const QString &caseNo,
                    CaseAction action)
{
    if (const Status s = requireStaff(session); !s)
        return s.error();
    if (const Status s = requireOpenDay(tx, BusinessDay::today()); !s)
        return s.error();
    const Result<CaseHead> head = read(tx, caseNo);
    if (!head)
        return head.error();
    const Result<CaseStatus> to = CaseState::next(head->kind, head->status, action);
    if (!to)
        return to.error();
    return Begun{head.value(), to.value()};
}

Status write(WriteTransaction &tx, const QString &caseNo, CaseStatus to, const Columns &columns,
             CaseAction action, const QString &staff, QJsonObject data)
{
    QString sql = QStringLiteral("UPDATE service_case SET status = ?");
    for (const auto &column : columns)
        sql += QStringLiteral(", %1 = ?").arg(column.first);
    sql += QStringLiteral(", updated_at = ? WHERE case_no = ?");
    QSqlQuery &q = tx.cached(sql);
    q.addBindValue(CaseState::key(to));
    for (const auto &column : columns)
        q.addBindValue(column.second);
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(caseNo);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("service_case"));
    data.insert(QStringLiteral("case_no"), caseNo);
    const Result<Event> event = tx.append(CaseState::eventType(action), staff, data);
    if (!event)
        return event.error();
    return success();
}

Result<QString> requiredText(const QString &raw, int maxLength, const Error &problem)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || text.size() > maxLength)
        return problem;
    return text;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace CaseStep
