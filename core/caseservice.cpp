#include "caseservice.h"

#include "clock.h"
#include "customer.h"
#include "database.h"
#include "deviceidentity.h"
#include "documentnumber.h"
#include "holidaycalendar.h"
#include "idnumber.h"
#include "masterdata.h"
#include "mobilenumber.h"
#include "numbersequence.h"
#include "session.h"
#include "writetransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char *const kCaseColumns =
    "case_no, item_code, customer_id, channel, first_responder, window_code, status, mode, "
    "accepted_on, due_on, limit_days, completed_on, on_time, materials_received, form_data, "
    "missing, refusal_reason, forwarded_to, extended, business_day, created_at, updated_at";

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
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

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Error notFound(const QString &caseNo)
{
    return Error(QStringLiteral("case.not_found"),
                 QT_TRANSLATE_NOOP("Error", "There is no case %1. Check the case number on the "
                                            "receipt slip."),
                 {caseNo});
}

Status requireStaff(const Session &session)
{
    if (const Status s = session.require(Permission::ServeCustomers); !s)
        return s;
    // First-inquiry responsibility: every case and every step names a staff member.
    if (session.staffNo.isEmpty()) {
        return Error(QStringLiteral("case.no_staff"),
                     QT_TRANSLATE_NOOP("Error", "Cases are handled by staff signed in with their "
                                                "staff number. Sign in at the counter."));
    }
    return success();
}

Error badField(const FormField &f)
{
    return Error(QStringLiteral("case.bad_field"),
                 QT_TRANSLATE_NOOP("Error", "\"%1\" is not filled in correctly (expected: %2). "
                                            "Correct the form field."),
                 {f.label.isEmpty() ? f.key : f.label, f.type});
}

// Checks one form value against its field and returns it in its stored form.
Result<QJsonValue> checkField(const FormField &f, const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString().trimmed() : QString();
    if (f.type == QLatin1String("number")) {
        if (value.isDouble())
            return value;
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok)
            return badField(f);
        return QJsonValue(d);
    }
    if (!value.isString())
        return badField(f);
    if (f.type == QLatin1String("date")) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return badField(f);
        return QJsonValue(day(d));
    }
    if (f.type == QLatin1String("id_number")) {
        const Result<IdNumber> id = IdNumber::parse(text);
        if (!id)
            return badField(f);
        return QJsonValue(id->value());
    }
    if (f.type == QLatin1String("phone")) {
        const Result<MobileNumber> phone = MobileNumber::parse(text);
        if (!phone)
            return badField(f);
        return QJsonValue(phone->value());
    }
    if (f.type == QLatin1String("choice") && !f.options.contains(text))
        return badField(f);
    return QJsonValue(text);
}

bool isBlank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

} // namespace

// Statements used once per action, prepared once per service instance: the demo seeder
// runs millions of actions through one instance.
struct CaseService::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insert(db), state(db), customerExists(db), accept(db), requestMaterials(db), refuse(db),
          complete(db)
    {
        insert.prepare(QStringLiteral(
            "INSERT INTO service_case(case_no, item_code, customer_id, channel, first_responder, "
            "window_code, status, materials_received, form_data, business_day, created_at, "
            "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        state.prepare(QStringLiteral("SELECT status, item_code, materials_received, due_on FROM "
                                     "service_case WHERE case_no = ?"));
        customerExists.prepare(QStringLiteral("SELECT 1 FROM customer WHERE customer_id = ?"));
        accept.prepare(QStringLiteral(
            "UPDATE service_case SET status = ?, mode = ?, accepted_on = ?, due_on = ?, "
            "limit_days = ?, materials_received = ?, missing = '[]', updated_at = ? "
            "WHERE case_no = ?"));
        requestMaterials.prepare(QStringLiteral(
            "UPDATE service_case SET status = ?, missing = ?, updated_at = ? WHERE case_no = ?"));
        refuse.prepare(QStringLiteral("UPDATE service_case SET status = ?, refusal_reason = ?, "
                                      "updated_at = ? WHERE case_no = ?"));
        complete.prepare(QStringLiteral("UPDATE service_case SET status = ?, completed_on = ?, "
                                        "on_time = ?, updated_at = ? WHERE case_no = ?"));
    }

    QSqlQuery insert;
    QSqlQuery state;
    QSqlQuery customerExists;
    QSqlQuery accept;
    QSqlQuery requestMaterials;
    QSqlQuery refuse;
    QSqlQuery complete;
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

namespace {

// The columns an action needs to decide, read with the prepared state query.
struct CaseHead
{
    CaseStatus status = CaseStatus::Registered;
    QString itemCode;
    QStringList materialsReceived;
    QDate dueOn;
};

Result<CaseHead> readHead(QSqlQuery &q, const QString &caseNo)
{
    q.addBindValue(caseNo);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next()) {
        q.finish();
        return notFound(caseNo);
    }
    CaseHead h;
    CaseState::fromKey(q.value(0).toString(), &h.status);
    h.itemCode = q.value(1).toString();
    h.materialsReceived = listFrom(q.value(2).toString());
    h.dueOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    q.finish();
    return h;
}

} // namespace

Result<QString> CaseService::registerCase(const Session &session, const NewCase &newCase)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return registerCase(tx, session, newCase); });
}

Result<QString> CaseService::registerCase(WriteTransaction &tx, const Session &session,
                                          const NewCase &newCase)
{
    if (const Status s = requireStaff(session); !s)
        return s.error();
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
    const QString channel = newCase.channel.isEmpty() ? QStringLiteral("visit") : newCase.channel;
    if (channel != QLatin1String("visit") && channel != QLatin1String("phone") &&
        channel != QLatin1String("letter")) {
        return Error(QStringLiteral("case.bad_channel"),
                     QT_TRANSLATE_NOOP("Error", "A case comes by visit, phone or letter, not "
                                                "\"%1\". Choose how the applicant came."),
                     {channel});
    }
    QString window = newCase.windowCode;
    if (window.isEmpty())
        window = session.window.isEmpty() ? item.windowCode : session.window;
    if (!window.isEmpty() && !c.windows->contains(window)) {
        return Error(QStringLiteral("case.unknown_window"),
                     QT_TRANSLATE_NOOP("Error", "There is no window %1. Choose one of the hall's "
                                                "windows."),
                     {window});
    }

    // The form: every required field present, every value of its type.
    QJsonObject form = newCase.formData;
    for (const FormField &f : item.fields) {
        const QJsonValue value = form.value(f.key);
        if (isBlank(value)) {
            if (f.required) {
                return Error(QStringLiteral("case.missing_field"),
                             QT_TRANSLATE_NOOP("Error", "\"%1\" is required for this matter. "
                                                        "Fill it in."),
                             {f.label.isEmpty() ? f.key : f.label});
            }
            form.remove(f.key);
            continue;
        }
        const Result<QJsonValue> checked = checkField(f, value);
        if (!checked)
            return checked.error();
        form.insert(f.key, checked.value());
    }

    Statements &st = statements();
    st.customerExists.addBindValue(newCase.customerId);
    if (const Status s = tx.exec(st.customerExists); !s)
        return s.error();
    const bool customerFound = st.customerExists.next();
    st.customerExists.finish();
    if (!customerFound) {
        return Error(QStringLiteral("case.unknown_customer"),
                     QT_TRANSLATE_NOOP("Error", "The applicant is not a registered customer. Look "
                                                "the customer up or register them first."));
    }

    const QDate today = Clock::today();
    const Result<int> seq = NumberSequence::next(tx, QStringLiteral("case"), today);
    if (!seq)
        return seq.error();
    const QString caseNo = DocumentNumber::format(DocumentNumber::Case, c.identity->branchCode,
                                                  today, c.identity->deviceTag, seq.value());
    if (caseNo.isEmpty()) {
        return Error(QStringLiteral("case.no_identity"),
                     QT_TRANSLATE_NOOP("Error", "This terminal has no valid branch code or "
                                                "device tag for case numbers. Ask the "
                                                "administrator to set up the terminal "
                                                "(halldeskctl init)."));
    }
    const QString now = Clock::nowStamp();
    const QStringList materials = cleaned(newCase.materialsReceived);
    QSqlQuery &q = st.insert;
    for (const QVariant &v :
         {QVariant(caseNo), QVariant(item.code), QVariant(newCase.customerId), QVariant(channel),
          QVariant(session.staffNo), nullable(window),
          QVariant(CaseState::key(CaseStatus::Registered)),
          QVariant(compact(QJsonArray::fromStringList(materials))), QVariant(compact(form)),
          QVariant(day(today)), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    tx.touch(QStringLiteral("service_case"));
    const Result<Event> event = tx.append(QStringLiteral("case.registered"), session.staffNo,
                                          {{QStringLiteral("case_no"), caseNo},
                                           {QStringLiteral("item_code"), item.code},
                                           {QStringLiteral("customer_id"), newCase.customerId},
                                           {QStringLiteral("channel"), channel},
                                           {QStringLiteral("first_responder"), session.staffNo},
                                           {QStringLiteral("window"), window},
                                           {QStringLiteral("business_day"), day(today)}});
    if (!event)
        return event.error();
    return caseNo;
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
    if (const Status s = requireStaff(session); !s)
        return s.error();
    Statements &st = statements();
    const Result<CaseHead> head = readHead(st.state, caseNo);
    if (!head)
        return head.error();
    if (const Status s = CaseState::check(head->status, CaseStatus::Accepted); !s)
        return s.error();
    Cache &c = cache();
    const auto it = c.items->constFind(head->itemCode);
    if (it == c.items->constEnd()) // the foreign key makes this a damaged database
        return notFound(caseNo);
    const CatalogueItem &item = it.value();

    const QStringList received = cleaned(head->materialsReceived + materialsNowReceived);
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
    a.acceptedOn = Clock::today();
    a.limitDays = item.limitDays;
    // A forward item runs its limit too: the higher level decides within it.
    a.dueOn = item.mode == QLatin1String("immediate")
                  ? a.acceptedOn
                  : calendar().addWorkingDays(a.acceptedOn, item.limitDays);

    QSqlQuery &q = st.accept;
    for (const QVariant &v :
         {QVariant(CaseState::key(CaseStatus::Accepted)), QVariant(a.mode),
          QVariant(day(a.acceptedOn)), QVariant(day(a.dueOn)), QVariant(a.limitDays),
          QVariant(compact(QJsonArray::fromStringList(received))), QVariant(Clock::nowStamp()),
          QVariant(caseNo)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    tx.touch(QStringLiteral("service_case"));
    const Result<Event> event = tx.append(QStringLiteral("case.accepted"), session.staffNo,
                                          {{QStringLiteral("case_no"), caseNo},
                                           {QStringLiteral("mode"), a.mode},
                                           {QStringLiteral("accepted_on"), day(a.acceptedOn)},
                                           {QStringLiteral("due_on"), day(a.dueOn)},
                                           {QStringLiteral("limit_days"), a.limitDays}});
    if (!event)
        return event.error();
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
    if (const Status s = requireStaff(session); !s)
        return s;
    const QStringList missing = cleaned(rawMissing);
    if (missing.isEmpty()) {
        return Error(QStringLiteral("case.nothing_missing"),
                     QT_TRANSLATE_NOOP("Error", "The notice lists no missing materials. Tick "
                                                "everything the applicant still has to bring, "
                                                "all in one notice."));
    }
    Statements &st = statements();
    const Result<CaseHead> head = readHead(st.state, caseNo);
    if (!head)
        return head.error();
    if (const Status s = CaseState::check(head->status, CaseStatus::MaterialsRequested); !s)
        return s;
    QSqlQuery &q = st.requestMaterials;
    q.addBindValue(CaseState::key(CaseStatus::MaterialsRequested));
    q.addBindValue(compact(QJsonArray::fromStringList(missing)));
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(caseNo);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("service_case"));
    const Result<Event> event =
        tx.append(QStringLiteral("case.materials_requested"), session.staffNo,
                  {{QStringLiteral("case_no"), caseNo},
                   {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}});
    if (!event)
        return event.error();
    return success();
}

Status CaseService::refuse(const Session &session, const QString &caseNo, const QString &reason)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return refuse(tx, session, caseNo, reason); });
}

Status CaseService::refuse(WriteTransaction &tx, const Session &session, const QString &caseNo,
                           const QString &rawReason)
{
    if (const Status s = requireStaff(session); !s)
        return s;
    const QString reason = rawReason.trimmed();
    if (reason.isEmpty() || reason.size() > MaxReasonLength) {
        // "Every matter gets an answer": the applicant takes the reason home in writing.
        return Error(QStringLiteral("case.reason_required"),
                     QT_TRANSLATE_NOOP("Error", "Write the reason for refusing (at most 500 "
                                                "characters); the applicant receives it in "
                                                "writing."));
    }
    Statements &st = statements();
    const Result<CaseHead> head = readHead(st.state, caseNo);
    if (!head)
        return head.error();
    if (const Status s = CaseState::check(head->status, CaseStatus::Refused); !s)
        return s;
    QSqlQuery &q = st.refuse;
    q.addBindValue(CaseState::key(CaseStatus::Refused));
    q.addBindValue(reason);
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(caseNo);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("service_case"));
    const Result<Event> event =
        tx.append(QStringLiteral("case.refused"), session.staffNo,
                  {{QStringLiteral("case_no"), caseNo}, {QStringLiteral("reason"), reason}});
    if (!event)
        return event.error();
    return success();
}

Result<bool> CaseService::complete(const Session &session, const QString &caseNo)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return complete(tx, session, caseNo); });
}

Result<bool> CaseService::complete(WriteTransaction &tx, const Session &session,
                                   const QString &caseNo)
{
    if (const Status s = requireStaff(session); !s)
        return s.error();
    Statements &st = statements();
    const Result<CaseHead> head = readHead(st.state, caseNo);
    if (!head)
        return head.error();
    if (const Status s = CaseState::check(head->status, CaseStatus::Completed); !s)
        return s.error();
    const QDate today = Clock::today();
    const bool onTime = !head->dueOn.isValid() || today <= head->dueOn;
    QSqlQuery &q = st.complete;
    q.addBindValue(CaseState::key(CaseStatus::Completed));
    q.addBindValue(day(today));
    q.addBindValue(onTime ? 1 : 0);
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(caseNo);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    tx.touch(QStringLiteral("service_case"));
    const Result<Event> event = tx.append(QStringLiteral("case.completed"), session.staffNo,
                                          {{QStringLiteral("case_no"), caseNo},
                                           {QStringLiteral("completed_on"), day(today)},
                                           {QStringLiteral("on_time"), onTime}});
    if (!event)
        return event.error();
    return onTime;
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
        return notFound(caseNo);
    ServiceCase c;
    c.caseNo = q.value(0).toString();
    c.itemCode = q.value(1).toString();
    c.customerId = q.value(2).toString();
    c.channel = q.value(3).toString();
    c.firstResponder = q.value(4).toString();
    c.windowCode = q.value(5).toString();
    CaseState::fromKey(q.value(6).toString(), &c.status);
    c.mode = q.value(7).toString();
    c.acceptedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    c.dueOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    c.limitDays = q.value(10).toInt();
    c.completedOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    if (!q.value(12).isNull())
        c.onTime = q.value(12).toBool();
    c.materialsReceived = listFrom(q.value(13).toString());
    c.formData = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
    c.missing = listFrom(q.value(15).toString());
    c.refusalReason = q.value(16).toString();
    c.forwardedTo = q.value(17).toString();
    c.extended = q.value(18).toBool();
    c.businessDay = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    c.createdAt = q.value(20).toString();
    c.updatedAt = q.value(21).toString();
    return c;
}
