// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/enquiryservice.h"

#include "core/cases/casestep.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

Result<QString> EnquiryService::log(const Session &session, const NewEnquiry &enquiry)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return log(tx, session, enquiry); });
}

Result<QString> EnquiryService::log(WriteTransaction &tx, const Session &session,
                                    const NewEnquiry &e)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s.error();
    const Result<QString> name = CaseStep::requiredText(
        e.name, MaxNameLength,
        Error(QStringLiteral("enquiry.name_required"),
              QT_TRANSLATE_NOOP("Error", "Write down the caller's name (at most 40 characters); "
                                         "ask for it if they did not say.")));
    if (!name)
        return name.error();
    const QString unit = e.unit.trimmed();
    if (unit.size() > MaxUnitLength) {
        return Error(QStringLiteral("enquiry.bad_unit"),
                     QT_TRANSLATE_NOOP("Error", "The caller's unit is too long (at most 100 "
                                                "characters). Shorten it."));
    }
    // A mobile or a landline with area code and extension: digits with the usual marks.
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ()\\-]{5,23}[0-9]$"));
    const QString contact = e.contact.trimmed();
    if (!phone.match(contact).hasMatch()) {
        return Error(QStringLiteral("enquiry.bad_contact"),
                     QT_TRANSLATE_NOOP("Error", "Write down a phone number to call the person "
                                                "back, e.g. 13800138000 or 0816-5621234."));
    }
    const Result<QString> subject = CaseStep::requiredText(
        e.subject, MaxSubjectLength,
        Error(QStringLiteral("enquiry.subject_required"),
              QT_TRANSLATE_NOOP("Error", "Write down what the caller asked (at most 500 "
                                         "characters).")));
    if (!subject)
        return subject.error();
    const Result<QString> passedTo = CaseStep::requiredText(
        e.passedTo, MaxPassedToLength,
        Error(QStringLiteral("enquiry.passed_to_required"),
              QT_TRANSLATE_NOOP("Error", "Write down to whom the enquiry was passed on, or that "
                                         "you answered it yourself (at most 100 characters).")));
    if (!passedTo)
        return passedTo.error();
    const QDate today = BusinessDay::today();
    if (const Status s = CaseStep::requireOpenDay(tx, today); !s)
        return s.error();

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = Clock::nowStamp();
    QSqlQuery &q = tx.cached(QStringLiteral(
        "INSERT INTO enquiry(enquiry_id, name, unit, contact, subject, passed_to, staff_no, "
        "business_day, logged_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &v : {id, name.value(), unit, contact, subject.value(), passedTo.value(),
                             session.staffNo, today.toString(Qt::ISODate), now})
        q.addBindValue(v.isNull() ? QString(QLatin1String("")) : v);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    tx.touch(QStringLiteral("enquiry"));
    const Result<Event> event =
        tx.append(QStringLiteral("enquiry.logged"), session.staffNo,
                  {{QStringLiteral("enquiry_id"), id},
                   {QStringLiteral("name"), name.value()},
                   {QStringLiteral("unit"), unit},
                   {QStringLiteral("contact"), contact},
                   {QStringLiteral("subject"), subject.value()},
                   {QStringLiteral("passed_to"), passedTo.value()},
                   {QStringLiteral("business_day"), today.toString(Qt::ISODate)}});
    if (!event)
        return event.error();
    return id;
}

Result<Enquiry> EnquiryService::find(const QString &enquiryId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT enquiry_id, name, unit, contact, subject, passed_to, "
                       "staff_no, business_day, logged_at FROM enquiry WHERE enquiry_id = ?"));
    q.addBindValue(enquiryId);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next()) {
        return Error(QStringLiteral("enquiry.not_found"),
                     QT_TRANSLATE_NOOP("Error", "There is no such enquiry in the log."));
    }
    Enquiry e;
    e.enquiryId = q.value(0).toString();
    e.name = q.value(1).toString();
    e.unit = q.value(2).toString();
    e.contact = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.passedTo = q.value(5).toString();
    e.staffNo = q.value(6).toString();
    e.businessDay = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    e.loggedAt = q.value(8).toString();
    return e;
}
