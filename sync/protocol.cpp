// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Protocol {

QJsonObject EventBatch::toJson() const
{
    QJsonArray list;
    for (const Event &e : events)
        list.append(e.toJson());
    return QJsonObject{{QStringLiteral("device_id"), deviceId},
                       {QStringLiteral("batch_id"), batchId},
                       {QStringLiteral("events"), list}};
}

bool EventBatch::parse(const QByteArray &body, EventBatch *batch, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("malformed JSON: %1 at offset %2")
                       .arg(error.errorString())
                       .arg(error.offset);
        return false;
    }
    if (!doc.isObject()) {
        *problem = QStringLiteral("the body must be a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("device_id")).isString() ||
        root.value(QLatin1String("device_id")).toString().isEmpty()) {
        *problem = QStringLiteral("field 'device_id' missing or not a string");
        return false;
    }
    if (!root.value(QLatin1String("batch_id")).isString()) {
        *problem = QStringLiteral("field 'batch_id' missing or not a string");
        return false;
    }
    if (!root.value(QLatin1String("events")).isArray()) {
        *problem = QStringLiteral("field 'events' missing or not an array");
        return false;
    }
    batch->deviceId = root.value(QLatin1String("device_id")).toString();
    batch->batchId = root.value(QLatin1String("batch_id")).toString();
    batch->events.clear();
    const QJsonArray list = root.value(QLatin1String("events")).toArray();
    batch->events.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        Event e;
        QString eventProblem;
        if (!list.at(i).isObject() || !Event::fromJson(list.at(i).toObject(), &e, &eventProblem)) {
            *problem =
                QStringLiteral("events[%1]: %2")
                    .arg(i)
                    .arg(eventProblem.isEmpty() ? QStringLiteral("not an object") : eventProblem);
            return false;
        }
        if (i > 0 && e.seq != batch->events.last().seq + 1) {
            *problem =
                QStringLiteral("events[%1]: seq %2 does not follow %3; send events in seq order")
                    .arg(i)
                    .arg(e.seq)
                    .arg(batch->events.last().seq);
            return false;
        }
        batch->events.append(e);
    }
    return true;
}

QJsonObject errorBody(const QString &code)
{
    return QJsonObject{{QStringLiteral("error"), code}};
}

QJsonObject badRequest(const QString &detail)
{
    return QJsonObject{{QStringLiteral("error"), QStringLiteral("bad_request")},
                       {QStringLiteral("detail"), detail}};
}

} // namespace Protocol
