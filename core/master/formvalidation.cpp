// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/master/formvalidation.h"

#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"

#include <QDate>
#include <QSet>

#include <cmath>

namespace {

QString labelOf(const FormField &f)
{
    return f.label.isEmpty() ? f.key : f.label;
}

Error badField(const FormField &f)
{
    return Error(QStringLiteral("case.bad_field"),
                 QT_TRANSLATE_NOOP("Error", "\"%1\" is not filled in correctly: expected %2. "
                                            "Correct the form field."),
                 {labelOf(f), FormValidation::expectation(f)});
}

QString shown(double d)
{
    return QString::number(d, 'g', 15);
}

// A number within the field's range with no more decimal places than it allows.
bool fits(const FormField &f, double d)
{
    if (!std::isfinite(d) || d < f.minimum || d > f.maximum)
        return false;
    const double scaled = d * std::pow(10.0, f.decimals);
    return std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled));
}

Error badDefinition(const QString &item, const QString &field)
{
    return Error(QStringLiteral("master.bad_field"),
                 QT_TRANSLATE_NOOP("Error", "Catalogue item %1 has a form field \"%2\" without a "
                                            "key, with a repeated key, of an unknown type or a "
                                            "choice without options. Ask headquarters to correct "
                                            "the item's form."),
                 {item, field});
}

Error badRange(const QString &item, const QString &field)
{
    return Error(QStringLiteral("master.bad_range"),
                 QT_TRANSLATE_NOOP("Error", "Catalogue item %1 has the number field \"%2\" with "
                                            "a wrong range: \"min\" and \"max\" must be numbers "
                                            "with min not above max, and \"decimals\" a whole "
                                            "number from 0 to 6. Ask headquarters to correct the "
                                            "item's form."),
                 {item, field});
}

// A number field's range from the master data; false when a key is there but wrong.
bool readRange(const QJsonObject &o, FormField *f)
{
    const QJsonValue min = o.value(QLatin1String("min"));
    const QJsonValue max = o.value(QLatin1String("max"));
    const QJsonValue decimals = o.value(QLatin1String("decimals"));
    const QJsonValue charge = o.value(QLatin1String("charge"));
    for (const QJsonValue &v : {min, max, decimals}) {
        if (!v.isUndefined() && (!v.isDouble() || !std::isfinite(v.toDouble())))
            return false;
    }
    if (!charge.isUndefined() && !charge.isBool())
        return false;
    f->minimum = min.isUndefined() ? f->minimum : min.toDouble();
    f->maximum = max.isUndefined() ? f->maximum : max.toDouble();
    const double places = decimals.isUndefined() ? f->decimals : decimals.toDouble();
    f->charge = charge.toBool();
    if (places < 0 || places > 6 || std::floor(places) != places || f->minimum > f->maximum)
        return false;
    f->decimals = int(places);
    return true;
}

bool hasRangeKeys(const QJsonObject &o)
{
    return o.contains(QLatin1String("min")) || o.contains(QLatin1String("max")) ||
           o.contains(QLatin1String("decimals")) || o.contains(QLatin1String("charge"));
}

} // namespace

bool FormValidation::isBlank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

QString FormValidation::expectation(const QString &type)
{
    if (type == QLatin1String("number"))
        return tr("a number");
    if (type == QLatin1String("date"))
        return tr("a date such as 2026-03-01");
    if (type == QLatin1String("choice"))
        return tr("one of the listed choices");
    if (type == QLatin1String("id_number"))
        return tr("a valid 18-character resident ID number");
    if (type == QLatin1String("phone"))
        return tr("an 11-digit mobile number");
    return tr("text");
}

QString FormValidation::expectation(const FormField &f)
{
    if (f.type != QLatin1String("number"))
        return expectation(f.type);
    if (f.decimals == 0)
        return tr("a whole number from %1 to %2").arg(shown(f.minimum), shown(f.maximum));
    return tr("a number from %1 to %2 with at most %n decimal place(s)", nullptr, f.decimals)
        .arg(shown(f.minimum), shown(f.maximum));
}

Result<QList<FormField>> FormValidation::definitions(const QString &itemCode,
                                                     const QJsonArray &array)
{
    const QStringList types = FormField::types();
    QList<FormField> fields;
    QSet<QString> keys;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        FormField f;
        f.key = o.value(QLatin1String("key")).toString().trimmed();
        f.label = o.value(QLatin1String("label")).toString().trimmed();
        f.type = o.value(QLatin1String("type")).toString().trimmed();
        if (f.type.isEmpty())
            f.type = QStringLiteral("text");
        f.required = o.value(QLatin1String("required")).toBool();
        for (const QJsonValue &option : o.value(QLatin1String("options")).toArray())
            f.options.append(option.toString());
        if (f.key.isEmpty() || keys.contains(f.key) || !types.contains(f.type) ||
            (f.type == QLatin1String("choice") && f.options.isEmpty()))
            return badDefinition(itemCode, f.key.isEmpty() ? f.label : f.key);
        const bool number = f.type == QLatin1String("number");
        if ((number && !readRange(o, &f)) || (!number && hasRangeKeys(o)))
            return badRange(itemCode, f.key);
        keys.insert(f.key);
        fields.append(f);
    }
    return fields;
}

QJsonArray FormValidation::definitionsJson(const QList<FormField> &fields)
{
    QJsonArray array;
    for (const FormField &f : fields) {
        QJsonObject o{{QStringLiteral("key"), f.key},
                      {QStringLiteral("label"), f.label},
                      {QStringLiteral("type"), f.type},
                      {QStringLiteral("required"), f.required}};
        if (!f.options.isEmpty())
            o.insert(QStringLiteral("options"), QJsonArray::fromStringList(f.options));
        if (f.type == QLatin1String("number")) {
            o.insert(QStringLiteral("min"), f.minimum);
            o.insert(QStringLiteral("max"), f.maximum);
            o.insert(QStringLiteral("decimals"), f.decimals);
            if (f.charge)
                o.insert(QStringLiteral("charge"), true);
        }
        array.append(o);
    }
    return array;
}

Result<QJsonValue> FormValidation::value(const FormField &f, const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString().trimmed() : QString();
    if (f.type == QLatin1String("number")) {
        bool ok = value.isDouble();
        const double d = ok ? value.toDouble() : text.toDouble(&ok);
        if (!ok || !fits(f, d))
            return badField(f);
        return value.isDouble() ? value : QJsonValue(d);
    }
    if (!value.isString())
        return badField(f);
    if (f.type == QLatin1String("date")) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return badField(f);
        return QJsonValue(d.toString(Qt::ISODate));
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

Result<QJsonObject> FormValidation::check(const QList<FormField> &fields, const QJsonObject &input)
{
    QJsonObject form = input;
    for (const FormField &f : fields) {
        const QJsonValue v = form.value(f.key);
        if (isBlank(v)) {
            if (f.required) {
                return Error(QStringLiteral("case.missing_field"),
                             QT_TRANSLATE_NOOP("Error", "\"%1\" is required for this matter. "
                                                        "Fill it in."),
                             {labelOf(f)});
            }
            form.remove(f.key);
            continue;
        }
        const Result<QJsonValue> checked = value(f, v);
        if (!checked)
            return checked.error();
        form.insert(f.key, checked.value());
    }
    return form;
}
