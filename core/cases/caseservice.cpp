// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caseservice.h"

#include "core/cases/casedeadline.h"
#include "core/cases/casestep.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/documentnumber.h"
#include "core/common/holidaycalendar.h"
#include "core/common/numbersequence.h"
#include "core/master/formvalidation.h"
#include "core/master/masterdata.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/sealing.h"
#include "core/storage/writetransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using CaseStep::nullable;

namespace {

const char *const kCaseColumns =
    "case_no, item_code, customer_id, channel, first_responder, window_code, status, mode, "
    "accepted_on, due_on, limit_days, completed_on, on_time, materials_received, form_data, "
    "missing, refusal_reason, forwarded_to, extended, business_day, created_at, updated_at, "
    "kind, subject, forwarded_on, decision, decision_note, decided_at, delivered_on, "
    "delivery_method, original_due_on, extension_days, extension_reason, "
    "extension_approved_by, approved_by, assigned_to, result, reply, reply_method, replied_on";

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

// Trimmed, without empties and repeats, in the order given.
QStringList cleaned(const QStringList &items)
{
    QStringList list;
    for (const QString &raw : items) {
        const QString s = raw.trimmed();
        if (!s.isEmpty() && !list.contains(s))
            list.append(s);
    }
    return list;
}

Error reasonRequired()
{
    // "Every matter gets an answer": the applicant takes the reason home in writing.
    return Error(QStringLiteral("case.reason_required"),
                 QT_TRANSLATE_NOOP("Error", "Write the reason (at most 500 characters); the "
                                            "applicant receives it in writing."));
}

} // namespace

// Statements used once per action, prepared once per service instance: the demo seeder
// runs millions of actions through one instance.
struct CaseService::Statements
{
    explicit Statements(const QSqlDatabase &db) : insert(db), customerExists(db)
    {
        insert.prepare(QStringLiteral(
            "INSERT INTO service_case(case_no, item_code, customer_id, channel, first_responder, "
            "window_code, status, materials_received, form_data, business_day, created_at, "
            "updated_at, kind, subject, accepted_on, due_on, limit_days) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        customerExists.prepare(QStringLiteral("SELECT 1 FROM customer WHERE customer_id = ?"));
    }

    QSqlQuery insert;
    QSqlQuery customerExists;
};

// Master data and identity, read once and dropped when the table they come from changes
// (Database::changed after a commit), so a batch of a million cases reads them once.
struct CaseService::Cache
{
    std::optional<WorkingCalendar> calendar;
    std::optional<QHash<QString, CatalogueItem>> items;
    std::optional<QSet<QString>> windows;
    std::optional<DeviceIdentity> identity;
    QMetaObject::Connection changed;
};

CaseService::CaseService(Database &db) : m_db(db), m_cache(std::make_unique<Cache>())
{
    Cache *c = m_cache.get();
    c->changed = QObject::connect(&db, &Database::changed, [c](const QStringList &tables) {
        if (tables.contains(HolidayCalendar::table()))
            c->calendar.reset();
        if (tables.contains(QLatin1String("catalogue_item")))
            c->items.reset();
        if (tables.contains(QLatin1String("service_window")))
            c->windows.reset();
        if (tables.contains(QLatin1String("setting")))
            c->identity.reset();
    });
}

CaseService::~CaseService()
{
    QObject::disconnect(m_cache->changed);
}

CaseService::Statements &CaseService::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection());
    return *m_statements;
}

CaseService::Cache &CaseService::cache()
{
    Cache &c = *m_cache;
    if (!c.items) {
        QHash<QString, CatalogueItem> items;
        const QList<CatalogueItem> all = MasterData::catalogue(m_db.connection(), true);
        for (const CatalogueItem &i : all)
            items.insert(i.code, i);
        c.items = items;
    }
    if (!c.windows) {
        QSet<QString> windows;
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT code FROM service_window WHERE active = 1"))) {
            while (q.next())
                windows.insert(q.value(0).toString());
        }
        c.windows = windows;
    }
    if (!c.identity)
        c.identity = DeviceIdentity::load(m_db.connection());
    return c;
}

const WorkingCalendar &CaseService::calendar()
{
    if (!m_cache->calendar)
        m_cache->calendar = HolidayCalendar::load(m_db.connection());
    return *m_cache->calendar;
}

Result<QString> CaseService::registerCase(const Session &session, const NewCase &newCase)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return registerCase(tx, session, newCase); });
}

// A case as registration will write it, every field checked.
struct CaseService::Draft
{
    const CatalogueItem *item = nullptr;
    QString customerId;
    CaseKind kind = CaseKind::Case;
    QString channel;
    QString window;
    QJsonObject form;      // applications
    QStringList materials; // applications
    QString subject;       // complaints and petitions
    QDate acceptedOn;      // complaints and petitions: their time limit runs at once
    QDate dueOn;
    int limitDays = 0;

    bool application() const { return kind == CaseKind::Case; }
};

Result<QString> CaseService::registerCase(WriteTransaction &tx, const Session &session,
                                          const NewCase &newCase)
{
    const QDate today = BusinessDay::today();
    const Result<Draft> draft = validateCase(tx, session, newCase, today);
    if (!draft)
        return draft.error();
    const Result<QString> caseNo = nextCaseNo(tx, today);
    if (!caseNo)
        return caseNo;
    if (const Status s = insertCase(tx, session, draft.value(), caseNo.value(), today); !s)
        return s.error();
    if (const Status s = appendRegistered(tx, session, draft.value(), caseNo.value(), today); !s)
        return s.error();
    return caseNo;
}

Result<CaseService::Draft> CaseService::validateCase(WriteTransaction &tx, const Session &session,
                                                     const NewCase &newCase, QDate today)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s.error();
    if (const Status s = CaseStep::requireOpenDay(tx, today); !s)
        return s.error();
    Draft d;
    d.customerId = newCase.customerId;
    d.kind = newCase.kind;
    if (const Status s = checkWhere(session, newCase, d); !s)
        return s.error();
    if (const Status s = checkContent(newCase, today, d); !s)
        return s.error();
    if (const Status s = requireCustomer(tx, newCase.customerId); !s)
        return s.error();
    return d;
}

// The item (offered), the channel and the window.
Status CaseService::checkWhere(const Session &session, const NewCase &newCase, Draft &d)
{
    Cache &c = cache();
    const auto it = c.items->constFind(newCase.itemCode);
    if (it == c.items->constEnd()) {
        return Error(QStringLiteral("case.unknown_item"),
                     QT_TRANSLATE_NOOP("Error", "There is no catalogue item %1. Choose the matter "
                                                "from the service catalogue."),
                     {newCase.itemCode});
    }
    const CatalogueItem &item = it.value();
    if (!item.active) {
        return Error(QStringLiteral("case.inactive_item"),
                     QT_TRANSLATE_NOOP("Error", "Catalogue item %1 (%2) is no longer offered. "
                                                "Choose a current matter from the catalogue."),
                     {item.code, item.name});
    }
    d.item = &item;
    d.channel = newCase.channel.isEmpty() ? QStringLiteral("visit") : newCase.channel;
    if (d.channel != QLatin1String("visit") && d.channel != QLatin1String("phone") &&
        d.channel != QLatin1String("letter")) {
        return Error(QStringLiteral("case.bad_channel"),
                     QT_TRANSLATE_NOOP("Error", "A case comes by visit, phone or letter, not "
                                                "\"%1\". Choose how the applicant came."),
                     {d.channel});
    }
    d.window = newCase.windowCode;
    if (d.window.isEmpty())
        d.window = session.window.isEmpty() ? item.windowCode : session.window;
    if (!d.window.isEmpty() && !c.windows->contains(d.window)) {
        return Error(QStringLiteral("case.unknown_window"),
                     QT_TRANSLATE_NOOP("Error", "There is no window %1. Choose one of the hall's "
                                                "windows."),
                     {d.window});
    }
    return success();
}

// An application's form and materials, or a complaint's or petition's words and time limit.
Status CaseService::checkContent(const NewCase &newCase, QDate today, Draft &d)
{
    if (d.application()) {
        // The form: every required field present, every value of its type.
        const Result<QJsonObject> checked = FormValidation::check(d.item->fields, newCase.formData);
        if (!checked)
            return checked.error();
        d.form = checked.value();
        d.materials = cleaned(newCase.materialsReceived);
        return success();
    }
    // A complaint or petition is about an item; its words are the matter, and its time
    // limit runs from the day it is received.
    const Result<QString> text = CaseStep::requiredText(
        newCase.subject, MaxSubjectLength,
        Error(QStringLiteral("case.subject_required"),
              QT_TRANSLATE_NOOP("Error", "Write down what the complaint or petition is about "
                                         "(at most 1000 characters).")));
    if (!text)
        return text.error();
    d.subject = text.value();
    d.limitDays = newCase.kind == CaseKind::Complaint ? ComplaintLimitDays : PetitionLimitDays;
    d.acceptedOn = today;
    d.dueOn = calendar().addWorkingDays(today, d.limitDays);
    return success();
}

Status CaseService::requireCustomer(WriteTransaction &tx, const QString &customerId)
{
    QSqlQuery &q = statements().customerExists;
    q.addBindValue(customerId);
    if (const Status s = tx.exec(q); !s)
        return s;
    const bool found = q.next();
    q.finish();
    if (!found) {
        return Error(QStringLiteral("case.unknown_customer"),
                     QT_TRANSLATE_NOOP("Error", "The applicant is not a registered customer. Look "
                                                "the customer up or register them first."));
    }
    return success();
}

Result<QString> CaseService::nextCaseNo(WriteTransaction &tx, QDate today)
{
    const Result<int> seq = NumberSequence::next(tx, QStringLiteral("case"), today);
    if (!seq)
        return seq.error();
    const Cache &c = cache();
    const QString caseNo = DocumentNumber::format(DocumentNumber::Case, c.identity->branchCode,
                                                  today, c.identity->deviceTag, seq.value());
    if (caseNo.isEmpty()) {
        return Error(QStringLiteral("case.no_identity"),
                     QT_TRANSLATE_NOOP("Error", "This terminal has no valid branch code or "
                                                "device tag for case numbers. Ask the "
                                                "administrator to set up the terminal "
                                                "(halldeskctl init)."));
    }
    return caseNo;
}

Status CaseService::insertCase(WriteTransaction &tx, const Session &session, const Draft &d,
                               const QString &caseNo, QDate today)
{
    const QString now = Clock::nowStamp();
    QSqlQuery &q = statements().insert;
    for (const QVariant &v :
         {QVariant(caseNo), QVariant(d.item->code), QVariant(d.customerId), QVariant(d.channel),
          QVariant(session.staffNo), nullable(d.window),
          QVariant(CaseState::key(CaseStatus::Registered)),
          QVariant(compact(QJsonArray::fromStringList(d.materials))),
          QVariant(compact(Sealing::sealJson(m_db.deviceKey(), d.form))), // ID numbers sealed
          QVariant(day(today)), QVariant(now), QVariant(now), QVariant(CaseState::kindKey(d.kind)),
          nullable(d.subject), nullable(day(d.acceptedOn)), nullable(day(d.dueOn)),
          d.application() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(d.limitDays)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("service_case"));
    return success();
}

Status CaseService::appendRegistered(WriteTransaction &tx, const Session &session, const Draft &d,
                                     const QString &caseNo, QDate today)
{
    QJsonObject data{{QStringLiteral("case_no"), caseNo},
                     {QStringLiteral("item_code"), d.item->code},
                     {QStringLiteral("customer_id"), d.customerId},
                     {QStringLiteral("channel"), d.channel},
                     {QStringLiteral("first_responder"), session.staffNo},
                     {QStringLiteral("window"), d.window},
                     {QStringLiteral("business_day"), day(today)},
                     {QStringLiteral("kind"), CaseState::kindKey(d.kind)}};
    if (!d.application()) {
        data.insert(QStringLiteral("subject"), d.subject);
        data.insert(QStringLiteral("due_on"), day(d.dueOn));
        data.insert(QStringLiteral("limit_days"), d.limitDays);
    }
    const Result<Event> event = tx.append(QStringLiteral("case.registered"), session.staffNo, data);
    if (!event)
        return event.error();
    return success();
}

Result<CaseAcceptance> CaseService::accept(const Session &session, const QString &caseNo,
                                           const QStringList &materialsNowReceived)
{
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) {
        return accept(tx, session, caseNo, materialsNowReceived);
    });
}

Result<CaseAcceptance> CaseService::accept(WriteTransaction &tx, const Session &session,
                                           const QString &caseNo,
                                           const QStringList &materialsNowReceived)
{
    const Result<CaseStep::Begun> step = CaseStep::begin(tx, session, caseNo, CaseAction::Accept);
    if (!step)
        return step.error();
    const CaseHead &head = step->head;
    Cache &c = cache();
    const auto it = c.items->constFind(head.itemCode);
    if (it == c.items->constEnd()) // the foreign key makes this a damaged database
        return CaseStep::notFound(caseNo);
    const CatalogueItem &item = it.value();

    const QStringList received = cleaned(head.materialsReceived + materialsNowReceived);
    QStringList missing;
    for (const QString &m : item.materials) {
        if (!received.contains(m))
            missing.append(m);
    }
    if (!missing.isEmpty()) {
        return Error(QStringLiteral("case.materials_missing"),
                     QT_TRANSLATE_NOOP("Error", "The case cannot be accepted: these materials are "
                                                "missing: %1. Give the applicant a one-time "
                                                "notice of missing materials instead."),
                     {missing.join(QStringLiteral("; "))});
    }

    CaseAcceptance a;
    a.mode = item.mode;
    a.acceptedOn = BusinessDay::today();
    a.limitDays = item.limitDays;
    // A forward item runs its limit too: the higher level decides within it.
    a.dueOn = item.mode == QLatin1String("immediate")
                  ? a.acceptedOn
                  : calendar().addWorkingDays(a.acceptedOn, item.limitDays);

    if (const Status s = CaseStep::write(
            tx, caseNo, step->to,
            {{QLatin1String("mode"), a.mode},
             {QLatin1String("accepted_on"), day(a.acceptedOn)},
             {QLatin1String("due_on"), day(a.dueOn)},
             {QLatin1String("limit_days"), a.limitDays},
             {QLatin1String("materials_received"), compact(QJsonArray::fromStringList(received))},
             {QLatin1String("missing"), QStringLiteral("[]")}},
            CaseAction::Accept, session.staffNo,
            {{QStringLiteral("mode"), a.mode},
             {QStringLiteral("accepted_on"), day(a.acceptedOn)},
             {QStringLiteral("due_on"), day(a.dueOn)},
             {QStringLiteral("limit_days"), a.limitDays}});
        !s)
        return s.error();
    return a;
}

Status CaseService::requestMaterials(const Session &session, const QString &caseNo,
                                     const QStringList &missing)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return requestMaterials(tx, session, caseNo, missing); });
}

Status CaseService::requestMaterials(WriteTransaction &tx, const Session &session,
                                     const QString &caseNo, const QStringList &rawMissing)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s;
    const QStringList missing = cleaned(rawMissing);
    if (missing.isEmpty()) {
        return Error(QStringLiteral("case.nothing_missing"),
                     QT_TRANSLATE_NOOP("Error", "The notice lists no missing materials. Tick "
                                                "everything the applicant still has to bring, "
                                                "all in one notice."));
    }
    const Result<CaseStep::Begun> step =
        CaseStep::begin(tx, session, caseNo, CaseAction::RequestMaterials);
    if (!step)
        return step.error();
    return CaseStep::write(
        tx, caseNo, step->to,
        {{QLatin1String("missing"), compact(QJsonArray::fromStringList(missing))}},
        CaseAction::RequestMaterials, session.staffNo,
        {{QStringLiteral("missing"), QJsonArray::fromStringList(missing)}});
}

Status CaseService::refuse(const Session &session, const QString &caseNo, const QString &reason)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return refuse(tx, session, caseNo, reason); });
}

Status CaseService::refuse(WriteTransaction &tx, const Session &session, const QString &caseNo,
                           const QString &rawReason)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s;
    const Result<QString> reason =
        CaseStep::requiredText(rawReason, MaxReasonLength, reasonRequired());
    if (!reason)
        return reason.error();
    const Result<CaseStep::Begun> step = CaseStep::begin(tx, session, caseNo, CaseAction::Refuse);
    if (!step)
        return step.error();
    return CaseStep::write(tx, caseNo, step->to,
                           {{QLatin1String("refusal_reason"), reason.value()}}, CaseAction::Refuse,
                           session.staffNo, {{QStringLiteral("reason"), reason.value()}});
}

Status CaseService::forward(const Session &session, const QString &caseNo, const QString &to)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return forward(tx, session, caseNo, to); });
}

Status CaseService::forward(WriteTransaction &tx, const Session &session, const QString &caseNo,
                            const QString &rawTo)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s;
    const Result<QString> to = CaseStep::requiredText(
        rawTo, MaxAddresseeLength,
        Error(QStringLiteral("case.addressee_required"),
              QT_TRANSLATE_NOOP("Error", "Name the office the case is forwarded to (at most 100 "
                                         "characters), e.g. the county government service "
                                         "centre.")));
    if (!to)
        return to.error();
    const Result<CaseStep::Begun> step = CaseStep::begin(tx, session, caseNo, CaseAction::Forward);
    if (!step)
        return step.error();
    const QString today = day(BusinessDay::today());
    return CaseStep::write(
        tx, caseNo, step->to,
        {{QLatin1String("forwarded_to"), to.value()}, {QLatin1String("forwarded_on"), today}},
        CaseAction::Forward, session.staffNo,
        {{QStringLiteral("to"), to.value()}, {QStringLiteral("forwarded_on"), today}});
}

Result<bool> CaseService::recordDecision(WriteTransaction &tx, const QString &caseNo,
                                         const QString &status, const QString &note,
                                         const QString &decidedAt)
{
    QJsonObject data{{QStringLiteral("case_no"), caseNo},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("note"), note},
                     {QStringLiteral("decided_at"), decidedAt}};
    const Result<CaseHead> head = CaseStep::read(tx, caseNo);
    bool moves = false;
    if (head) {
        moves = CaseState::next(head->kind, head->status, CaseAction::Decide).ok();
    } else if (head.error().code() != QLatin1String("case.not_found")) {
        return head.error();
    }
    data.insert(QStringLiteral("applied"), moves);
    if (!moves) {
        // Not here, or already completed on the paper answer: the fact is kept, the case
        // stays as it is.
        const Result<Event> event = tx.append(CaseState::eventType(CaseAction::Decide), {}, data);
        if (!event)
            return event.error();
        return false;
    }
    if (const Status s = CaseStep::write(tx, caseNo, CaseStatus::Decided,
                                         {{QLatin1String("decision"), status},
                                          {QLatin1String("decision_note"), note},
                                          {QLatin1String("decided_at"), decidedAt}},
                                         CaseAction::Decide, QString(), data);
        !s)
        return s.error();
    return true;
}

Result<CaseExtension> CaseService::extend(const Session &session, const QString &caseNo, int days,
                                          const QString &reason, const Session &approver)
{
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) {
        return extend(tx, session, caseNo, days, reason, approver);
    });
}

Result<CaseExtension> CaseService::extend(WriteTransaction &tx, const Session &session,
                                          const QString &caseNo, int days, const QString &rawReason,
                                          const Session &approver)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s.error();
    if (const Status s = CaseStep::requireApprover(
            session, approver,
            Error(QStringLiteral("case.approval_required"),
                  QT_TRANSLATE_NOOP("Error", "An extension needs a supervisor's approval. Ask the "
                                             "supervisor on duty to approve it with their staff "
                                             "number and password.")));
        !s)
        return s.error();
    if (days < 1 || days > MaxExtensionDays) {
        return Error(QStringLiteral("case.bad_extension_days"),
                     QT_TRANSLATE_NOOP("Error", "An extension is 1 to %1 working days. Enter the "
                                                "number of extra working days."),
                     {QString::number(MaxExtensionDays)});
    }
    const Result<QString> reason =
        CaseStep::requiredText(rawReason, MaxReasonLength, reasonRequired());
    if (!reason)
        return reason.error();
    const Result<CaseStep::Begun> step = CaseStep::begin(tx, session, caseNo, CaseAction::Extend);
    if (!step)
        return step.error();
    const CaseHead &head = step->head;
    if (head.extended) {
        return Error(QStringLiteral("case.already_extended"),
                     QT_TRANSLATE_NOOP("Error", "Case %1 has already been extended once; a case "
                                                "may be extended only once. Complete it, or "
                                                "explain the delay to the applicant."),
                     {caseNo});
    }
    if (!head.dueOn.isValid()) // a running case always has a due date
        return CaseStep::notFound(caseNo);
    if (const Status s = CaseDeadline::checkExtendable(caseNo, head.mode); !s)
        return s.error();
    CaseExtension e;
    e.days = days;
    e.previousDueOn = head.dueOn;
    e.dueOn = calendar().addWorkingDays(head.dueOn, days);
    e.approvedBy = approver.staffNo;
    if (const Status s = CaseStep::write(tx, caseNo, step->to,
                                         {{QLatin1String("due_on"), day(e.dueOn)},
                                          {QLatin1String("original_due_on"), day(e.previousDueOn)},
                                          {QLatin1String("extended"), 1},
                                          {QLatin1String("extension_days"), days},
                                          {QLatin1String("extension_reason"), reason.value()},
                                          {QLatin1String("extension_approved_by"), e.approvedBy}},
                                         CaseAction::Extend, session.staffNo,
                                         {{QStringLiteral("days"), days},
                                          {QStringLiteral("due_on"), day(e.dueOn)},
                                          {QStringLiteral("previous_due_on"), day(e.previousDueOn)},
                                          {QStringLiteral("reason"), reason.value()},
                                          {QStringLiteral("approved_by"), e.approvedBy}});
        !s)
        return s.error();
    return e;
}

Result<bool> CaseService::complete(const Session &session, const QString &caseNo)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return complete(tx, session, caseNo); });
}

Result<bool> CaseService::complete(WriteTransaction &tx, const Session &session,
                                   const QString &caseNo)
{
    const Result<CaseStep::Begun> step = CaseStep::begin(tx, session, caseNo, CaseAction::Complete);
    if (!step)
        return step.error();
    const QDate today = BusinessDay::today();
    const bool onTime = !step->head.dueOn.isValid() || today <= step->head.dueOn;
    if (const Status s = CaseStep::write(
            tx, caseNo, step->to,
            {{QLatin1String("completed_on"), day(today)},
             {QLatin1String("on_time"), onTime ? 1 : 0}},
            CaseAction::Complete, session.staffNo,
            {{QStringLiteral("completed_on"), day(today)}, {QStringLiteral("on_time"), onTime}});
        !s)
        return s.error();
    return onTime;
}

QStringList CaseService::deliveryMethods()
{
    return {QStringLiteral("counter"), QStringLiteral("post"), QStringLiteral("home")};
}

Status CaseService::deliver(const Session &session, const QString &caseNo, const QString &method)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return deliver(tx, session, caseNo, method); });
}

Status CaseService::deliver(WriteTransaction &tx, const Session &session, const QString &caseNo,
                            const QString &method)
{
    if (const Status s = CaseStep::requireStaff(session); !s)
        return s;
    if (!deliveryMethods().contains(method)) {
        return Error(QStringLiteral("case.bad_delivery_method"),
                     QT_TRANSLATE_NOOP("Error", "Choose how the result reached the applicant: at "
                                                "the counter, by post or delivered home."));
    }
    const Result<CaseStep::Begun> step = CaseStep::begin(tx, session, caseNo, CaseAction::Deliver);
    if (!step)
        return step.error();
    const QString today = day(BusinessDay::today());
    return CaseStep::write(
        tx, caseNo, step->to,
        {{QLatin1String("delivered_on"), today}, {QLatin1String("delivery_method"), method}},
        CaseAction::Deliver, session.staffNo,
        {{QStringLiteral("delivered_on"), today}, {QStringLiteral("method"), method}});
}

Result<ServiceCase> CaseService::find(const QString &caseNo) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM service_case WHERE case_no = ?")
                  .arg(QLatin1String(kCaseColumns)));
    q.addBindValue(caseNo);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next())
        return CaseStep::notFound(caseNo);
    ServiceCase c;
    c.caseNo = q.value(0).toString();
    c.itemCode = q.value(1).toString();
    c.customerId = q.value(2).toString();
    c.channel = q.value(3).toString();
    c.firstResponder = q.value(4).toString();
    c.windowCode = q.value(5).toString();
    CaseState::fromKey(q.value(6).toString(), &c.status);
    c.mode = q.value(7).toString();
    c.acceptedOn = dateFrom(q.value(8));
    c.dueOn = dateFrom(q.value(9));
    c.limitDays = q.value(10).toInt();
    c.completedOn = dateFrom(q.value(11));
    if (!q.value(12).isNull())
        c.onTime = q.value(12).toBool();
    c.materialsReceived = listFrom(q.value(13).toString());
    c.formData = Sealing::openJson(
        m_db.deviceKey(), QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object());
    c.missing = listFrom(q.value(15).toString());
    c.refusalReason = q.value(16).toString();
    c.forwardedTo = q.value(17).toString();
    c.extended = q.value(18).toBool();
    c.businessDay = dateFrom(q.value(19));
    c.createdAt = q.value(20).toString();
    c.updatedAt = q.value(21).toString();
    CaseState::kindFromKey(q.value(22).toString(), &c.kind);
    c.subject = q.value(23).toString();
    c.forwardedOn = dateFrom(q.value(24));
    c.decision = q.value(25).toString();
    c.decisionNote = q.value(26).toString();
    c.decidedAt = q.value(27).toString();
    c.deliveredOn = dateFrom(q.value(28));
    c.deliveryMethod = q.value(29).toString();
    c.originalDueOn = dateFrom(q.value(30));
    c.extensionDays = q.value(31).toInt();
    c.extensionReason = q.value(32).toString();
    c.extensionApprovedBy = q.value(33).toString();
    c.approvedBy = q.value(34).toString();
    c.assignedTo = q.value(35).toString();
    c.result = q.value(36).toString();
    c.reply = q.value(37).toString();
    c.replyMethod = q.value(38).toString();
    c.repliedOn = dateFrom(q.value(39));
    return c;
}

Result<QList<Event>> CaseService::history(const QString &caseNo) const
{
    // The expression matches the partial index event_log_case_no (migration 0005).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, id, type, at, staff, data, prev, hash FROM event_log "
                             "WHERE json_extract(data, '$.case_no') = ? ORDER BY seq"));
    q.addBindValue(caseNo);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    QList<Event> events;
    while (q.next()) {
        Event e;
        e.seq = q.value(0).toLongLong();
        e.id = q.value(1).toString();
        e.type = q.value(2).toString();
        e.at = q.value(3).toString();
        e.staff = q.value(4).toString();
        e.data = Sealing::openData(m_db.deviceKey(), q.value(5).toString().toUtf8());
        e.prev = q.value(6).toString();
        e.hash = q.value(7).toString();
        events.append(e);
    }
    return events;
}
