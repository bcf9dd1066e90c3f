// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/queuesetup.h"

#include "core/common/clock.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QStringList splitCategories(const QString &text)
{
    QStringList list;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString code = part.trimmed();
        if (!code.isEmpty() && !list.contains(code))
            list.append(code);
    }
    return list;
}

QueueCategory categoryFrom(const QSqlQuery &q)
{
    QueueCategory c;
    c.code = q.value(0).toString();
    c.name = q.value(1).toString();
    c.prefix = q.value(2).toString();
    c.sortOrder = q.value(3).toInt();
    c.active = q.value(4).toBool();
    return c;
}

const char *const kCategorySelect =
    "SELECT code, name, prefix, sort_order, active FROM queue_category";

Error badCategory(const QString &code)
{
    return Error(QStringLiteral("queue.bad_category"),
                 QT_TRANSLATE_NOOP("Error", "Queue category \"%1\" needs a code of 1-4 capital "
                                            "letters or digits, a name of at most 20 characters "
                                            "and a ticket prefix of 1-3 capital letters."),
                 {code});
}

} // namespace

Status QueueSetup::saveCategory(Database &db, const Session &session, const QueueCategory &category)
{
    if (const Status s = session.require(Permission::ManageDevice); !s)
        return s;
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9]{1,4}$"));
    static const QRegularExpression prefixRe(QStringLiteral("^[A-Z]{1,3}$"));
    QueueCategory c = category;
    c.code = c.code.trimmed().toUpper();
    c.name = c.name.trimmed();
    c.prefix = c.prefix.trimmed().toUpper();
    if (c.prefix.isEmpty())
        c.prefix = c.code;
    if (!codeRe.match(c.code).hasMatch() || c.name.isEmpty() || c.name.size() > 20 ||
        !prefixRe.match(c.prefix).hasMatch())
        return badCategory(c.code);
    return WriteTransaction::perform(db, [&](WriteTransaction &tx) -> Status {
        // Two categories with one prefix would print the same numbers on one day.
        QSqlQuery taken = tx.prepare(QStringLiteral(
            "SELECT code FROM queue_category WHERE prefix = ? AND code <> ? AND active = 1"));
        taken.addBindValue(c.prefix);
        taken.addBindValue(c.code);
        if (const Status s = tx.exec(taken); !s)
            return s;
        if (c.active && taken.next()) {
            return Error(QStringLiteral("queue.prefix_taken"),
                         QT_TRANSLATE_NOOP("Error", "Ticket prefix %1 is already used by queue "
                                                    "category %2. Choose another prefix."),
                         {c.prefix, taken.value(0).toString()});
        }
        QSqlQuery q = tx.prepare(QStringLiteral(
            "INSERT INTO queue_category(code, name, prefix, sort_order, active, updated_at) "
            "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
            "prefix = excluded.prefix, sort_order = excluded.sort_order, "
            "active = excluded.active, updated_at = excluded.updated_at"));
        q.addBindValue(c.code);
        q.addBindValue(c.name);
        q.addBindValue(c.prefix);
        q.addBindValue(c.sortOrder);
        q.addBindValue(c.active ? 1 : 0);
        q.addBindValue(Clock::nowStamp());
        if (const Status s = tx.exec(q); !s)
            return s;
        tx.touch(QStringLiteral("queue_category"));
        const Result<Event> e = tx.append(QStringLiteral("queue.category_saved"), session.staffNo,
                                          {{QStringLiteral("code"), c.code},
                                           {QStringLiteral("name"), c.name},
                                           {QStringLiteral("prefix"), c.prefix},
                                           {QStringLiteral("sort_order"), c.sortOrder},
                                           {QStringLiteral("active"), c.active}});
        if (!e)
            return e.error();
        return success();
    });
}

QList<QueueCategory> QueueSetup::categories(const QSqlDatabase &db, bool includeInactive)
{
    QList<QueueCategory> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("%1 %2 ORDER BY sort_order, code")
                    .arg(QLatin1String(kCategorySelect),
                         includeInactive ? QString() : QStringLiteral("WHERE active = 1"))))
        return list;
    while (q.next())
        list.append(categoryFrom(q));
    return list;
}

Result<QueueCategory> QueueSetup::category(const QSqlDatabase &db, const QString &code)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("%1 WHERE code = ? AND active = 1").arg(QLatin1String(kCategorySelect)));
    q.addBindValue(code);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    if (!q.next()) {
        return Error(QStringLiteral("queue.unknown_category"),
                     QT_TRANSLATE_NOOP("Error", "There is no queue category \"%1\". Choose one "
                                                "of the categories the hall offers."),
                     {code});
    }
    return categoryFrom(q);
}

QList<QueueCategory> QueueSetup::servedCategories(const QSqlDatabase &db)
{
    QSet<QString> served;
    const QList<QueueWindow> all = windows(db);
    for (const QueueWindow &w : all) {
        for (const QString &c : w.categories)
            served.insert(c);
    }
    QList<QueueCategory> list;
    const QList<QueueCategory> defined = categories(db);
    for (const QueueCategory &c : defined) {
        if (served.contains(c.code))
            list.append(c);
    }
    return list;
}

QList<QueueWindow> QueueSetup::windows(const QSqlDatabase &db)
{
    QList<QueueWindow> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT w.code, w.name, w.categories, coalesce(w.staff_a, ''), coalesce(w.staff_b, ''), "
        "coalesce(p.staff_no, ''), coalesce(p.post, '') FROM service_window w "
        "LEFT JOIN window_post p ON p.window_code = w.code AND p.business_day = ? "
        "WHERE w.active = 1 ORDER BY w.code"));
    q.addBindValue(Clock::today().toString(Qt::ISODate));
    if (!q.exec())
        return list;
    while (q.next()) {
        QueueWindow w;
        w.code = q.value(0).toString();
        w.name = q.value(1).toString();
        w.categories = splitCategories(q.value(2).toString());
        w.staffA = q.value(3).toString();
        w.staffB = q.value(4).toString();
        w.handler = q.value(5).toString();
        w.post = q.value(6).toString();
        list.append(w);
    }
    return list;
}

Result<QueueWindow> QueueSetup::window(const QSqlDatabase &db, const QString &code)
{
    const QList<QueueWindow> all = windows(db);
    for (const QueueWindow &w : all) {
        if (w.code == code)
            return w;
    }
    return Error(QStringLiteral("queue.unknown_window"),
                 QT_TRANSLATE_NOOP("Error", "There is no window %1 in this hall. Choose one of "
                                            "the hall's windows."),
                 {code});
}

QString QueueSetup::describe(const QSqlDatabase &db, const QStringList &codes)
{
    QStringList parts;
    const QList<QueueCategory> all = categories(db, true);
    for (const QString &code : codes) {
        QString text = code;
        for (const QueueCategory &c : all) {
            if (c.code == code)
                text = c.code + QLatin1Char(' ') + c.name;
        }
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}
