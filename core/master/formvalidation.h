// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/master/masterdata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// The typed form fields of a catalogue item (FormField): whether a value fits its field,
// and the form it is stored in. The counter's form checks each field as it is typed with
// the same rules that CaseService applies when the case is registered.
class FormValidation
{
    Q_DECLARE_TR_FUNCTIONS(FormValidation)
public:
    // A value left empty: missing, null or blank text.
    static bool isBlank(const QJsonValue &value);
    // The value in its stored form (a number as a number, a date as YYYY-MM-DD, an ID
    // number upper-case with 18 characters, a mobile as 11 digits, text trimmed), or
    // case.bad_field naming the field and what it expects. A blank value is not checked
    // here (see check()).
    static Result<QJsonValue> value(const FormField &field, const QJsonValue &value);
    // The whole form: every required field present (case.missing_field), every value of
    // its type; blank optional fields are dropped, keys the item does not know are kept.
    static Result<QJsonObject> check(const QList<FormField> &fields, const QJsonObject &form);
    // What a field of type expects, for messages and hints ("an 18-character ID number").
    static QString expectation(const QString &type);
    // What this field expects, with a number's range and decimal places.
    static QString expectation(const FormField &field);

    // The form of a catalogue item as the master data defines it ("fields"), the one check
    // that the branch's and headquarters' master imports share: every field has a key of its
    // own and a known type, a choice has options (master.bad_field), a number's "min" and
    // "max" are numbers with min not above max and its "decimals" a whole number from 0 to 6
    // (master.bad_range). Missing range keys take FormField's defaults.
    static Result<QList<FormField>> definitions(const QString &itemCode, const QJsonArray &fields);
    // The fields in the master data's shape (how the terminal stores them).
    static QJsonArray definitionsJson(const QList<FormField> &fields);
};
