// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class DeviceKey;

// Which stored values are sealed with the device key (FieldSeal), in one place: the ID
// number of a customer row, and inside JSON (event data, case forms) every value named
// "id_number" and every text that holds a resident ID number (the number alone, or a
// longer number built on it, such as a disability card's). Opening is the reverse for any
// sealed text, so what comes out is exactly what went in.
namespace Sealing {

// What the customer table stores for one (normalised) ID number.
struct IdColumns
{
    QString sealed;   // customer.id_number
    QString blind;    // customer.id_blind: the keyed index a full-number search probes
    QString region;   // customer.id_region: the first six, shown by the masked form anyway
    QString lastFour; // customer.id_last_four
};
IdColumns idColumns(const DeviceKey &key, const QString &idNumber);

// The text opened when it is sealed and the key opens it; otherwise the text as it is.
QString openText(const DeviceKey &key, const QString &text);

QJsonObject sealJson(const DeviceKey &key, const QJsonObject &object);
QJsonObject openJson(const DeviceKey &key, const QJsonObject &object);
// The same for compact JSON (event_log.data, service_case.form_data). Text with nothing to
// seal or open comes back byte for byte, and so does everything with a null key.
QByteArray sealData(const DeviceKey &key, const QByteArray &json);
QByteArray openData(const DeviceKey &key, const QByteArray &json);
bool holdsSealed(const QByteArray &json);

} // namespace Sealing
