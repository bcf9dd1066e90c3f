// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cash/daycloseservice.h"

#include "core/cash/closingevent.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/queue/queuefigures.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

Result<DayTotals> DayCloseService::close(const Session &session, QDate day)
{
    if (const Status s = session.require(Permission::CloseDay); !s)
        return s.error();
    if (session.staffNo.isEmpty()) {
        return Error(QStringLiteral("day.no_staff"),
                     QT_TRANSLATE_NOOP("Error", "The day is closed by a supervisor signed in "
                                                "with their staff number."));
    }
    const QString dayText = day.toString(Qt::ISODate);
    if (!day.isValid() || day > BusinessDay::today()) {
        return Error(QStringLiteral("day.future"),
                     QT_TRANSLATE_NOOP("Error", "The business day %1 has not ended yet: only "
                                                "today or an earlier day can be closed."),
                     {dayText});
    }
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) -> Result<DayTotals> {
        if (BusinessDay::isClosed(m_db.connection(), day)) {
            const Closing c = closing(day);
            return Error(QStringLiteral("day.already_closed"),
                         QT_TRANSLATE_NOOP("Error", "The business day %1 was already closed by "
                                                    "staff %2 at %3."),
                         {dayText, c.closedBy,
                          Clock::parseStamp(c.closedAt)
                              .toLocalTime()
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
        }
        const DayTotals totals = DayTotals::compute(m_db, day);
        QStringList open;
        for (const Shift &s : totals.shifts) {
            if (s.open)
                open.append(QStringLiteral("%1 (%2)").arg(s.staffNo, s.window));
        }
        if (!open.isEmpty()) {
            return Error(QStringLiteral("day.shifts_open"),
                         QT_TRANSLATE_NOOP("Error", "The day cannot be closed while shifts are "
                                                    "open: %1. Each clerk counts their drawer "
                                                    "and closes their shift first."),
                         {open.join(QStringLiteral(", "))});
        }
        const QJsonObject json = totals.toJson();
        const QString now = Clock::nowStamp();
        QSqlQuery q = tx.prepare(QStringLiteral(
            "INSERT INTO business_day(day, closed_at, closed_by, totals) VALUES(?, ?, ?, ?)"));
        q.addBindValue(dayText);
        q.addBindValue(now);
        q.addBindValue(session.staffNo);
        q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        if (const Status s = tx.exec(q); !s)
            return s.error();
        tx.touch(QStringLiteral("business_day"));
        QJsonObject data{{QStringLiteral("business_day"), dayText},
                         {QStringLiteral("totals"), json}};
        if (const Status s = ClosingEvent::addChainHead(tx, data); !s)
            return s.error();
        const Result<Event> e = tx.append(QStringLiteral("day.closed"), session.staffNo, data);
        if (!e)
            return e.error();
        return totals;
    });
}

DayCloseService::HallState DayCloseService::hallState(QDate day) const
{
    HallState state;
    const QSqlDatabase db = m_db.connection();
    for (const CategoryLoad &c : QueueFigures::categoryLoad(db, day))
        state.waiting += c.waiting;
    for (const WindowLoad &w : QueueFigures::windowLoad(db, day)) {
        if (!w.currentTicket.isEmpty())
            state.serving.append(QStringLiteral("%1 %2").arg(w.code, w.currentTicket));
    }
    for (const Shift &s : DayTotals::compute(m_db, day).shifts) {
        if (s.open)
            state.openShifts.append(s);
    }
    return state;
}

DayCloseService::Closing DayCloseService::closing(QDate day) const
{
    Closing c;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT closed_at, closed_by FROM business_day WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec() && q.next()) {
        c.closedAt = q.value(0).toString();
        c.closedBy = q.value(1).toString();
    }
    return c;
}
