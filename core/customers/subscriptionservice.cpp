// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/subscriptionservice.h"

#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"
#include "core/common/numbersequence.h"
#include "core/customers/customerservice.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

const char *const kColumns =
    "service_id, customer_id, item_code, kind, number, plan, status, contract_end, options, "
    "password_initial, opened_on, opened_by, cancelled_on, created_at, updated_at";

const char *const kRecordColumns =
    "change_id, form_no, service_id, customer_id, change, item_code, before, after, reason, "
    "identity, contract_confirmed, staff_no, window_code, business_day, at";

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

// Qt binds a null QString as SQL NULL; these columns are NOT NULL.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

Subscription readSubscription(const QSqlQuery &q)
{
    Subscription s;
    s.serviceId = q.value(0).toString();
    s.customerId = q.value(1).toString();
    s.itemCode = q.value(2).toString();
    ServiceState::kindFromKey(q.value(3).toString(), &s.kind);
    s.number = q.value(4).toString();
    s.plan = q.value(5).toString();
    ServiceState::statusFromKey(q.value(6).toString(), &s.status);
    s.contractEnd = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    s.options = objectFrom(q.value(8));
    s.passwordInitial = q.value(9).toBool();
    s.openedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    s.openedBy = q.value(11).toString();
    s.cancelledOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    s.createdAt = q.value(13).toString();
    s.updatedAt = q.value(14).toString();
    return s;
}

ServiceChangeRecord readRecord(const QSqlQuery &q)
{
    ServiceChangeRecord r;
    r.changeId = q.value(0).toString();
    r.formNo = q.value(1).toString();
    r.serviceId = q.value(2).toString();
    r.customerId = q.value(3).toString();
    ServiceState::changeFromKey(q.value(4).toString(), &r.change);
    r.itemCode = q.value(5).toString();
    r.before = objectFrom(q.value(6));
    r.after = objectFrom(q.value(7));
    r.reason = q.value(8).toString();
    r.identity = q.value(9).toString();
    r.contractConfirmed = q.value(10).toBool();
    r.staffNo = q.value(11).toString();
    r.windowCode = q.value(12).toString();
    r.businessDay = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    r.at = q.value(14).toString();
    return r;
}

Error notFound()
{
    return Error(QStringLiteral("service.not_found"),
                 QT_TRANSLATE_NOOP("Error", "There is no such service. Check the number, or "
                                            "look the customer up again."));
}

Error noChange()
{
    return Error(QStringLiteral("service.no_change"),
                 QT_TRANSLATE_NOOP("Error", "The service already is as requested: nothing "
                                            "would change. Check what the customer asked for."));
}

Error badPlan(const QString &plan)
{
    return Error(QStringLiteral("service.bad_plan"),
                 QT_TRANSLATE_NOOP("Error", "\"%1\" is not a plan the catalogue offers. Choose "
                                            "one of the listed plans."),
                 {plan});
}

Error tooYoung()
{
    return Error(QStringLiteral("service.holder_too_young"),
                 QT_TRANSLATE_NOOP("Error", "A service holder must be at least 16 years old. "
                                            "Register the service to a parent or guardian."));
}

// Canonical "0816-5621234": Beijing (010) and 02x cities have 3-digit area codes, the
// rest 4; the local number has 7 or 8 digits.
std::optional<QString> fixedLine(const QString &digits)
{
    static const QRegularExpression re(QStringLiteral("^0\\d{9,11}$"));
    if (!re.match(digits).hasMatch())
        return std::nullopt;
    const int area =
        digits.startsWith(QLatin1String("01")) || digits.startsWith(QLatin1String("02")) ? 3 : 4;
    const qsizetype local = digits.size() - area;
    if (local < 7 || local > 8 || digits.at(area) == QLatin1Char('0'))
        return std::nullopt;
    return digits.left(area) + QLatin1Char('-') + digits.mid(area);
}

QString formNo(const DeviceIdentity &device, QDate day, int seq)
{
    return QStringLiteral("YW%1-%2-%3-%4")
        .arg(device.branchCode, day.toString(QStringLiteral("yyyyMMdd")), device.deviceTag)
        .arg(seq, 4, 10, QLatin1Char('0'));
}

qint64 count(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

// Passwords hashed before the transaction, where the caller could.
struct SubscriptionService::Secrets
{
    QString initialPassword;     // told to a new holder once
    QString initialPasswordHash; // its hash
    QString newPasswordHash;     // the holder's own new password (change Password)

    // These secrets with the initial password filled in: the one given, else one made
    // (for number) and hashed now.
    Secrets withInitialPassword(const QString &number) const
    {
        Secrets s = *this;
        if (s.initialPassword.isEmpty())
            s.initialPassword = makeInitialPassword(QString(), number);
        if (s.initialPasswordHash.isEmpty())
            s.initialPasswordHash = PasswordHasher::hash(s.initialPassword);
        return s;
    }
};

Result<CatalogueItem> SubscriptionService::itemFor(const QSqlDatabase &db, ServiceChange change)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code FROM catalogue_item WHERE service_change = ? AND "
                             "active = 1 ORDER BY code LIMIT 1"));
    q.addBindValue(ServiceState::changeKey(change));
    if (q.exec() && q.next())
        return MasterData::item(db, q.value(0).toString());
    return Error(QStringLiteral("service.no_catalogue_item"),
                 QT_TRANSLATE_NOOP("Error", "The service catalogue has no item for \"%1\". "
                                            "Update the master data from headquarters."),
                 {ServiceState::changeName(change)});
}

QStringList SubscriptionService::choices(const CatalogueItem &item, const QString &fieldKey)
{
    for (const FormField &f : item.fields) {
        if (f.key == fieldKey && f.type == QLatin1String("choice"))
            return f.options;
    }
    return {};
}

QStringList SubscriptionService::plans(const QSqlDatabase &db, ServiceChange change)
{
    const Result<CatalogueItem> item = itemFor(db, change);
    return item ? choices(item.value(), QStringLiteral("plan")) : QStringList();
}

QString SubscriptionService::reasonField(ServiceChange change)
{
    switch (change) {
    case ServiceChange::Sim:
        return QStringLiteral("reason");
    case ServiceChange::Cancel:
        return QStringLiteral("refund");
    default:
        return QString();
    }
}

Result<QString> SubscriptionService::normaliseNumber(ServiceKind kind, const QString &number)
{
    switch (kind) {
    case ServiceKind::Mobile: {
        const Result<MobileNumber> mobile = MobileNumber::parse(number);
        if (mobile)
            return mobile->value();
        return Error(QStringLiteral("service.bad_number"),
                     QT_TRANSLATE_NOOP("Error", "A mobile line's number has 11 digits and begins "
                                                "with 1. Check the number on the SIM card pack."));
    }
    case ServiceKind::Fixed: {
        QString digits = number;
        digits.remove(QRegularExpression(QStringLiteral("[\\s\\-()]")));
        if (const std::optional<QString> line = fixedLine(digits))
            return *line;
        return Error(QStringLiteral("service.bad_number"),
                     QT_TRANSLATE_NOOP("Error", "A fixed line's number is the area code and 7 or "
                                                "8 digits, for example 0816-5621234."));
    }
    case ServiceKind::Broadband: {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9@._\\-]{4,32}$"));
        const QString account = number.trimmed();
        if (re.match(account).hasMatch())
            return account;
        return Error(QStringLiteral("service.bad_number"),
                     QT_TRANSLATE_NOOP("Error", "A broadband account has 4 to 32 letters, digits "
                                                "or the signs @ . _ -. Check the account on the "
                                                "installation order."));
    }
    }
    return QString();
}

Result<QString> SubscriptionService::normaliseIccid(const QString &iccid)
{
    QString digits = iccid.toUpper();
    digits.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression re(QStringLiteral("^8986\\d{15,16}$"));
    if (re.match(digits).hasMatch())
        return digits;
    return Error(QStringLiteral("service.bad_sim"),
                 QT_TRANSLATE_NOOP("Error", "A SIM card number (ICCID) has 19 or 20 digits and "
                                            "begins with 8986. Type it from the card or scan its "
                                            "barcode."));
}

Status SubscriptionService::checkPassword(const QString &password, const QString &idNumber,
                                          const QString &serviceNumber)
{
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    if (!sixDigits.match(password).hasMatch()) {
        return Error(QStringLiteral("service.password_format"),
                     QT_TRANSLATE_NOOP("Error", "A service password has exactly 6 digits. Let "
                                                "the customer type it again on the keypad."));
    }
    bool same = true;
    bool up = true;
    bool down = true;
    for (int i = 1; i < PasswordLength; ++i) {
        const int step = password.at(i).unicode() - password.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same || up || down) {
        return Error(QStringLiteral("service.password_simple"),
                     QT_TRANSLATE_NOOP("Error", "The service password is too easy to guess (one "
                                                "digit repeated, or a run like 123456). Let the "
                                                "customer choose another."));
    }
    QString numberDigits = serviceNumber;
    numberDigits.remove(QRegularExpression(QStringLiteral("\\D")));
    if ((!idNumber.isEmpty() && idNumber.contains(password)) ||
        (numberDigits.size() >= PasswordLength && numberDigits.endsWith(password))) {
        return Error(QStringLiteral("service.password_personal"),
                     QT_TRANSLATE_NOOP("Error", "The service password must not be part of the ID "
                                                "number or the last digits of the service "
                                                "number. Let the customer choose another."));
    }
    return success();
}

QString SubscriptionService::makeInitialPassword(const QString &idNumber,
                                                 const QString &serviceNumber)
{
    QRandomGenerator *random = QRandomGenerator::system();
    for (;;) {
        const QString password = QStringLiteral("%1").arg(random->bounded(1000000), PasswordLength,
                                                          10, QLatin1Char('0'));
        if (checkPassword(password, idNumber, serviceNumber))
            return password;
    }
}

Result<Subscription> SubscriptionService::find(const QString &serviceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM subscription WHERE service_id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(serviceId);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next())
        return notFound();
    return readSubscription(q);
}

Result<Subscription> SubscriptionService::findLive(const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM subscription WHERE number = ? AND status <> "
                             "'cancelled'")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(number.trimmed());
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next())
        return notFound();
    return readSubscription(q);
}

QList<Subscription> SubscriptionService::ofCustomer(const QString &customerId, int limit,
                                                    int offset) const
{
    QList<Subscription> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM subscription WHERE customer_id = ? ORDER BY status = "
                             "'cancelled', opened_on DESC, rowid DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(std::max(0, offset));
    if (q.exec()) {
        while (q.next())
            list.append(readSubscription(q));
    }
    return list;
}

QList<Subscription> SubscriptionService::underContract(const QString &customerId, QDate day) const
{
    QList<Subscription> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM subscription WHERE customer_id = ? AND status <> "
                             "'cancelled' AND contract_end >= ? ORDER BY contract_end DESC")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(customerId);
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next())
            list.append(readSubscription(q));
    }
    return list;
}

Result<ServiceChangeRecord> SubscriptionService::record(const QString &changeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM subscription_change WHERE change_id = ?")
                  .arg(QLatin1String(kRecordColumns)));
    q.addBindValue(changeId);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next())
        return notFound();
    return readRecord(q);
}

QList<ServiceChangeRecord> SubscriptionService::history(const QString &serviceId, int limit,
                                                        int offset) const
{
    QList<ServiceChangeRecord> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM subscription_change WHERE service_id = ? ORDER BY "
                             "at DESC, rowid DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kRecordColumns)));
    q.addBindValue(serviceId);
    q.addBindValue(limit);
    q.addBindValue(std::max(0, offset));
    if (q.exec()) {
        while (q.next())
            list.append(readRecord(q));
    }
    return list;
}

Status SubscriptionService::checkHolder(const Customer &holder, ServiceKind kind) const
{
    if (holder.idType == Customer::residentId()) {
        const Result<IdNumber> id = IdNumber::parse(holder.idNumber);
        const QDate today = Clock::today();
        if (id && id->birthDate().addYears(MinimumHolderAge) > today)
            return tooYoung();
    }
    if (kind == ServiceKind::Mobile &&
        count(m_db,
              QStringLiteral("SELECT count(*) FROM subscription WHERE customer_id = ? AND kind = "
                             "'mobile' AND status <> 'cancelled'"),
              {holder.customerId}) >= MaxMobileLinesPerHolder) {
        return Error(QStringLiteral("service.too_many_lines"),
                     QT_TRANSLATE_NOOP("Error", "%1 already holds 5 mobile lines, the most one "
                                                "ID document may hold. Cancel a line first, or "
                                                "register the line to someone else."),
                     {holder.name});
    }
    return success();
}

Status SubscriptionService::checkIdentity(const Subscription &service, const Customer &holder,
                                          const IdentityProof &proof, ServiceChange change) const
{
    if (proof.value.trimmed().isEmpty()) {
        return Error(QStringLiteral("service.identity_required"),
                     QT_TRANSLATE_NOOP("Error", "Check the holder's identity: type or scan the "
                                                "ID number, or let the holder type the service "
                                                "password."));
    }
    if (proof.kind == IdentityProof::Kind::IdNumber) {
        QString typed = proof.value.toUpper();
        typed.remove(QRegularExpression(QStringLiteral("\\s")));
        if (holder.idType == Customer::residentId()) {
            const Result<IdNumber> id = IdNumber::parse(proof.value);
            if (!id)
                return id.error();
            typed = id->value();
        }
        if (typed == holder.idNumber)
            return success();
        return Error(QStringLiteral("service.identity_mismatch"),
                     QT_TRANSLATE_NOOP("Error", "This ID number is not the holder's. Only the "
                                                "holder may change the service: ask for the "
                                                "holder's own ID card."));
    }
    if (!ServiceState::rule(change).passwordProves) {
        return Error(QStringLiteral("service.id_required"),
                     QT_TRANSLATE_NOOP("Error", "\"%1\" needs the holder's ID card; the service "
                                                "password is not enough. Ask for the ID card."),
                     {ServiceState::changeName(change)});
    }
    if (service.passwordInitial) {
        return Error(QStringLiteral("service.initial_password"),
                     QT_TRANSLATE_NOOP("Error", "The service still has its initial password, "
                                                "which cannot prove identity. Ask for the "
                                                "holder's ID card; with it the holder can set "
                                                "their own password."));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT service_password_hash FROM subscription WHERE service_id = ?"));
    q.addBindValue(service.serviceId);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    const QString stored = q.next() ? q.value(0).toString() : QString();
    if (PasswordHasher::verify(proof.value.trimmed(), stored))
        return success();
    return Error(QStringLiteral("service.wrong_password"),
                 QT_TRANSLATE_NOOP("Error", "The service password is wrong. Let the holder type "
                                            "it again, or ask for the ID card."));
}

Status SubscriptionService::writeService(WriteTransaction &tx, const Subscription &s,
                                         const QString &passwordHash)
{
    QSqlQuery &q = tx.cached(QStringLiteral(
        "UPDATE subscription SET customer_id = ?, plan = ?, status = ?, options = ?, "
        "service_password_hash = coalesce(?, service_password_hash), password_initial = ?, "
        "cancelled_on = ?, updated_at = ? WHERE service_id = ?"));
    q.addBindValue(s.customerId);
    q.addBindValue(s.plan);
    q.addBindValue(ServiceState::statusKey(s.status));
    q.addBindValue(compact(s.options));
    q.addBindValue(passwordHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(passwordHash));
    q.addBindValue(s.passwordInitial ? 1 : 0);
    q.addBindValue(dateOrNull(s.cancelledOn));
    q.addBindValue(s.updatedAt);
    q.addBindValue(s.serviceId);
    const Status status = tx.exec(q);
    tx.touch(QStringLiteral("subscription"));
    return status;
}

Result<ServiceChangeRecord> SubscriptionService::writeRecord(WriteTransaction &tx,
                                                             const Session &session,
                                                             ServiceChangeRecord r)
{
    const QDate today = BusinessDay::today();
    const Result<int> seq = NumberSequence::next(tx, QStringLiteral("service_form"), today);
    if (!seq)
        return seq.error();
    r.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.formNo = formNo(DeviceIdentity::load(m_db.connection()), today, seq.value());
    r.staffNo = session.staffNo;
    r.windowCode = session.window;
    r.businessDay = today;
    r.at = Clock::nowStamp();
    QSqlQuery &q = tx.cached(
        QStringLiteral("INSERT INTO subscription_change(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)")
            .arg(QLatin1String(kRecordColumns)));
    for (const QVariant &v :
         {QVariant(r.changeId), QVariant(r.formNo), QVariant(r.serviceId), QVariant(r.customerId),
          QVariant(ServiceState::changeKey(r.change)),
          r.itemCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.itemCode),
          QVariant(compact(r.before)), QVariant(compact(r.after)), text(r.reason),
          QVariant(r.identity), QVariant(r.contractConfirmed ? 1 : 0), text(r.staffNo),
          text(r.windowCode), QVariant(today.toString(Qt::ISODate)), QVariant(r.at)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    tx.touch(QStringLiteral("subscription_change"));
    return r;
}

namespace {

// A contract ends after today and within MaxContractYears.
Status checkContractEnd(QDate end, QDate today)
{
    if (end.isValid() &&
        (end <= today || end > today.addYears(SubscriptionService::MaxContractYears))) {
        return Error(QStringLiteral("service.bad_contract"),
                     QT_TRANSLATE_NOOP("Error", "A contract ends after today and within 5 years. "
                                                "Check the contract's end date."));
    }
    return success();
}

// The options a new service starts with: long distance (not for broadband), the SIM card.
Result<QJsonObject> openingOptions(const NewSubscription &s)
{
    QJsonObject options{{QStringLiteral("long_distance"), s.longDistance}};
    if (s.kind == ServiceKind::Mobile) {
        const Result<QString> iccid = SubscriptionService::normaliseIccid(s.simIccid);
        if (!iccid)
            return iccid.error();
        options.insert(QStringLiteral("sim_iccid"), iccid.value());
    } else if (s.kind == ServiceKind::Broadband) {
        options.remove(QStringLiteral("long_distance"));
    }
    return options;
}

// The change would act while the customer is under contract: they are told, and the clerk
// confirms (DOMAIN rule 9).
Status checkContractConfirmed(const QList<Subscription> &contracts, bool confirmed)
{
    if (contracts.isEmpty() || confirmed)
        return success();
    QStringList numbers;
    for (const Subscription &c : contracts)
        numbers.append(c.number);
    return Error(
        QStringLiteral("service.under_contract"),
        QT_TRANSLATE_NOOP("Error", "The customer is under contract until %1 (%2). "
                                   "Tell the customer what the contract says about "
                                   "this change, and confirm to go on."),
        {contracts.first().contractEnd.toString(Qt::ISODate), numbers.join(QStringLiteral(", "))});
}

ServiceChangeRecord openingRecord(const Subscription &sub)
{
    ServiceChangeRecord r;
    r.serviceId = sub.serviceId;
    r.customerId = sub.customerId;
    r.change = ServiceChange::Open;
    r.itemCode = sub.itemCode;
    r.after = sub.options;
    r.after.insert(QStringLiteral("kind"), ServiceState::kindKey(sub.kind));
    r.after.insert(QStringLiteral("number"), sub.number);
    r.after.insert(QStringLiteral("plan"), sub.plan);
    r.after.insert(QStringLiteral("status"), ServiceState::statusKey(sub.status));
    if (sub.contractEnd.isValid())
        r.after.insert(QStringLiteral("contract_end"), sub.contractEnd.toString(Qt::ISODate));
    r.identity = IdentityProof().key(); // real-name opening: the ID card, in person
    return r;
}

// The data of service.opened (the form number and the day are added with the record).
QJsonObject openedEventData(const Subscription &sub)
{
    return {{QStringLiteral("service_id"), sub.serviceId},
            {QStringLiteral("customer_id"), sub.customerId},
            {QStringLiteral("item_code"), sub.itemCode},
            {QStringLiteral("number"), sub.number},
            {QStringLiteral("plan"), sub.plan},
            {QStringLiteral("kind"), ServiceState::kindKey(sub.kind)},
            {QStringLiteral("options"), sub.options},
            {QStringLiteral("contract_end"), sub.contractEnd.isValid()
                                                 ? QJsonValue(sub.contractEnd.toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null)}};
}

Status insertService(WriteTransaction &tx, const Subscription &sub, const QString &passwordHash)
{
    QSqlQuery &q = tx.cached(
        QStringLiteral("INSERT INTO subscription(service_id, customer_id, item_code, kind, number, "
                       "plan, status, contract_end, options, service_password_hash, "
                       "password_initial, opened_on, opened_by, created_at, updated_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(sub.serviceId), QVariant(sub.customerId), QVariant(sub.itemCode),
          QVariant(ServiceState::kindKey(sub.kind)), QVariant(sub.number), QVariant(sub.plan),
          QVariant(ServiceState::statusKey(sub.status)), dateOrNull(sub.contractEnd),
          QVariant(compact(sub.options)), QVariant(passwordHash),
          QVariant(sub.openedOn.toString(Qt::ISODate)), text(sub.openedBy), QVariant(sub.createdAt),
          QVariant(sub.updatedAt)})
        q.addBindValue(v);
    if (const Status st = tx.exec(q); !st)
        return st;
    tx.touch(QStringLiteral("subscription"));
    return success();
}

} // namespace

// A plan the item offers (any plan when it lists none).
Result<QString> SubscriptionService::planFrom(const CatalogueItem &item, const QString &typed)
{
    const QString plan = typed.trimmed();
    const QStringList plans = choices(item, QStringLiteral("plan"));
    if (plan.isEmpty() || (!plans.isEmpty() && !plans.contains(plan)))
        return badPlan(plan);
    return plan;
}

// The subscription_change row (it numbers the form), then the action's event naming that
// form.
Result<ServiceChangeRecord>
SubscriptionService::writeRecordAndEvent(WriteTransaction &tx, const Session &session,
                                         const ServiceChangeRecord &record,
                                         const QString &eventType, QJsonObject data, QDate today)
{
    const Result<ServiceChangeRecord> written = writeRecord(tx, session, record);
    if (!written)
        return written.error();
    data.insert(QStringLiteral("form_no"), written->formNo);
    data.insert(QStringLiteral("business_day"), today.toString(Qt::ISODate));
    const Result<Event> event = tx.append(eventType, session.staffNo, data);
    if (!event)
        return event.error();
    return written;
}

Result<ServiceOutcome> SubscriptionService::open(const Session &session,
                                                 const NewSubscription &service)
{
    Secrets secrets;
    if (service.initialPasswordHash.isEmpty() && session.can(Permission::OpenAccount))
        secrets = Secrets().withInitialPassword(service.number);
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return openWith(tx, session, service, secrets); });
}

Result<ServiceOutcome> SubscriptionService::open(WriteTransaction &tx, const Session &session,
                                                 const NewSubscription &service)
{
    return openWith(tx, session, service, Secrets());
}

// The service asked for, checked: a registered holder old enough and with room for another
// line, a plan the catalogue offers, a free number, a SIM card, a plausible contract.
Result<Subscription> SubscriptionService::checkOpening(const NewSubscription &s, QDate today) const
{
    const Result<Customer> holder = CustomerService(m_db).findById(s.customerId);
    if (!holder) {
        return Error(QStringLiteral("service.unknown_customer"),
                     QT_TRANSLATE_NOOP("Error", "The customer is not registered on this "
                                                "terminal. Look the customer up or register them "
                                                "first."));
    }
    const Result<CatalogueItem> item = itemFor(m_db.connection(), ServiceChange::Open);
    if (!item)
        return item.error();
    const Result<QString> plan = planFrom(item.value(), s.plan);
    if (!plan)
        return plan.error();
    const Result<QString> number = normaliseNumber(s.kind, s.number);
    if (!number)
        return number.error();
    if (findLive(number.value())) {
        return Error(QStringLiteral("service.number_taken"),
                     QT_TRANSLATE_NOOP("Error", "The number %1 already belongs to a service in "
                                                "use. Choose another number."),
                     {number.value()});
    }
    const Result<QJsonObject> options = openingOptions(s);
    if (!options)
        return options.error();
    if (const Status st = checkContractEnd(s.contractEnd, today); !st)
        return st.error();
    if (const Status st = checkHolder(holder.value(), s.kind); !st)
        return st.error();

    Subscription sub;
    sub.customerId = s.customerId;
    sub.itemCode = item->code;
    sub.kind = s.kind;
    sub.number = number.value();
    sub.plan = plan.value();
    sub.contractEnd = s.contractEnd;
    sub.options = options.value();
    return sub;
}

Result<ServiceOutcome> SubscriptionService::openWith(WriteTransaction &tx, const Session &session,
                                                     const NewSubscription &s, const Secrets &given)
{
    if (const Status st = session.require(ServiceState::rule(ServiceChange::Open).permission); !st)
        return st.error();
    const QDate today = BusinessDay::today();
    if (const Status st = BusinessDay::requireOpen(m_db.connection(), today); !st)
        return st.error();
    Result<Subscription> checked = checkOpening(s, today);
    if (!checked)
        return checked.error();

    ServiceOutcome out;
    QString hash = s.initialPasswordHash;
    if (hash.isEmpty()) {
        const Secrets issued = given.withInitialPassword(checked->number);
        out.initialPassword = issued.initialPassword;
        hash = issued.initialPasswordHash;
    }
    Subscription &sub = out.service;
    sub = checked.take();
    sub.serviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    sub.status = ServiceStatus::Active;
    sub.passwordInitial = true;
    sub.openedOn = today;
    sub.openedBy = session.staffNo;
    sub.createdAt = Clock::nowStamp();
    sub.updatedAt = sub.createdAt;
    if (const Status st = insertService(tx, sub, hash); !st)
        return st.error();

    const Result<ServiceChangeRecord> written =
        writeRecordAndEvent(tx, session, openingRecord(sub), QStringLiteral("service.opened"),
                            openedEventData(sub), today);
    if (!written)
        return written.error();
    out.record = written.value();
    return out;
}

Result<ServiceOutcome> SubscriptionService::change(const Session &session, const QString &serviceId,
                                                   const ServiceChangeRequest &request)
{
    // Hash before the transaction, so the write lock is not held while hashing; the
    // transaction checks everything again.
    Secrets secrets;
    if (request.change == ServiceChange::Transfer) {
        secrets = Secrets().withInitialPassword(QString());
    } else if (request.change == ServiceChange::Password) {
        const Result<Subscription> service = find(serviceId);
        if (service) {
            const Result<Customer> holder = CustomerService(m_db).findById(service->customerId);
            const Status policy = checkPassword(
                request.newPassword, holder ? holder->idNumber : QString(), service->number);
            if (policy)
                secrets.newPasswordHash = PasswordHasher::hash(request.newPassword);
        }
    }
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) {
        return changeWith(tx, session, serviceId, request, secrets);
    });
}

Result<ServiceOutcome> SubscriptionService::change(WriteTransaction &tx, const Session &session,
                                                   const QString &serviceId,
                                                   const ServiceChangeRequest &request)
{
    return changeWith(tx, session, serviceId, request, Secrets());
}

// A change being made to a service: the service before and after, what the record shows
// changed (was, now), and the password it leaves. One step per kind of change.
struct SubscriptionService::ChangeDraft
{
    ChangeDraft(const SubscriptionService &owner, const ServiceChangeRequest &asked,
                const Secrets &secrets, const Subscription &current, const Customer &currentHolder,
                const Result<CatalogueItem> &catalogueItem, QDate day)
        : service(owner), request(asked), given(secrets), before(current), holder(currentHolder),
          item(catalogueItem), today(day), after(current), reason(asked.reason.trimmed())
    {
    }

    Status apply();
    ServiceChangeRecord record(bool contractConfirmed) const;
    QJsonObject eventData(const ServiceChangeRecord &r, const QList<Subscription> &contracts) const;

    const SubscriptionService &service;
    const ServiceChangeRequest &request;
    const Secrets &given;
    const Subscription &before;
    const Customer &holder;
    const Result<CatalogueItem> &item;
    const QDate today;
    Subscription after;
    QJsonObject was;
    QJsonObject now;
    QString reason;
    QString passwordHash;    // empty: the password stays
    QString initialPassword; // transfer: told to the new holder once

private:
    Status changePlan();
    Status changeStatus();
    Status cancel();
    Status transfer();
    Status replaceSim();
    Status switchLongDistance();
    Status changePassword();
    Status checkReason() const;
    void noteStatusChange();
};

Status SubscriptionService::ChangeDraft::apply()
{
    switch (request.change) {
    case ServiceChange::Open:
        return success(); // refused by the state machine before
    case ServiceChange::Plan:
        return changePlan();
    case ServiceChange::Suspend:
    case ServiceChange::Resume:
        return changeStatus();
    case ServiceChange::Cancel:
        return cancel();
    case ServiceChange::Transfer:
        return transfer();
    case ServiceChange::Sim:
        return replaceSim();
    case ServiceChange::LongDistance:
        return switchLongDistance();
    case ServiceChange::Password:
        return changePassword();
    }
    return success();
}

void SubscriptionService::ChangeDraft::noteStatusChange()
{
    was.insert(QStringLiteral("status"), ServiceState::statusKey(before.status));
    now.insert(QStringLiteral("status"), ServiceState::statusKey(after.status));
}

// A reason picked from the item's list when it has one; else free text, optional.
Status SubscriptionService::ChangeDraft::checkReason() const
{
    const QStringList allowed =
        item ? choices(item.value(), reasonField(request.change)) : QStringList();
    if ((!allowed.isEmpty() && !allowed.contains(reason)) || reason.size() > MaxReasonLength) {
        return Error(QStringLiteral("service.bad_reason"),
                     QT_TRANSLATE_NOOP("Error", "Choose one of the listed reasons for "
                                                "\"%1\"."),
                     {ServiceState::changeName(request.change)});
    }
    return success();
}

Status SubscriptionService::ChangeDraft::changePlan()
{
    const Result<QString> plan = planFrom(item.value(), request.plan);
    if (!plan)
        return plan.error();
    if (plan.value() == before.plan)
        return noChange();
    after.plan = plan.value();
    was.insert(QStringLiteral("plan"), before.plan);
    now.insert(QStringLiteral("plan"), after.plan);
    return success();
}

Status SubscriptionService::ChangeDraft::changeStatus()
{
    if (reason.size() > MaxReasonLength) {
        return Error(QStringLiteral("service.bad_reason"),
                     QT_TRANSLATE_NOOP("Error", "The note may have at most 200 characters. "
                                                "Shorten it."));
    }
    noteStatusChange();
    return success();
}

Status SubscriptionService::ChangeDraft::cancel()
{
    if (const Status st = checkReason(); !st)
        return st;
    after.cancelledOn = today;
    noteStatusChange();
    return success();
}

Status SubscriptionService::ChangeDraft::transfer()
{
    const Result<Customer> owner =
        CustomerService(service.m_db).findByIdNumber(request.newOwnerIdNumber);
    if (!owner) {
        return Error(QStringLiteral("service.new_owner_unknown"),
                     QT_TRANSLATE_NOOP("Error", "No customer is registered with the new "
                                                "owner's ID number. Register the new owner "
                                                "first, with their ID card."));
    }
    if (owner->customerId == before.customerId) {
        return Error(QStringLiteral("service.same_owner"),
                     QT_TRANSLATE_NOOP("Error", "The new owner is the present holder. Scan "
                                                "or type the new owner's ID number."));
    }
    if (const Status st = service.checkHolder(owner.value(), before.kind); !st)
        return st;
    after.customerId = owner->customerId;
    after.passwordInitial = true; // the old holder's password leaves with them
    const Secrets issued = given.withInitialPassword(QString());
    initialPassword = issued.initialPassword;
    passwordHash = issued.initialPasswordHash;
    was.insert(QStringLiteral("customer_id"), before.customerId);
    was.insert(QStringLiteral("holder"), holder.name);
    now.insert(QStringLiteral("customer_id"), after.customerId);
    now.insert(QStringLiteral("holder"), owner->name);
    return success();
}

Status SubscriptionService::ChangeDraft::replaceSim()
{
    const Result<QString> iccid = normaliseIccid(request.simIccid);
    if (!iccid)
        return iccid.error();
    if (iccid.value() == before.simIccid())
        return noChange();
    if (const Status st = checkReason(); !st)
        return st;
    after.options.insert(QStringLiteral("sim_iccid"), iccid.value());
    was.insert(QStringLiteral("sim_iccid"), before.simIccid());
    now.insert(QStringLiteral("sim_iccid"), iccid.value());
    return success();
}

Status SubscriptionService::ChangeDraft::switchLongDistance()
{
    if (request.longDistance == before.longDistance())
        return noChange();
    after.options.insert(QStringLiteral("long_distance"), request.longDistance);
    was.insert(QStringLiteral("long_distance"), before.longDistance());
    now.insert(QStringLiteral("long_distance"), request.longDistance);
    reason.clear();
    return success();
}

Status SubscriptionService::ChangeDraft::changePassword()
{
    if (const Status st = checkPassword(request.newPassword, holder.idNumber, before.number); !st)
        return st;
    after.passwordInitial = false;
    passwordHash = given.newPasswordHash.isEmpty() ? PasswordHasher::hash(request.newPassword)
                                                   : given.newPasswordHash;
    was.insert(QStringLiteral("password_initial"), before.passwordInitial);
    now.insert(QStringLiteral("password_initial"), false);
    reason.clear();
    return success();
}

ServiceChangeRecord SubscriptionService::ChangeDraft::record(bool contractConfirmed) const
{
    ServiceChangeRecord r;
    r.serviceId = before.serviceId;
    r.customerId = before.customerId;
    r.change = request.change;
    r.itemCode = item ? item->code : QString();
    r.before = was;
    r.after = now;
    r.reason = reason;
    r.identity = request.proof.key();
    r.contractConfirmed = contractConfirmed;
    return r;
}

// The data of service.changed (the form number and the day are added with the record).
QJsonObject SubscriptionService::ChangeDraft::eventData(const ServiceChangeRecord &r,
                                                        const QList<Subscription> &contracts) const
{
    QJsonObject data{{QStringLiteral("service_id"), before.serviceId},
                     {QStringLiteral("change"), ServiceState::changeKey(r.change)},
                     {QStringLiteral("before"), was},
                     {QStringLiteral("after"), now},
                     {QStringLiteral("customer_id"), before.customerId},
                     {QStringLiteral("number"), before.number},
                     {QStringLiteral("identity"), r.identity},
                     {QStringLiteral("contract_confirmed"), r.contractConfirmed}};
    if (!r.itemCode.isEmpty())
        data.insert(QStringLiteral("item_code"), r.itemCode);
    if (!reason.isEmpty())
        data.insert(QStringLiteral("reason"), reason);
    if (!contracts.isEmpty())
        data.insert(QStringLiteral("contract_end"),
                    contracts.first().contractEnd.toString(Qt::ISODate));
    return data;
}

Result<ServiceOutcome> SubscriptionService::changeWith(WriteTransaction &tx, const Session &session,
                                                       const QString &serviceId,
                                                       const ServiceChangeRequest &request,
                                                       const Secrets &given)
{
    const ServiceChange change = request.change;
    if (const Status st = session.require(Permission::ServeCustomers); !st)
        return st.error();
    if (const Status st = session.require(ServiceState::rule(change).permission); !st)
        return st.error();
    const QDate today = BusinessDay::today();
    if (const Status st = BusinessDay::requireOpen(m_db.connection(), today); !st)
        return st.error();
    const Result<Subscription> before = find(serviceId);
    if (!before)
        return before.error();
    const Result<ServiceStatus> status = ServiceState::apply(change, before->kind, before->status);
    if (!status)
        return status.error();
    const Result<Customer> holder = CustomerService(m_db).findById(before->customerId);
    if (!holder)
        return holder.error();
    const Result<CatalogueItem> item = itemFor(m_db.connection(), change);
    if (!item && change == ServiceChange::Plan)
        return item.error();

    ChangeDraft d(*this, request, given, before.value(), holder.value(), item, today);
    d.after.status = status.value();
    if (const Status st = d.apply(); !st)
        return st.error();
    if (const Status st = checkIdentity(d.before, d.holder, request.proof, change); !st)
        return st.error();
    const QList<Subscription> contracts = underContract(d.before.customerId, today);
    if (const Status st = checkContractConfirmed(contracts, request.contractConfirmed); !st)
        return st.error();

    d.after.updatedAt = Clock::nowStamp();
    if (const Status st = writeService(tx, d.after, d.passwordHash); !st)
        return st.error();
    const ServiceChangeRecord r = d.record(!contracts.isEmpty());
    const Result<ServiceChangeRecord> written = writeRecordAndEvent(
        tx, session, r, QStringLiteral("service.changed"), d.eventData(r, contracts), today);
    if (!written)
        return written.error();
    ServiceOutcome out;
    out.service = d.after;
    out.record = written.value();
    out.initialPassword = d.initialPassword;
    return out;
}
