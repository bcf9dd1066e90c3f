// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sealing.h"

#include "core/common/idnumber.h"
#include "core/common/masking.h"
#include "core/storage/devicekey.h"
#include "core/storage/event.h"
#include "core/storage/fieldseal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QByteArray SealedMark("sealed:v1:");

// A text that holds a resident ID number anywhere: the number alone, or inside a longer
// one (a disability card number is the holder's ID number and two more digits).
bool holdsResidentId(const QString &text)
{
    int run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (run >= 17 && (digit || c == QLatin1Char('X'))) {
            const QString candidate = text.mid(i - 17, 18);
            const Result<IdNumber> id = IdNumber::parse(candidate);
            if (id && id->value() == candidate)
                return true;
        }
        run = digit ? run + 1 : 0;
    }
    return false;
}

// A run of 17 digits: the cheap test before parsing JSON for a resident ID number.
bool mayHoldIdNumber(const QByteArray &json)
{
    if (json.contains("\"id_number\""))
        return true;
    int run = 0;
    for (const char c : json) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run >= 17)
            return true;
    }
    return false;
}

using TextRule = QString (*)(const DeviceKey &, const QString &key, const QString &text);

QJsonValue walk(const DeviceKey &key, const QString &name, const QJsonValue &value, TextRule rule);

QJsonObject walkObject(const DeviceKey &key, const QJsonObject &object, TextRule rule)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(it.key(), walk(key, it.key(), it.value(), rule));
    return out;
}

QJsonValue walk(const DeviceKey &key, const QString &name, const QJsonValue &value, TextRule rule)
{
    if (value.isString())
        return rule(key, name, value.toString());
    if (value.isObject())
        return walkObject(key, value.toObject(), rule);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(walk(key, name, v, rule));
        return out;
    }
    return value;
}

QString sealRule(const DeviceKey &key, const QString &name, const QString &text)
{
    if (text.isEmpty() || FieldSeal::isSealed(text))
        return text;
    if (name == QLatin1String("id_number") || holdsResidentId(text))
        return FieldSeal::seal(key, text);
    return text;
}

QString openRule(const DeviceKey &key, const QString &, const QString &text)
{
    return Sealing::openText(key, text);
}

} // namespace

Sealing::IdColumns Sealing::idColumns(const DeviceKey &key, const QString &idNumber)
{
    // The parts are empty text, never NULL, for documents without them (NOT NULL columns).
    const QString empty(QLatin1String(""));
    const QString region = Masking::idRegion(idNumber);
    const QString lastFour = Masking::idLastFour(idNumber);
    return {FieldSeal::seal(key, idNumber), FieldSeal::blindIndex(key, idNumber),
            region.isNull() ? empty : region, lastFour.isNull() ? empty : lastFour};
}

QString Sealing::openText(const DeviceKey &key, const QString &text)
{
    if (key.isNull() || !FieldSeal::isSealed(text))
        return text;
    // Left as stored when it does not open: the chain's hash then tells it was altered.
    const Result<QString> plain = FieldSeal::open(key, text);
    return plain ? plain.value() : text;
}

QJsonObject Sealing::sealJson(const DeviceKey &key, const QJsonObject &object)
{
    return key.isNull() ? object : walkObject(key, object, sealRule);
}

QJsonObject Sealing::openJson(const DeviceKey &key, const QJsonObject &object)
{
    return key.isNull() ? object : walkObject(key, object, openRule);
}

bool Sealing::holdsSealed(const QByteArray &json)
{
    return json.contains(SealedMark);
}

QByteArray Sealing::sealData(const DeviceKey &key, const QByteArray &json)
{
    if (key.isNull() || !mayHoldIdNumber(json))
        return json;
    const QJsonObject plain = QJsonDocument::fromJson(json).object();
    const QJsonObject sealed = sealJson(key, plain);
    return sealed == plain ? json : Event::canonicalData(sealed);
}

QByteArray Sealing::openData(const DeviceKey &key, const QByteArray &json)
{
    if (key.isNull() || !holdsSealed(json))
        return json;
    return Event::canonicalData(openJson(key, QJsonDocument::fromJson(json).object()));
}
