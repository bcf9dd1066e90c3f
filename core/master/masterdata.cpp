// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/master/masterdata.h"

#include "core/master/formvalidation.h"

#include "core/common/money.h"
#include "core/customers/servicestate.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace {

struct WindowEntry
{
    QString code;
    QString name;
    QStringList categories;
    QString staffA;
    QString staffB;
};

struct HolidayEntry
{
    QString day; // YYYY-MM-DD
    QString kind;
    QString name;
};

// The document, read and checked, ready to be written.
struct Parsed
{
    int version = 0;
    bool full = false;
    QString branchCode;
    QList<WindowEntry> windows;
    QList<CatalogueItem> items;
    QList<FeeItem> fees;
    QList<HolidayEntry> holidays;
    QByteArray hash; // of the whole document, to recognise a repeated version
};

// Never a null QString: Qt binds a null string as SQL NULL, and these columns are NOT NULL.
QString str(const QJsonObject &o, const char *key)
{
    const QString s = o.value(QLatin1String(key)).toString().trimmed();
    return s.isNull() ? QStringLiteral("") : s;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &e : array) {
        const QString s = e.toString().trimmed();
        if (!s.isEmpty())
            list.append(s);
    }
    return list;
}

// A whole, non-negative JSON number within [0, max]; JSON numbers are doubles.
bool wholeNumber(const QJsonValue &v, double max, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > max || std::floor(d) != d)
        return false;
    *out = static_cast<qint64>(d);
    return true;
}

Error duplicate(const char *section, const QString &code)
{
    return Error(QStringLiteral("master.duplicate"),
                 QT_TRANSLATE_NOOP("Error", "The master data lists %1 \"%2\" twice. Ask "
                                            "headquarters to correct the master data."),
                 {QString::fromLatin1(section), code});
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QSet<QString> existingCodes(const QSqlDatabase &db, const QString &sql)
{
    QSet<QString> codes;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            codes.insert(q.value(0).toString());
    }
    return codes;
}

Result<Parsed> parseWindows(const QJsonArray &array, const QSet<QString> &staff, Parsed parsed)
{
    QSet<QString> seen;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        WindowEntry w;
        w.code = str(o, "code");
        w.name = str(o, "name");
        if (w.code.isEmpty() || w.name.isEmpty()) {
            return Error(QStringLiteral("master.bad_window"),
                         QT_TRANSLATE_NOOP("Error", "A window in the master data has no code or "
                                                    "no name (\"%1\"). Ask headquarters to "
                                                    "correct the master data."),
                         {w.code.isEmpty() ? w.name : w.code});
        }
        if (seen.contains(w.code))
            return duplicate("window", w.code);
        seen.insert(w.code);
        w.categories = stringList(o.value(QLatin1String("categories")));
        // Staff come from StaffService, possibly later than the master: an unknown staff
        // number leaves the post empty rather than refusing the whole catalogue.
        const QString a = str(o, "staff_a");
        const QString b = str(o, "staff_b");
        w.staffA = staff.contains(a) ? a : QString();
        w.staffB = staff.contains(b) ? b : QString();
        parsed.windows.append(w);
    }
    return parsed;
}

Result<Parsed> parseFees(const QJsonArray &array, Parsed parsed)
{
    QSet<QString> seen;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        FeeItem f;
        f.code = str(o, "code");
        f.name = str(o, "name");
        f.unit = str(o, "unit");
        f.legalBasis = str(o, "legal_basis");
        qint64 amount = 0;
        if (f.code.isEmpty() || f.name.isEmpty() ||
            !wholeNumber(o.value(QLatin1String("amount_fen")), double(Money::maxFen), &amount)) {
            return Error(QStringLiteral("master.bad_fee"),
                         QT_TRANSLATE_NOOP("Error", "Fee item \"%1\" in the master data needs a "
                                                    "code, a name and an amount in whole fen "
                                                    "between 0 and 1000000000. Ask headquarters "
                                                    "to correct it."),
                         {f.code.isEmpty() ? f.name : f.code});
        }
        if (seen.contains(f.code))
            return duplicate("fee", f.code);
        seen.insert(f.code);
        f.amountFen = amount;
        parsed.fees.append(f);
    }
    return parsed;
}

// How an item is handled: where, in which mode, within how many working days.
Status readHandling(const QJsonObject &o, const QSet<QString> &windows, CatalogueItem *item)
{
    item->department = str(o, "department");
    item->windowCode = str(o, "window");
    item->category = str(o, "category");
    item->mode = str(o, "mode");
    if (!CatalogueItem::modes().contains(item->mode)) {
        return Error(QStringLiteral("master.bad_mode"),
                     QT_TRANSLATE_NOOP("Error", "Catalogue item %1 has the handling mode "
                                                "\"%2\"; it must be immediate, commitment or "
                                                "forward. Ask headquarters to correct it."),
                     {item->code, item->mode});
    }
    qint64 limit = 0;
    const QJsonValue limitValue = o.value(QLatin1String("limit_days"));
    if (!limitValue.isUndefined() && !limitValue.isNull() &&
        !wholeNumber(limitValue, 3650, &limit)) {
        return Error(QStringLiteral("master.bad_limit"),
                     QT_TRANSLATE_NOOP("Error", "Catalogue item %1 has the time limit \"%2\"; "
                                                "it must be a whole number of working days "
                                                "from 0 to 3650. Ask headquarters to correct "
                                                "it."),
                     {item->code, limitValue.toVariant().toString()});
    }
    item->limitDays = int(limit);
    if (!item->windowCode.isEmpty() && !windows.contains(item->windowCode)) {
        return Error(QStringLiteral("master.unknown_window"),
                     QT_TRANSLATE_NOOP("Error", "Catalogue item %1 is served at window %2, "
                                                "which the master data does not list. Ask "
                                                "headquarters to add the window or correct "
                                                "the item."),
                     {item->code, item->windowCode});
    }
    return success();
}

Status checkItemFees(const CatalogueItem &item, const QSet<QString> &fees)
{
    for (const QString &fee : item.feeCodes) {
        if (!fees.contains(fee)) {
            return Error(QStringLiteral("master.unknown_fee"),
                         QT_TRANSLATE_NOOP("Error", "Catalogue item %1 charges fee %2, which "
                                                    "is not a published fee item. Ask "
                                                    "headquarters to add the fee item or "
                                                    "correct the catalogue item."),
                         {item.code, fee});
        }
    }
    return success();
}

// Optional: an item that is a change of a customer's service (telecom halls).
Status checkServiceChange(const CatalogueItem &item)
{
    if (!item.serviceChange.isEmpty() && !ServiceState::changeKeys().contains(item.serviceChange)) {
        return Error(QStringLiteral("master.bad_service_change"),
                     QT_TRANSLATE_NOOP("Error", "Catalogue item %1 is the service change "
                                                "\"%2\", which this terminal does not know. "
                                                "Ask headquarters to correct it."),
                     {item.code, item.serviceChange});
    }
    return success();
}

Result<Parsed> parseItems(const QJsonArray &array, const QSet<QString> &windows,
                          const QSet<QString> &fees, Parsed parsed)
{
    QSet<QString> seen;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        CatalogueItem item;
        item.code = str(o, "code");
        item.name = str(o, "name");
        if (item.code.isEmpty() || item.name.isEmpty()) {
            return Error(QStringLiteral("master.bad_item"),
                         QT_TRANSLATE_NOOP("Error", "A catalogue item in the master data has no "
                                                    "code or no name (\"%1\"). Ask headquarters "
                                                    "to correct the master data."),
                         {item.code.isEmpty() ? item.name : item.code});
        }
        if (seen.contains(item.code))
            return duplicate("catalogue item", item.code);
        seen.insert(item.code);
        if (const Status s = readHandling(o, windows, &item); !s)
            return s.error();
        item.materials = stringList(o.value(QLatin1String("materials")));
        item.feeCodes = stringList(o.value(QLatin1String("fees")));
        if (const Status s = checkItemFees(item, fees); !s)
            return s.error();
        item.legalBasis = str(o, "legal_basis");
        item.conditions = str(o, "conditions");
        item.procedure = str(o, "procedure");
        item.complaintChannel = str(o, "complaint_channel");
        const Result<QList<FormField>> fields =
            FormValidation::definitions(item.code, o.value(QLatin1String("fields")).toArray());
        if (!fields)
            return fields.error();
        item.fields = fields.value();
        item.serviceChange = str(o, "service_change");
        if (const Status s = checkServiceChange(item); !s)
            return s.error();
        parsed.items.append(item);
    }
    return parsed;
}

Result<Parsed> parseHolidays(const QJsonArray &array, Parsed parsed)
{
    QSet<QString> seen;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        HolidayEntry h;
        h.day = str(o, "date");
        h.kind = str(o, "kind");
        h.name = str(o, "name");
        const QDate date = QDate::fromString(h.day, Qt::ISODate);
        // Only the canonical form: the table is keyed and compared by this text.
        if (!date.isValid() || date.toString(Qt::ISODate) != h.day ||
            (h.kind != QLatin1String("holiday") && h.kind != QLatin1String("workday"))) {
            return Error(QStringLiteral("master.bad_holiday"),
                         QT_TRANSLATE_NOOP("Error", "The holiday calendar in the master data has "
                                                    "an entry \"%1\" (%2) that is not a date "
                                                    "YYYY-MM-DD marked holiday or workday. Ask "
                                                    "headquarters to correct the calendar."),
                         {h.day, h.kind});
        }
        if (seen.contains(h.day))
            return duplicate("holiday", h.day);
        seen.insert(h.day);
        parsed.holidays.append(h);
    }
    return parsed;
}

// Reads and checks everything before anything is written.
Result<Parsed> parse(const QSqlDatabase &db, const QJsonObject &master)
{
    Parsed parsed;
    qint64 version = 0;
    if (!wholeNumber(master.value(QLatin1String("version")), 2147483647.0, &version) ||
        version < 1) {
        return Error(QStringLiteral("master.bad_version"),
                     QT_TRANSLATE_NOOP("Error", "The master data has no valid version number. "
                                                "Fetch it from headquarters again."));
    }
    parsed.version = int(version);
    parsed.full = master.value(QLatin1String("full")).toBool();
    parsed.branchCode = str(master.value(QLatin1String("branch")).toObject(), "code");
    parsed.hash = QCryptographicHash::hash(QJsonDocument(master).toJson(QJsonDocument::Compact),
                                           QCryptographicHash::Sha256)
                      .toHex();

    const QSet<QString> staff =
        existingCodes(db, QStringLiteral("SELECT staff_no FROM staff WHERE active = 1"));
    Result<Parsed> r =
        parseWindows(master.value(QLatin1String("windows")).toArray(), staff, std::move(parsed));
    if (!r)
        return r;
    r = parseFees(master.value(QLatin1String("fees")).toArray(), r.take());
    if (!r)
        return r;

    // An item may refer to this document's windows and fees and, in a partial update, to
    // those already applied (a full master stands alone: what it omits becomes inactive).
    QSet<QString> windows;
    QSet<QString> fees;
    if (!r->full) {
        windows = existingCodes(db, QStringLiteral("SELECT code FROM service_window"));
        fees = existingCodes(db, QStringLiteral("SELECT code FROM fee_item WHERE active = 1"));
    }
    for (const WindowEntry &w : std::as_const(r->windows))
        windows.insert(w.code);
    for (const FeeItem &f : std::as_const(r->fees))
        fees.insert(f.code);
    r = parseItems(master.value(QLatin1String("catalogue")).toArray(), windows, fees, r.take());
    if (!r)
        return r;
    return parseHolidays(master.value(QLatin1String("holidays")).toArray(), r.take());
}

Status run(WriteTransaction &tx, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = tx.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return tx.exec(q);
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// A full master: everything not listed again is withdrawn; rows stay for the cases that
// use them.
Status withdrawAll(WriteTransaction &tx)
{
    for (const char *sql :
         {"UPDATE service_window SET active = 0", "UPDATE catalogue_item SET active = 0",
          "UPDATE fee_item SET active = 0"}) {
        if (const Status s = run(tx, QString::fromLatin1(sql)); !s)
            return s;
    }
    return success();
}

Status writeWindows(WriteTransaction &tx, const QList<WindowEntry> &windows)
{
    QSqlQuery window = tx.prepare(QStringLiteral(
        "INSERT INTO service_window(code, name, categories, staff_a, staff_b, active) "
        "VALUES(?, ?, ?, ?, ?, 1) ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
        "categories = excluded.categories, staff_a = excluded.staff_a, "
        "staff_b = excluded.staff_b, active = 1"));
    for (const WindowEntry &w : windows) {
        window.addBindValue(w.code);
        window.addBindValue(w.name);
        const QString categories = w.categories.join(QLatin1Char(','));
        window.addBindValue(categories.isNull() ? QStringLiteral("") : categories);
        window.addBindValue(orNull(w.staffA));
        window.addBindValue(orNull(w.staffB));
        if (const Status s = tx.exec(window); !s)
            return s;
    }
    return success();
}

Status writeFees(WriteTransaction &tx, const QList<FeeItem> &fees)
{
    QSqlQuery fee = tx.prepare(QStringLiteral(
        "INSERT INTO fee_item(code, name, amount_fen, unit, legal_basis, active) "
        "VALUES(?, ?, ?, ?, ?, 1) ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
        "amount_fen = excluded.amount_fen, unit = excluded.unit, "
        "legal_basis = excluded.legal_basis, active = 1"));
    for (const FeeItem &f : fees) {
        fee.addBindValue(f.code);
        fee.addBindValue(f.name);
        fee.addBindValue(f.amountFen);
        fee.addBindValue(f.unit);
        fee.addBindValue(f.legalBasis);
        if (const Status s = tx.exec(fee); !s)
            return s;
    }
    return success();
}

Status writeItems(WriteTransaction &tx, const QList<CatalogueItem> &items)
{
    QSqlQuery item = tx.prepare(QStringLiteral(
        "INSERT INTO catalogue_item(code, name, department, window_code, category, mode, "
        "limit_days, materials, fee_codes, legal_basis, conditions, procedure, "
        "complaint_channel, form_fields, active) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, 1) ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
        "department = excluded.department, window_code = excluded.window_code, "
        "category = excluded.category, mode = excluded.mode, limit_days = excluded.limit_days, "
        "materials = excluded.materials, fee_codes = excluded.fee_codes, "
        "legal_basis = excluded.legal_basis, conditions = excluded.conditions, "
        "procedure = excluded.procedure, complaint_channel = excluded.complaint_channel, "
        "form_fields = excluded.form_fields, active = 1"));
    for (const CatalogueItem &i : items) {
        for (const QVariant &v :
             {QVariant(i.code), QVariant(i.name), QVariant(i.department), orNull(i.windowCode),
              QVariant(i.category), QVariant(i.mode), QVariant(i.limitDays),
              QVariant(compact(QJsonArray::fromStringList(i.materials))),
              QVariant(compact(QJsonArray::fromStringList(i.feeCodes))), QVariant(i.legalBasis),
              QVariant(i.conditions), QVariant(i.procedure), QVariant(i.complaintChannel),
              QVariant(compact(FormValidation::definitionsJson(i.fields)))})
            item.addBindValue(v);
        if (const Status s = tx.exec(item); !s)
            return s;
    }
    QSqlQuery serviceChange =
        tx.prepare(QStringLiteral("UPDATE catalogue_item SET service_change = ? WHERE code = ?"));
    for (const CatalogueItem &i : items) {
        serviceChange.addBindValue(i.serviceChange);
        serviceChange.addBindValue(i.code);
        if (const Status s = tx.exec(serviceChange); !s)
            return s;
    }
    return success();
}

Status writeHolidays(WriteTransaction &tx, const QList<HolidayEntry> &holidays, bool full)
{
    if (full) {
        // The calendar of each year listed is replaced whole: a day HQ dropped is no longer
        // special. Years the document does not mention keep what they had.
        QSet<QString> years;
        for (const HolidayEntry &h : holidays)
            years.insert(h.day.left(4));
        for (const QString &year : std::as_const(years)) {
            if (const Status s = run(
                    tx, QStringLiteral("DELETE FROM holiday WHERE substr(day, 1, 4) = ?"), {year});
                !s)
                return s;
        }
    }
    QSqlQuery holiday = tx.prepare(
        QStringLiteral("INSERT INTO holiday(day, kind, name) VALUES(?, ?, ?) ON CONFLICT(day) "
                       "DO UPDATE SET kind = excluded.kind, name = excluded.name"));
    for (const HolidayEntry &h : holidays) {
        holiday.addBindValue(h.day);
        holiday.addBindValue(h.kind);
        holiday.addBindValue(h.name);
        if (const Status s = tx.exec(holiday); !s)
            return s;
    }
    return success();
}

Status writeVersion(WriteTransaction &tx, const Parsed &p)
{
    if (const Status s =
            SettingStore::set(tx, MasterData::versionKey(), QString::number(p.version));
        !s)
        return s;
    return SettingStore::set(tx, QStringLiteral("master.hash"), QString::fromLatin1(p.hash));
}

Status writeAll(WriteTransaction &tx, const Parsed &p)
{
    Status s = p.full ? withdrawAll(tx) : success();
    if (s)
        s = writeWindows(tx, p.windows);
    if (s)
        s = writeFees(tx, p.fees);
    if (s)
        s = writeItems(tx, p.items);
    if (s)
        s = writeHolidays(tx, p.holidays, p.full);
    if (s)
        s = writeVersion(tx, p);
    if (!s)
        return s;
    for (const char *table : {"service_window", "fee_item", "catalogue_item", "holiday", "setting"})
        tx.touch(QString::fromLatin1(table));
    return success();
}

CatalogueItem readItem(const QSqlQuery &q)
{
    CatalogueItem i;
    i.code = q.value(0).toString();
    i.name = q.value(1).toString();
    i.department = q.value(2).toString();
    i.windowCode = q.value(3).toString();
    i.category = q.value(4).toString();
    i.mode = q.value(5).toString();
    i.limitDays = q.value(6).toInt();
    i.materials = stringList(QJsonDocument::fromJson(q.value(7).toByteArray()).array());
    i.feeCodes = stringList(QJsonDocument::fromJson(q.value(8).toByteArray()).array());
    i.legalBasis = q.value(9).toString();
    i.conditions = q.value(10).toString();
    i.procedure = q.value(11).toString();
    i.complaintChannel = q.value(12).toString();
    // Checked when it was applied.
    const Result<QList<FormField>> fields = FormValidation::definitions(
        i.code, QJsonDocument::fromJson(q.value(13).toByteArray()).array());
    i.fields = fields ? fields.value() : QList<FormField>();
    i.active = q.value(14).toBool();
    i.serviceChange = q.value(15).toString();
    return i;
}

const char *const kItemColumns =
    "code, name, department, window_code, category, mode, limit_days, materials, fee_codes, "
    "legal_basis, conditions, procedure, complaint_channel, form_fields, active, service_change";

} // namespace

QStringList FormField::types()
{
    return {QStringLiteral("text"),   QStringLiteral("number"),    QStringLiteral("date"),
            QStringLiteral("choice"), QStringLiteral("id_number"), QStringLiteral("phone")};
}

QStringList CatalogueItem::modes()
{
    return {QStringLiteral("immediate"), QStringLiteral("commitment"), QStringLiteral("forward")};
}

Result<int> MasterData::apply(Database &db, const Session &session, const QJsonObject &master)
{
    if (const Status s = session.require(Permission::ManageDevice); !s)
        return s.error();
    // Checked inside the transaction (BEGIN IMMEDIATE holds the write lock), so the sync
    // thread applying the same download cannot slip in between check and write.
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const Result<Parsed> parsed = parse(db.connection(), master);
    if (!parsed)
        return parsed.error();
    const Parsed &p = parsed.value();

    // Master data of another branch would put the wrong catalogue and fees on this
    // counter. A terminal not yet enrolled (branch LOCAL) takes any.
    const DeviceIdentity device = DeviceIdentity::load(db.connection());
    if (!p.branchCode.isEmpty() && !device.branchCode.isEmpty() &&
        device.branchCode != QLatin1String("LOCAL") && device.branchCode != p.branchCode) {
        return Error(QStringLiteral("master.wrong_branch"),
                     QT_TRANSLATE_NOOP("Error", "This master data is for branch %1, but this "
                                                "terminal belongs to branch %2. Import the master "
                                                "data of branch %2."),
                     {p.branchCode, device.branchCode});
    }

    const int current = version(db.connection());
    if (p.version <= current) {
        const QString storedHash =
            SettingStore::get(db.connection(), QStringLiteral("master.hash"));
        if (p.version == current && storedHash == QString::fromLatin1(p.hash))
            return current; // the same document again (a retried download): nothing to do
        return Error(QStringLiteral("master.stale"),
                     QT_TRANSLATE_NOOP("Error", "Master data version %1 is not newer than the "
                                                "version already applied (%2). Fetch the current "
                                                "master data from headquarters."),
                     {QString::number(p.version), QString::number(current)});
    }

    if (const Status s = writeAll(tx, p); !s)
        return s.error();
    const QJsonObject data{{QStringLiteral("version"), p.version},
                           {QStringLiteral("full"), p.full},
                           {QStringLiteral("windows"), int(p.windows.size())},
                           {QStringLiteral("catalogue"), int(p.items.size())},
                           {QStringLiteral("fees"), int(p.fees.size())},
                           {QStringLiteral("holidays"), int(p.holidays.size())}};
    const Result<Event> committed =
        tx.commit(QStringLiteral("master.applied"), session.staffNo, data);
    if (!committed)
        return committed.error();
    return p.version;
}

int MasterData::version(const QSqlDatabase &db)
{
    return SettingStore::get(db, versionKey(), QStringLiteral("0")).toInt();
}

Result<CatalogueItem> MasterData::item(const QSqlDatabase &db, const QString &code)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM catalogue_item WHERE code = ?")
                  .arg(QLatin1String(kItemColumns)));
    q.addBindValue(code);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next()) {
        return Error(QStringLiteral("catalogue.item_not_found"),
                     QT_TRANSLATE_NOOP("Error", "There is no catalogue item %1. Check the code, "
                                                "or update the master data from headquarters."),
                     {code});
    }
    return readItem(q);
}

QList<CatalogueItem> MasterData::catalogue(const QSqlDatabase &db, bool includeInactive)
{
    QList<CatalogueItem> items;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM catalogue_item %2 ORDER BY code")
                   .arg(QLatin1String(kItemColumns),
                        includeInactive ? QString() : QStringLiteral("WHERE active = 1")))) {
        while (q.next())
            items.append(readItem(q));
    }
    return items;
}

QList<FeeItem> MasterData::fees(const QSqlDatabase &db, bool includeInactive)
{
    QList<FeeItem> fees;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT code, name, amount_fen, unit, legal_basis, active FROM "
                              "fee_item %1 ORDER BY code")
                   .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")))) {
        while (q.next()) {
            FeeItem f;
            f.code = q.value(0).toString();
            f.name = q.value(1).toString();
            f.amountFen = q.value(2).toLongLong();
            f.unit = q.value(3).toString();
            f.legalBasis = q.value(4).toString();
            f.active = q.value(5).toBool();
            fees.append(f);
        }
    }
    return fees;
}
