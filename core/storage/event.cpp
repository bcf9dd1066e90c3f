// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/event.h"

#include <QCryptographicHash>
#include <QJsonDocument>

QString Event::computeHash(const QString &prev, qint64 seq, const QString &id, const QString &type,
                           const QString &at, const QString &staff, const QByteArray &data)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const char nl = '\n';
    h.addData(prev.toUtf8());
    h.addData(QByteArrayView(&nl, 1));
    h.addData(QByteArray::number(seq));
    h.addData(QByteArrayView(&nl, 1));
    h.addData(id.toUtf8());
    h.addData(QByteArrayView(&nl, 1));
    h.addData(type.toUtf8());
    h.addData(QByteArrayView(&nl, 1));
    h.addData(at.toUtf8());
    h.addData(QByteArrayView(&nl, 1));
    h.addData(staff.toUtf8());
    h.addData(QByteArrayView(&nl, 1));
    h.addData(data);
    return QString::fromLatin1(h.result().toHex());
}

QByteArray Event::canonicalData(const QJsonObject &data)
{
    // QJsonObject keeps its keys sorted, so Compact output is the canonical form.
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

QJsonObject Event::dataObject() const
{
    return QJsonDocument::fromJson(data).object();
}

QJsonObject Event::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},     {QStringLiteral("id"), id},
                       {QStringLiteral("type"), type},   {QStringLiteral("at"), at},
                       {QStringLiteral("staff"), staff}, {QStringLiteral("data"), dataObject()},
                       {QStringLiteral("prev"), prev},   {QStringLiteral("hash"), hash}};
}

bool Event::fromJson(const QJsonObject &json, Event *event, QString *problem)
{
    static const char *const stringFields[] = {"id", "type", "at", "staff", "prev", "hash"};
    for (const char *field : stringFields) {
        if (!json.value(QLatin1String(field)).isString()) {
            *problem =
                QStringLiteral("field '%1' missing or not a string").arg(QLatin1String(field));
            return false;
        }
    }
    const QJsonValue seq = json.value(QLatin1String("seq"));
    if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() != double(seq.toInteger())) {
        *problem = QStringLiteral("field 'seq' missing or not a positive integer");
        return false;
    }
    if (!json.value(QLatin1String("data")).isObject()) {
        *problem = QStringLiteral("field 'data' missing or not an object");
        return false;
    }
    event->seq = seq.toInteger();
    event->id = json.value(QLatin1String("id")).toString();
    event->type = json.value(QLatin1String("type")).toString();
    event->at = json.value(QLatin1String("at")).toString();
    event->staff = json.value(QLatin1String("staff")).toString();
    event->data = canonicalData(json.value(QLatin1String("data")).toObject());
    event->prev = json.value(QLatin1String("prev")).toString();
    event->hash = json.value(QLatin1String("hash")).toString();
    return true;
}
