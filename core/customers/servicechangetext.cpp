// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/servicechangetext.h"

namespace {
// The order fields are shown in.
const char *const kOrder[] = {"kind",      "number",        "plan",
                              "status",    "holder",        "contract_end",
                              "sim_iccid", "long_distance", "password_initial"};
} // namespace

QString ServiceChangeText::fieldName(const QString &key)
{
    if (key == QLatin1String("kind"))
        return tr("Service");
    if (key == QLatin1String("number"))
        return tr("Number");
    if (key == QLatin1String("plan"))
        return tr("Plan");
    if (key == QLatin1String("status"))
        return tr("Status");
    if (key == QLatin1String("holder"))
        return tr("Holder");
    if (key == QLatin1String("contract_end"))
        return tr("Contract until");
    if (key == QLatin1String("sim_iccid"))
        return tr("SIM card");
    if (key == QLatin1String("long_distance"))
        return tr("Long distance");
    if (key == QLatin1String("password_initial"))
        return tr("Service password");
    return QString();
}

QString ServiceChangeText::value(const QString &key, const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    if (key == QLatin1String("status")) {
        ServiceStatus status;
        return ServiceState::statusFromKey(v.toString(), &status) ? ServiceState::statusName(status)
                                                                  : v.toString();
    }
    if (key == QLatin1String("kind")) {
        ServiceKind kind;
        return ServiceState::kindFromKey(v.toString(), &kind) ? ServiceState::kindName(kind)
                                                              : v.toString();
    }
    if (key == QLatin1String("long_distance"))
        return v.toBool() ? tr("On") : tr("Off");
    if (key == QLatin1String("password_initial"))
        return v.toBool() ? tr("Initial password") : tr("Set by the holder");
    if (v.isBool())
        return v.toBool() ? tr("Yes") : tr("No");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

QList<ServiceChangeText::Line> ServiceChangeText::lines(const ServiceChangeRecord &record)
{
    QList<Line> result;
    for (const char *k : kOrder) {
        const QString key = QString::fromLatin1(k);
        if (!record.before.contains(key) && !record.after.contains(key))
            continue;
        result.append({fieldName(key), value(key, record.before.value(key)),
                       value(key, record.after.value(key))});
    }
    return result;
}

QString ServiceChangeText::summary(const ServiceChangeRecord &record)
{
    QStringList parts;
    for (const Line &line : lines(record)) {
        if (record.change == ServiceChange::Open) {
            if (line.field == fieldName(QStringLiteral("plan")) ||
                line.field == fieldName(QStringLiteral("contract_end")))
                parts.append(tr("%1: %2").arg(line.field, line.after));
            continue;
        }
        parts.append(line.before.isEmpty()
                         ? tr("%1: %2").arg(line.field, line.after)
                         : tr("%1: %2 → %3").arg(line.field, line.before, line.after));
    }
    if (!record.reason.isEmpty())
        parts.append(record.reason);
    return parts.join(tr("; "));
}

QString ServiceChangeText::identityName(const QString &identityKey)
{
    return identityKey == QLatin1String("service_password") ? tr("Service password")
                                                            : tr("ID card");
}
