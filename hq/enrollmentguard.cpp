// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/enrollmentguard.h"

#include "core/common/clock.h"
#include "hq/hqdatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
qint64 nowSeconds()
{
    return Clock::nowUtc().toSecsSinceEpoch();
}

// Refused attempts are not recorded, so the count never exceeds the limit and the wait
// ends exactly when the oldest counted failure leaves the window.
qint64 waitFor(HqDatabase &db, const char *column, const QString &value, int limit)
{
    if (value.isEmpty())
        return 0;
    const qint64 now = nowSeconds();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*), min(at) FROM enrollment_failure "
                             "WHERE %1 = ? AND at > ?")
                  .arg(QLatin1String(column)));
    q.addBindValue(value);
    q.addBindValue(now - EnrollmentGuard::WindowSeconds);
    if (!q.exec() || !q.next() || q.value(0).toInt() < limit)
        return 0;
    return qMax<qint64>(1, q.value(1).toLongLong() + EnrollmentGuard::WindowSeconds - now);
}
} // namespace

qint64 EnrollmentGuard::addressWait(HqDatabase &db, const QString &address)
{
    return waitFor(db, "address", address, AddressFailures);
}

qint64 EnrollmentGuard::branchWait(HqDatabase &db, const QString &branch)
{
    return waitFor(db, "branch_code", branch, BranchFailures);
}

void EnrollmentGuard::recordFailure(HqDatabase &db, const QString &address, const QString &branch)
{
    const qint64 now = nowSeconds();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM enrollment_failure WHERE at < ?"));
    q.addBindValue(now - 24 * 3600);
    q.exec();
    q.prepare(
        QStringLiteral("INSERT INTO enrollment_failure(at, address, branch_code) VALUES(?, ?, ?)"));
    q.addBindValue(now);
    q.addBindValue(address);
    q.addBindValue(branch.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(branch));
    if (!q.exec())
        qWarning("hq: could not record a refused enrolment");
}
