// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/customerservice.h"

#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/common/masking.h"
#include "core/common/mobilenumber.h"
#include "core/common/numbersequence.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/fieldseal.h"
#include "core/storage/sealing.h"
#include "core/storage/writetransaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace {

constexpr int MaxIdLength = 30; // passports and other documents
constexpr int MaxAddressLength = 200;
constexpr int MaxNotesLength = 500;
constexpr int MaxPreferencesLength = 200;

const char *const kColumns = "customer_id, customer_no, name, id_type, id_number, phone, address, "
                             "vip, notes, created_at, updated_at, preferences, id_region, "
                             "id_last_four";

// kColumns of the customer table aliased c, for joins.
QString qualifiedColumns()
{
    QStringList columns = QString::fromLatin1(kColumns).split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("c."));
    return columns.join(QStringLiteral(", "));
}

// Qt binds a null QString as SQL NULL; the customer columns are NOT NULL.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

// The stored ID number opened with the device key; the masked form when it does not open.
QString openedIdNumber(const QSqlQuery &q, const DeviceKey &key)
{
    const QString stored = q.value(4).toString();
    const QString opened = Sealing::openText(key, stored);
    if (!FieldSeal::isSealed(opened))
        return opened;
    return Masking::idFromParts(q.value(12).toString(), q.value(13).toString());
}

Customer readCustomer(const QSqlQuery &q, const DeviceKey &key)
{
    Customer c;
    c.customerId = q.value(0).toString();
    c.customerNo = q.value(1).toString();
    c.name = q.value(2).toString();
    c.idType = q.value(3).toString();
    c.idNumber = openedIdNumber(q, key);
    c.phone = q.value(5).toString();
    c.address = q.value(6).toString();
    c.vip = q.value(7).toBool();
    c.notes = q.value(8).toString();
    c.createdAt = q.value(9).toString();
    c.updatedAt = q.value(10).toString();
    c.preferences = q.value(11).toString();
    return c;
}

Error notFound()
{
    return Error(QStringLiteral("customer.not_found"),
                 QT_TRANSLATE_NOOP("Error", "No such customer is registered. Check what you "
                                            "typed, or register the customer."));
}

Status requireServe(const Session &session)
{
    // halldeskctl import-customers runs as the console, which serves no one at a window.
    if (session.console)
        return success();
    return session.require(Permission::ServeCustomers);
}

Result<QString> checkName(const QString &raw)
{
    const QString name = raw.simplified();
    const qsizetype length = name.toUcs4().size();
    if (length < 1 || length > CustomerService::MaxNameLength) {
        return Error(QStringLiteral("customer.bad_name"),
                     QT_TRANSLATE_NOOP("Error", "Type the customer's name as on the ID document, "
                                                "1 to 40 characters."));
    }
    return name;
}

// The canonical form of a document number: what is stored and compared.
Result<QString> checkIdNumber(const QString &idType, const QString &raw)
{
    if (idType == Customer::residentId()) {
        const Result<IdNumber> id = IdNumber::parse(raw);
        if (!id)
            return id.error();
        return id->value();
    }
    if (idType != Customer::passport() && idType != Customer::other()) {
        return Error(QStringLiteral("customer.bad_id_type"),
                     QT_TRANSLATE_NOOP("Error", "The ID document kind \"%1\" is not known. Choose "
                                                "resident ID, passport or other."),
                     {idType});
    }
    QString number = raw.toUpper();
    number.remove(QRegularExpression(QStringLiteral("\\s")));
    if (number.isEmpty() || number.size() > MaxIdLength) {
        return Error(QStringLiteral("customer.bad_id_number"),
                     QT_TRANSLATE_NOOP("Error", "Type the document number as printed on the "
                                                "document, 1 to 30 characters."));
    }
    return number;
}

Result<QString> checkPhone(const QString &raw)
{
    if (raw.trimmed().isEmpty())
        return QString(); // some (often elderly) applicants have no mobile
    const Result<MobileNumber> phone = MobileNumber::parse(raw);
    if (!phone)
        return phone.error();
    return phone->value();
}

Status checkText(const QString &text, int max)
{
    if (text.size() <= max)
        return success();
    return Error(QStringLiteral("customer.bad_text"),
                 QT_TRANSLATE_NOOP("Error", "The address may have at most 200 characters and the "
                                            "notes at most 500. Shorten the text."));
}

Status checkPreferences(const QString &text)
{
    if (text.size() <= MaxPreferencesLength)
        return success();
    return Error(QStringLiteral("customer.bad_preferences"),
                 QT_TRANSLATE_NOOP("Error", "The preferences may have at most 200 characters. "
                                            "Shorten the text."));
}

Error duplicateId(const QString &customerNo)
{
    return Error(QStringLiteral("customer.duplicate_id"),
                 QT_TRANSLATE_NOOP("Error", "A customer with this ID number is already registered "
                                            "(customer %1). Look the customer up by ID number "
                                            "instead of registering again."),
                 {customerNo});
}

// The prefix range [text, next) in binary collation, which the name index serves.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    const QChar last = end.back();
    end.back() = QChar(char16_t(last.unicode() + 1));
    return end;
}

// A number as typed, for a partial look-up: without spaces, upper case, full-width digits
// as ASCII; without dashes too unless it is a case or customer number (which have them).
QString compactNumber(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const int digit = c.digitValue();
        out += digit >= 0 ? QChar(u'0' + digit) : c.toUpper();
    }
    if (!out.startsWith(QLatin1String("CS")) && !out.startsWith(QLatin1String("KH")))
        out.remove(QLatin1Char('-'));
    return out;
}

} // namespace

struct CustomerService::Statements
{
    explicit Statements(const QSqlDatabase &db) : insert(db), byIdNumber(db), identityLoaded(false)
    {
        insert.prepare(QStringLiteral(
            "INSERT INTO customer(customer_id, customer_no, name, id_type, id_number, phone, "
            "address, vip, notes, created_at, updated_at, preferences, id_blind, id_region, "
            "id_last_four) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        byIdNumber.prepare(QStringLiteral(
            "SELECT customer_id, customer_no FROM customer WHERE id_blind = ? AND id_type = ?"));
    }

    QSqlQuery insert;
    QSqlQuery byIdNumber;
    // Read once: the identity only changes on enrolment, which reports "setting".
    bool identityLoaded;
    QString branch;
    QString deviceTag;
    QMetaObject::Connection changed;
};

CustomerService::CustomerService(Database &db) : m_db(db) {}

CustomerService::~CustomerService()
{
    if (m_statements)
        QObject::disconnect(m_statements->changed);
}

CustomerService::Statements &CustomerService::statements()
{
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(m_db.connection());
        Statements *st = m_statements.get();
        st->changed = QObject::connect(&m_db, &Database::changed, [st](const QStringList &tables) {
            if (tables.contains(QLatin1String("setting")))
                st->identityLoaded = false;
        });
    }
    if (!m_statements->identityLoaded) {
        const DeviceIdentity device = DeviceIdentity::load(m_db.connection());
        m_statements->branch = device.branchCode;
        m_statements->deviceTag = device.deviceTag;
        m_statements->identityLoaded = true;
    }
    return *m_statements;
}

// Finds who holds a document, other than except.
static Result<std::optional<QString>> holderOf(QSqlQuery &q, const QString &idType,
                                               const QString &idBlind, const QString &except)
{
    q.addBindValue(idBlind);
    q.addBindValue(idType);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    std::optional<QString> holder;
    if (q.next() && q.value(0).toString() != except)
        holder = q.value(1).toString();
    q.finish();
    return holder;
}

// No other customer (than except) holds the document.
static Status checkDocumentFree(QSqlQuery &q, const QString &idType, const QString &idBlind,
                                const QString &except)
{
    const auto holder = holderOf(q, idType, idBlind, except);
    if (!holder)
        return holder.error();
    if (holder.value())
        return duplicateId(*holder.value());
    return success();
}

// The changed fields checked and applied to after.
static Status applyChanges(const CustomerChanges &changes, Customer *after)
{
    if (changes.name) {
        const Result<QString> name = checkName(*changes.name);
        if (!name)
            return name.error();
        after->name = name.value();
    }
    if (changes.idType || changes.idNumber) {
        if (changes.idType)
            after->idType = *changes.idType;
        const Result<QString> number =
            checkIdNumber(after->idType, changes.idNumber ? *changes.idNumber : after->idNumber);
        if (!number)
            return number.error();
        after->idNumber = number.value();
    }
    if (changes.phone) {
        const Result<QString> phone = checkPhone(*changes.phone);
        if (!phone)
            return phone.error();
        after->phone = phone.value();
    }
    if (changes.address) {
        after->address = changes.address->trimmed();
        if (const Status s = checkText(after->address, MaxAddressLength); !s)
            return s;
    }
    if (changes.notes) {
        after->notes = changes.notes->trimmed();
        if (const Status s = checkText(after->notes, MaxNotesLength); !s)
            return s;
    }
    if (changes.preferences) {
        after->preferences = changes.preferences->trimmed();
        if (const Status s = checkPreferences(after->preferences); !s)
            return s;
    }
    if (changes.vip)
        after->vip = *changes.vip;
    return success();
}

// Only what really differs is written and reported.
static QJsonObject differences(const Customer &before, const Customer &after)
{
    QJsonObject changed;
    const auto note = [&changed](const char *key, const QString &a, const QString &b) {
        if (a != b)
            changed.insert(QLatin1String(key), b);
    };
    note("name", before.name, after.name);
    note("id_type", before.idType, after.idType);
    note("id_number", before.idNumber, after.idNumber);
    note("phone", before.phone, after.phone);
    note("address", before.address, after.address);
    note("notes", before.notes, after.notes);
    note("preferences", before.preferences, after.preferences);
    if (before.vip != after.vip)
        changed.insert(QStringLiteral("vip"), after.vip);
    return changed;
}

static Status writeUpdate(WriteTransaction &tx, const Customer &after)
{
    QSqlQuery q = tx.prepare(QStringLiteral(
        "UPDATE customer SET name = ?, id_type = ?, id_number = ?, id_blind = ?, id_region = ?, "
        "id_last_four = ?, phone = ?, address = ?, vip = ?, notes = ?, preferences = ?, "
        "updated_at = ? WHERE customer_id = ?"));
    const Sealing::IdColumns id = Sealing::idColumns(tx.database().deviceKey(), after.idNumber);
    for (const QVariant &v :
         {QVariant(after.name), QVariant(after.idType), QVariant(id.sealed), QVariant(id.blind),
          QVariant(id.region), QVariant(id.lastFour), text(after.phone), text(after.address),
          QVariant(after.vip ? 1 : 0), text(after.notes), text(after.preferences),
          QVariant(after.updatedAt), QVariant(after.customerId)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("customer"));
    return success();
}

Result<Customer> CustomerService::registerCustomer(const Session &session,
                                                   const NewCustomer &customer)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return registerCustomer(tx, session, customer); });
}

Result<Customer> CustomerService::registerCustomer(WriteTransaction &tx, const Session &session,
                                                   const NewCustomer &customer)
{
    if (const Status s = requireServe(session); !s)
        return s.error();
    const Result<QString> name = checkName(customer.name);
    if (!name)
        return name.error();
    const QString idType = customer.idType.isEmpty() ? Customer::residentId() : customer.idType;
    const Result<QString> idNumber = checkIdNumber(idType, customer.idNumber);
    if (!idNumber)
        return idNumber.error();
    const Result<QString> phone = checkPhone(customer.phone);
    if (!phone)
        return phone.error();
    const QString address = customer.address.trimmed();
    const QString notes = customer.notes.trimmed();
    const QString preferences = customer.preferences.trimmed();
    if (const Status s = checkText(address, MaxAddressLength); !s)
        return s.error();
    if (const Status s = checkText(notes, MaxNotesLength); !s)
        return s.error();
    if (const Status s = checkPreferences(preferences); !s)
        return s.error();

    Statements &st = statements();
    const Sealing::IdColumns id = Sealing::idColumns(m_db.deviceKey(), idNumber.value());
    if (const Status s = checkDocumentFree(st.byIdNumber, idType, id.blind, QString()); !s)
        return s.error();

    const QDate today = Clock::today();
    const Result<int> seq = NumberSequence::next(tx, QStringLiteral("customer"), today);
    if (!seq)
        return seq.error();
    Customer c;
    c.customerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Branch, day and device make the number unique without asking HQ (like case numbers).
    c.customerNo = QStringLiteral("KH%1-%2-%3-%4")
                       .arg(st.branch, today.toString(QStringLiteral("yyyyMMdd")), st.deviceTag)
                       .arg(seq.value(), 4, 10, QLatin1Char('0'));
    c.name = name.value();
    c.idType = idType;
    c.idNumber = idNumber.value();
    c.phone = phone.value();
    c.address = address;
    c.vip = customer.vip;
    c.notes = notes;
    c.preferences = preferences;
    c.createdAt = Clock::nowStamp();
    c.updatedAt = c.createdAt;

    QSqlQuery &q = st.insert;
    for (const QVariant &v :
         {QVariant(c.customerId), QVariant(c.customerNo), QVariant(c.name), QVariant(c.idType),
          QVariant(id.sealed), text(c.phone), text(c.address), QVariant(c.vip ? 1 : 0),
          text(c.notes), QVariant(c.createdAt), QVariant(c.updatedAt), text(c.preferences),
          QVariant(id.blind), QVariant(id.region), QVariant(id.lastFour)})
        q.addBindValue(v);
    if (const Status s = tx.exec(q); !s)
        return s.error();
    tx.touch(QStringLiteral("customer"));

    // The full ID number goes into the event: the log is the audit trail HQ keeps (stored
    // sealed like the row; EventLog opens it for the chain's hash and for headquarters).
    const QJsonObject data{{QStringLiteral("customer_id"), c.customerId},
                           {QStringLiteral("customer_no"), c.customerNo},
                           {QStringLiteral("name"), c.name},
                           {QStringLiteral("id_type"), c.idType},
                           {QStringLiteral("id_number"), c.idNumber},
                           {QStringLiteral("phone"), c.phone},
                           {QStringLiteral("vip"), c.vip}};
    const Result<Event> event =
        tx.append(QStringLiteral("customer.registered"), session.staffNo, data);
    if (!event)
        return event.error();
    return c;
}

Result<Customer> CustomerService::update(const Session &session, const QString &customerId,
                                         const CustomerChanges &changes)
{
    return WriteTransaction::perform(
        m_db, [&](WriteTransaction &tx) { return update(tx, session, customerId, changes); });
}

Result<Customer> CustomerService::update(WriteTransaction &tx, const Session &session,
                                         const QString &customerId, const CustomerChanges &changes)
{
    if (const Status s = requireServe(session); !s)
        return s.error();
    const Result<Customer> found = findById(customerId);
    if (!found)
        return found.error();
    const Customer before = found.value();
    Customer after = before;
    if (const Status s = applyChanges(changes, &after); !s)
        return s.error();
    const QJsonObject changed = differences(before, after);
    if (changed.isEmpty()) {
        return Error(QStringLiteral("customer.no_changes"),
                     QT_TRANSLATE_NOOP("Error", "Nothing was changed. Edit a field before "
                                                "saving."));
    }
    if (changed.contains(QLatin1String("id_number")) ||
        changed.contains(QLatin1String("id_type"))) {
        if (const Status s = checkDocumentFree(
                statements().byIdNumber, after.idType,
                FieldSeal::blindIndex(m_db.deviceKey(), after.idNumber), customerId);
            !s)
            return s.error();
    }

    after.updatedAt = Clock::nowStamp();
    if (const Status s = writeUpdate(tx, after); !s)
        return s.error();
    const Result<Event> event = tx.append(
        QStringLiteral("customer.updated"), session.staffNo,
        {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("changes"), changed}});
    if (!event)
        return event.error();
    return after;
}

Result<Customer> CustomerService::findOne(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM customer WHERE %2").arg(QLatin1String(kColumns), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next())
        return notFound();
    return readCustomer(q, m_db.deviceKey());
}

Result<Customer> CustomerService::findById(const QString &customerId) const
{
    return findOne(QStringLiteral("customer_id = ?"), {customerId});
}

Result<Customer> CustomerService::findByCustomerNo(const QString &customerNo) const
{
    return findOne(QStringLiteral("customer_no = ?"), {customerNo.trimmed().toUpper()});
}

Result<Customer> CustomerService::findByIdNumber(const QString &idNumber,
                                                 const QString &idType) const
{
    if (idType.isEmpty() || idType == Customer::residentId()) {
        const Result<IdNumber> resident = IdNumber::parse(idNumber);
        if (resident) {
            return findOne(QStringLiteral("id_blind = ? AND id_type = ?"),
                           {blindIndex(resident->value()), Customer::residentId()});
        }
        if (!idType.isEmpty())
            return notFound();
    }
    QString number = idNumber.toUpper();
    number.remove(QRegularExpression(QStringLiteral("\\s")));
    // One probe of the blind index customer_id_blind: the stored numbers are sealed.
    if (idType.isEmpty()) // uses the index: id_blind leads it
        return findOne(QStringLiteral("id_blind = ? LIMIT 1"), {blindIndex(number)});
    return findOne(QStringLiteral("id_blind = ? AND id_type = ?"), {blindIndex(number), idType});
}

QList<Customer> CustomerService::findByPhone(const QString &phone, int limit, int offset) const
{
    QList<Customer> result;
    const Result<MobileNumber> mobile = MobileNumber::parse(phone);
    if (!mobile || limit < 1)
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The contact mobile, or the mobile line the customer holds (the number a customer
    // gives at the counter is often the line, registered under another contact number).
    q.prepare(QStringLiteral("SELECT %1 FROM customer WHERE phone = ? OR customer_id IN (SELECT "
                             "customer_id FROM subscription WHERE number = ? AND status <> "
                             "'cancelled') ORDER BY created_at DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(mobile->value());
    q.addBindValue(mobile->value());
    q.addBindValue(limit);
    q.addBindValue(std::max(0, offset));
    if (q.exec()) {
        while (q.next())
            result.append(readCustomer(q, m_db.deviceKey()));
    }
    return result;
}

QList<Customer> CustomerService::newest(int limit, int offset) const
{
    QList<Customer> result;
    if (limit < 1)
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // rowid order is registration order on this terminal, and needs no index of its own.
    q.prepare(QStringLiteral("SELECT %1 FROM customer ORDER BY rowid DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    q.addBindValue(std::max(0, offset));
    if (q.exec()) {
        while (q.next())
            result.append(readCustomer(q, m_db.deviceKey()));
    }
    return result;
}

QList<Customer> CustomerService::searchByName(const QString &text, int limit, NameMatch match,
                                              int offset) const
{
    QList<Customer> result;
    const QString needle = text.simplified();
    offset = std::max(0, offset);
    if (needle.isEmpty() || limit < 1)
        return result;
    const QString end = prefixEnd(needle);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A range, not LIKE 'x%': LIKE would need a NOCASE index to use one.
    q.prepare(QStringLiteral("SELECT %1 FROM customer WHERE name >= ? AND name < ? ORDER BY name "
                             "LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(needle);
    q.addBindValue(end);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (q.exec()) {
        while (q.next())
            result.append(readCustomer(q, m_db.deviceKey()));
    }
    q.finish();
    if (match == NameMatch::Prefix || result.size() >= limit)
        return result;
    // The prefix matches are used up: the page goes on with the names containing the text
    // after their first character, a range of the name endings index (customer_name_ending)
    // in its own order. Paging through them needs the number of prefix matches, known
    // without counting unless this page had none.
    qint64 prefixCount = offset + result.size();
    if (result.isEmpty() && offset > 0) {
        q.prepare(QStringLiteral("SELECT count(*) FROM customer WHERE name >= ? AND name < ?"));
        q.addBindValue(needle);
        q.addBindValue(end);
        prefixCount = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
    }
    // Each name once: through the ending that starts at the text's first occurrence (a
    // name may hold the text twice), and not the names that begin with it (listed above).
    q.prepare(QStringLiteral("SELECT %1 FROM customer_name_ending e JOIN customer c ON "
                             "c.customer_id = e.customer_id WHERE e.ending >= ? AND e.ending < ? "
                             "AND instr(c.name, ?) > 1 AND instr(c.name, ?) = length(c.name) - "
                             "length(e.ending) + 1 ORDER BY e.ending, e.customer_id LIMIT ? "
                             "OFFSET ?")
                  .arg(qualifiedColumns()));
    q.addBindValue(needle);
    q.addBindValue(end);
    q.addBindValue(needle);
    q.addBindValue(needle);
    q.addBindValue(limit - int(result.size()));
    q.addBindValue(std::max<qint64>(0, offset - prefixCount));
    if (q.exec()) {
        while (q.next())
            result.append(readCustomer(q, m_db.deviceKey()));
    }
    return result;
}

QList<Customer> CustomerService::search(const QString &text, int limit, int offset) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty() || limit < 1)
        return {};
    const auto single = [offset](const Result<Customer> &c) {
        return c && offset == 0 ? QList<Customer>{c.value()} : QList<Customer>{};
    };
    // The cheap, exact look-ups first; a name is whatever is left.
    if (const Result<IdNumber> id = IdNumber::parse(typed); id)
        return single(findByIdNumber(id->value(), Customer::residentId()));
    if (const Result<MobileNumber> mobile = MobileNumber::parse(typed); mobile)
        return findByPhone(mobile->value(), limit, offset);
    if (typed.startsWith(QLatin1String("KH"), Qt::CaseInsensitive)) {
        if (const Result<Customer> c = findByCustomerNo(typed); c)
            return single(c);
    }
    if (const Result<Customer> c = findByIdNumber(typed); c) // a passport, say
        return single(c);
    if (isPartialNumber(typed)) // listed at most PartialNumberLimit at a time, not paged
        return offset == 0 ? searchPartialNumber(typed, limit).customers : QList<Customer>{};
    return searchByName(typed, limit, NameMatch::Contains, offset);
}

bool CustomerService::isPartialNumber(const QString &text)
{
    // A document number's start ("CSTZ01-2026…", "KHTZ01-…"): a digit sets it apart from a
    // name such as Khan.
    static const QRegularExpression document(QStringLiteral("^(CS|KH)[A-Z0-9-]*\\d[A-Z0-9-]*$"));
    // Four or more digits of an ID number (the 18th may be X) or of a mobile.
    static const QRegularExpression digits(QStringLiteral("^(\\d{4,18}|\\d{17}X)$"));
    if (IdNumber::parse(text) || MobileNumber::parse(text))
        return false; // whole: looked up exactly
    const QString typed = compactNumber(text);
    return document.match(typed).hasMatch() || digits.match(typed).hasMatch();
}

CustomerService::NumberMatches CustomerService::searchPartialNumber(const QString &text,
                                                                    int limit) const
{
    NumberMatches matches;
    if (limit < 1 || !isPartialNumber(text))
        return matches;
    const QString typed = compactNumber(text);
    const int until = limit + 1; // one more tells that there are more
    QList<Customer> &found = matches.customers;
    if (typed.startsWith(QLatin1String("CS"))) {
        collect(QStringLiteral("SELECT %1 FROM service_case s JOIN customer c ON c.customer_id = "
                               "s.customer_id WHERE s.case_no >= ? AND s.case_no < ? ORDER BY "
                               "s.case_no")
                    .arg(qualifiedColumns()),
                {typed, prefixEnd(typed)}, found, until);
    } else if (typed.startsWith(QLatin1String("KH"))) {
        collect(QStringLiteral("SELECT %1 FROM customer WHERE customer_no >= ? AND customer_no < ? "
                               "ORDER BY customer_no")
                    .arg(QLatin1String(kColumns)),
                {typed, prefixEnd(typed)}, found, until);
    } else {
        // The expressions are those of the indexes of migration 0010.
        if (typed.size() == 4) {
            collect(QStringLiteral("SELECT %1 FROM customer WHERE substr(phone, -4) = ? OR "
                                   "customer_id IN (SELECT customer_id FROM subscription WHERE "
                                   "substr(number, -4) = ? AND status <> 'cancelled') ORDER BY "
                                   "created_at DESC")
                        .arg(QLatin1String(kColumns)),
                    {typed, typed}, found, until);
            // The last four of an ID number, which its masked form shows.
            collect(QStringLiteral("SELECT %1 FROM customer WHERE id_last_four = ?")
                        .arg(QLatin1String(kColumns)),
                    {typed}, found, until);
        }
        if (collectByIdNumberPrefix(typed, found, until))
            matches.more = true;
        if (typed.startsWith(QLatin1Char('1')) && typed.size() < 11) {
            collect(
                QStringLiteral("SELECT %1 FROM customer WHERE phone >= ? AND phone < ? ORDER BY "
                               "phone")
                    .arg(QLatin1String(kColumns)),
                {typed, prefixEnd(typed)}, found, until);
        }
    }
    matches.more = matches.more || found.size() > limit;
    if (found.size() > limit)
        found.resize(limit);
    return matches;
}

bool CustomerService::collectByIdNumberPrefix(const QString &digits, QList<Customer> &into,
                                              int until) const
{
    // The numbers are sealed: only their region (the first six, in clear in id_region) is
    // a range of an index, read in its order. Typed digits beyond the region are compared
    // with the opened numbers of that region, at most RegionScanLimit of them.
    const QString region = digits.left(6);
    const QString sql = QStringLiteral("SELECT %1 FROM customer WHERE id_region >= ? AND "
                                       "id_region < ? ORDER BY id_region")
                            .arg(QLatin1String(kColumns));
    if (digits.size() <= 6)
        return collect(sql, {region, prefixEnd(region)}, into, until);
    const auto startsSo = [&digits](const Customer &c) { return c.idNumber.startsWith(digits); };
    return collect(sql, {region, prefixEnd(region)}, into, until, startsSo, RegionScanLimit);
}

// Appends the customers the query yields that are not listed yet (and that keep accepts),
// until there are `until`; the query is stepped only that far, and at most maxRows rows.
// True when it stopped at maxRows with rows left.
bool CustomerService::collect(const QString &sql, const QVariantList &values, QList<Customer> &into,
                              int until, const std::function<bool(const Customer &)> &keep,
                              int maxRows) const
{
    if (into.size() >= until)
        return false;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return false;
    int rows = 0;
    while (into.size() < until && q.next()) {
        if (maxRows > 0 && ++rows > maxRows)
            return true;
        const Customer c = readCustomer(q, m_db.deviceKey());
        const bool listed = std::any_of(into.cbegin(), into.cend(), [&c](const Customer &other) {
            return other.customerId == c.customerId;
        });
        if (!listed && (!keep || keep(c)))
            into.append(c);
    }
    return false;
}

QString CustomerService::blindIndex(const QString &idNumber) const
{
    if (m_db.deviceKey().isNull())
        return QString(); // a database from before sealing: no blind index to probe
    return FieldSeal::blindIndex(m_db.deviceKey(), idNumber);
}
