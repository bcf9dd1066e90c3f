// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/master/formvalidation.h"

#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"

#include <QDate>

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
                 {labelOf(f), FormValidation::expectation(f.type)});
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

Result<QJsonValue> FormValidation::value(const FormField &f, const QJsonValue &value)
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
