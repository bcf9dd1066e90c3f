// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/master/masterdata.h"

#include <QCoreApplication>
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
};
