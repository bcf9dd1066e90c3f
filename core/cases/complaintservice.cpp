// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/complaintservice.h"

#include "core/cases/casestep.h"
#include "core/common/businessday.h"
#include "core/staff/session.h"
#include "core/storage/writetransaction.h"

namespace {

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Status ComplaintService::approve(const Session &session, const QString &caseNo,
                                 const Session &approver)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return approve(tx, session, caseNo, approver); });
}

Status ComplaintService::approve(WriteTransaction &tx, const Session &session,
                                 const QString &caseNo, const Session &approver)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s;
    if (const Status s = CaseStep::requireApprover(
            session, approver,
            Error(QStringLiteral("case.approval_required"),
                  QT_TRANSLATE_NOOP("Error", "A complaint or petition is taken up on a leader's "
                                             "approval. Ask the supervisor on duty to approve it "
                                             "with their staff number and password.")));
        !s)
        return s;
    const Result<CaseStep::Begun> step = CaseStep::begin(tx, session, caseNo, CaseAction::Approve);
    if (!step)
        return step.error();
    const QString today = day(BusinessDay::today());
    return CaseStep::write(tx, caseNo, step->to, {{QLatin1String("approved_by"), approver.staffNo}},
                           CaseAction::Approve, session.staffNo,
                           {{QStringLiteral("approved_by"), approver.staffNo},
                            {QStringLiteral("approved_on"), today}});
}

Status ComplaintService::assign(const Session &session, const QString &caseNo,
                                const QString &section)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return assign(tx, session, caseNo, section); });
}

Status ComplaintService::assign(WriteTransaction &tx, const Session &session, const QString &caseNo,
                                const QString &rawSection)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s;
    const Result<QString> section = CaseStep::requiredText(
        rawSection, MaxSectionLength,
        Error(QStringLiteral("case.section_required"),
              QT_TRANSLATE_NOOP("Error", "Name the section that handles it (at most 100 "
                                         "characters), e.g. the civil affairs office.")));
    if (!section)
        return section.error();
    const Result<CaseStep::Begun> step = CaseStep::begin(tx, session, caseNo, CaseAction::Assign);
    if (!step)
        return step.error();
    return CaseStep::write(tx, caseNo, step->to, {{QLatin1String("assigned_to"), section.value()}},
                           CaseAction::Assign, session.staffNo,
                           {{QStringLiteral("section"), section.value()}});
}

Status ComplaintService::reportResult(const Session &session, const QString &caseNo,
                                      const QString &result)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return reportResult(tx, session, caseNo, result); });
}

Status ComplaintService::reportResult(WriteTransaction &tx, const Session &session,
                                      const QString &caseNo, const QString &rawResult)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s;
    const Result<QString> result = CaseStep::requiredText(
        rawResult, MaxTextLength,
        Error(QStringLiteral("case.result_required"),
              QT_TRANSLATE_NOOP("Error", "Write down what the section found and did (at most "
                                         "2000 characters).")));
    if (!result)
        return result.error();
    const Result<CaseStep::Begun> step =
        CaseStep::begin(tx, session, caseNo, CaseAction::ReportResult);
    if (!step)
        return step.error();
    return CaseStep::write(tx, caseNo, step->to, {{QLatin1String("result"), result.value()}},
                           CaseAction::ReportResult, session.staffNo,
                           {{QStringLiteral("result"), result.value()}});
}

QStringList ComplaintService::replyMethods()
{
    return {QStringLiteral("visit"), QStringLiteral("phone"), QStringLiteral("letter")};
}

Result<bool> ComplaintService::reply(const Session &session, const QString &caseNo,
                                     const QString &text, const QString &method)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return reply(tx, session, caseNo, text, method); });
}

Result<bool> ComplaintService::reply(WriteTransaction &tx, const Session &session,
                                     const QString &caseNo, const QString &rawReply,
                                     const QString &method)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s.error();
    const Result<QString> text = CaseStep::requiredText(
        rawReply, MaxTextLength,
        Error(QStringLiteral("case.reply_required"),
              QT_TRANSLATE_NOOP("Error", "Write down the reply given to the person (at most "
                                         "2000 characters).")));
    if (!text)
        return text.error();
    if (!replyMethods().contains(method)) {
        return Error(QStringLiteral("case.bad_reply_method"),
                     QT_TRANSLATE_NOOP("Error", "Choose how the reply was given: in person, by "
                                                "phone or by letter."));
    }
    const Result<CaseStep::Begun> step = CaseStep::begin(tx, session, caseNo, CaseAction::Reply);
    if (!step)
        return step.error();
    const QDate today = BusinessDay::today();
    const bool onTime = !step->head.dueOn.isValid() || today <= step->head.dueOn;
    if (const Status s = CaseStep::write(tx, caseNo, step->to,
                                         {{QLatin1String("reply"), text.value()},
                                          {QLatin1String("reply_method"), method},
                                          {QLatin1String("replied_on"), day(today)},
                                          {QLatin1String("completed_on"), day(today)},
                                          {QLatin1String("on_time"), onTime ? 1 : 0}},
                                         CaseAction::Reply, session.staffNo,
                                         {{QStringLiteral("reply"), text.value()},
                                          {QStringLiteral("method"), method},
                                          {QStringLiteral("replied_on"), day(today)},
                                          {QStringLiteral("on_time"), onTime}});
        !s)
        return s.error();
    return onTime;
}
