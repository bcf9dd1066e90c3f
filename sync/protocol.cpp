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
    QJsonObject body{{QStringLiteral("device_id"), deviceId},
                     {QStringLiteral("batch_id"), batchId},
                     {QStringLiteral("events"), list}};
    if (!head.isNull())
        body.insert(QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), head.seq},
                                                        {QStringLiteral("hash"), head.hash}});
    return body;
}

namespace {
bool isHexHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

// The optional "head": absent is fine, present must be {"seq": N >= 1, "hash": 64 hex}.
bool parseHead(const QJsonObject &root, ChainPoint *head, QString *problem)
{
    *head = {};
    if (!root.contains(QLatin1String("head")))
        return true;
    const QJsonObject h = root.value(QLatin1String("head")).toObject();
    const QJsonValue seq = h.value(QLatin1String("seq"));
    const QString hash = h.value(QLatin1String("hash")).toString();
    if (!seq.isDouble() || seq.toInteger() < 1 || double(seq.toInteger()) != seq.toDouble() ||
        !isHexHash(hash)) {
        *problem = QStringLiteral("field 'head' must be {\"seq\": N >= 1, \"hash\": 64 "
                                  "lower-case hex digits}");
        return false;
    }
    *head = {seq.toInteger(), hash};
    return true;
}
} // namespace

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
    if (!parseHead(root, &batch->head, problem))
        return false;
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
