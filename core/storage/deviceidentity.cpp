// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/deviceidentity.h"

#include "core/storage/database.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

DeviceIdentity DeviceIdentity::load(const QSqlDatabase &db)
{
    DeviceIdentity id;
    id.deviceId = SettingStore::get(db, SettingStore::deviceId());
    id.deviceTag = SettingStore::get(db, SettingStore::deviceTag());
    id.branchCode = SettingStore::get(db, SettingStore::branchCode());
    id.branchName = SettingStore::get(db, SettingStore::branchName());
    return id;
}

Result<DeviceIdentity> DeviceIdentity::ensure(Database &db, const Setup &setup,
                                              const QString &staffNo)
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9]{1,8}$"));
    const QString branch = setup.branchCode.trimmed().toUpper();
    const QString tag = setup.deviceTag.trimmed().toUpper();
    if ((!branch.isEmpty() && !codeRe.match(branch).hasMatch()) ||
        (!tag.isEmpty() && !codeRe.match(tag).hasMatch())) {
        return Error(QStringLiteral("device.bad_code"),
                     QT_TRANSLATE_NOOP("Error", "Branch codes and device tags are 1 to 8 capital "
                                                "letters or digits (for example TZ01 and D1). "
                                                "Correct them."));
    }
    DeviceIdentity current = load(db.connection());
    const bool needsDevice = current.deviceId.isEmpty();
    const bool changesBranch = !branch.isEmpty() && branch != current.branchCode;
    const bool changesName = !setup.branchName.isEmpty() && setup.branchName != current.branchName;
    const bool changesTag = !tag.isEmpty() && tag != current.deviceTag;
    if (!needsDevice && !changesBranch && !changesName && !changesTag && current.isComplete())
        return current;

    DeviceIdentity next = current;
    if (needsDevice)
        next.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!branch.isEmpty())
        next.branchCode = branch;
    else if (next.branchCode.isEmpty())
        next.branchCode = QStringLiteral("LOCAL");
    if (!setup.branchName.isEmpty())
        next.branchName = setup.branchName.trimmed();
    if (!tag.isEmpty())
        next.deviceTag = tag;
    else if (next.deviceTag.isEmpty())
        next.deviceTag = QStringLiteral("D1");

    WriteTransaction tx(db);
    for (const auto &[key, value] : {std::pair{SettingStore::deviceId(), next.deviceId},
                                     std::pair{SettingStore::deviceTag(), next.deviceTag},
                                     std::pair{SettingStore::branchCode(), next.branchCode},
                                     std::pair{SettingStore::branchName(), next.branchName}}) {
        if (const Status s = SettingStore::set(tx, key, value); !s)
            return s.error();
    }
    const QJsonObject data{{QStringLiteral("device_id"), next.deviceId},
                           {QStringLiteral("device_tag"), next.deviceTag},
                           {QStringLiteral("branch"), next.branchCode},
                           {QStringLiteral("branch_name"), next.branchName}};
    const Result<Event> e = tx.commit(needsDevice ? QStringLiteral("device.initialized")
                                                  : QStringLiteral("device.updated"),
                                      staffNo, data);
    if (!e)
        return e.error();
    return next;
}
