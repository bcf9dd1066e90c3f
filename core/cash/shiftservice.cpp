// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cash/shiftservice.h"

#include "core/cash/closingevent.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

const char *const kShiftColumns =
    "shift_id, staff_no, window_code, business_day, float_fen, from_shift_id, status, "
    "opened_at, closed_at, closed_by, expected_cash_fen, counted_cash_fen, variance_fen, "
    "float_left_fen, handover_to, note";

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QJsonValue jsonOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

Shift shiftFrom(const QSqlQuery &q)
{
    Shift s;
    s.shiftId = q.value(0).toString();
    s.staffNo = q.value(1).toString();
    s.window = q.value(2).toString();
    s.businessDay = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.floatAmount = Money::fromFen(q.value(4).toLongLong());
    s.fromShiftId = q.value(5).toString();
    s.open = q.value(6).toString() == QLatin1String("open");
    s.openedAt = q.value(7).toString();
    s.closedAt = q.value(8).toString();
    s.closedBy = q.value(9).toString();
    s.expectedCash = Money::fromFen(q.value(10).toLongLong());
    s.countedCash = Money::fromFen(q.value(11).toLongLong());
    s.variance = Money::fromFen(q.value(12).toLongLong());
    s.floatLeft = Money::fromFen(q.value(13).toLongLong());
    s.handoverTo = q.value(14).toString();
    s.note = q.value(15).toString();
    return s;
}

void loadCount(const QSqlDatabase &db, Shift *shift)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT denomination_fen, pieces FROM shift_cash_count WHERE shift_id = ?"));
    q.addBindValue(shift->shiftId);
    if (q.exec()) {
        while (q.next())
            shift->count.pieces.insert(q.value(0).toInt(), q.value(1).toInt());
    }
}

// One shift selected by a WHERE clause with one bound value.
std::optional<Shift> selectShift(const QSqlDatabase &db, const QString &where,
                                 const QVariant &value)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM shift WHERE %2").arg(QLatin1String(kShiftColumns), where));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Shift s = shiftFrom(q);
    q.finish();
    loadCount(db, &s);
    return s;
}

Error notFound(const QString &shiftId)
{
    return Error(QStringLiteral("shift.not_found"),
                 QT_TRANSLATE_NOOP("Error", "There is no shift %1. Choose a shift from the "
                                            "list."),
                 {shiftId});
}

QString localTime(const QString &stamp)
{
    return Clock::parseStamp(stamp).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// ---- Opening a shift -----------------------------------------------------------------

// The float as typed, for a staff member signed in at a window.
Result<Money> checkOpening(const Session &session, const QString &floatText)
{
    if (const Status s = session.require(Permission::TakePayment); !s)
        return s.error();
    if (session.staffNo.isEmpty()) {
        return Error(QStringLiteral("shift.no_staff"),
                     QT_TRANSLATE_NOOP("Error", "A shift belongs to a staff member. Sign in "
                                                "with your staff number first."));
    }
    if (session.window.isEmpty()) {
        return Error(QStringLiteral("shift.no_window"),
                     QT_TRANSLATE_NOOP("Error", "A shift is opened at a window. Sign in at the "
                                                "window where you take money."));
    }
    const Result<Money> floatAmount = Money::parse(floatText);
    if (!floatAmount)
        return floatAmount.error();
    if (floatAmount->fen() > ShiftService::MaxFloatFen) {
        return Error(QStringLiteral("shift.float_too_large"),
                     QT_TRANSLATE_NOOP("Error", "A float of %1 is more than a drawer holds "
                                                "(at most ¥50,000.00). Count the float again "
                                                "and type it."),
                     {floatAmount->format()});
    }
    return floatAmount;
}

// One drawer, one shift: none of the session's own open, none of another at the window.
Status checkNoShiftOpen(const QSqlDatabase &db, const ShiftService &service, const Session &session)
{
    if (const std::optional<Shift> mine = service.current(session.staffNo)) {
        return Error(QStringLiteral("shift.already_open"),
                     QT_TRANSLATE_NOOP("Error", "You already have a shift open at window "
                                                "%1 since %2. Close it before opening "
                                                "another."),
                     {mine->window, localTime(mine->openedAt)});
    }
    if (const std::optional<Shift> other = selectShift(
            db, QStringLiteral("window_code = ? AND status = 'open'"), session.window)) {
        return Error(QStringLiteral("shift.window_busy"),
                     QT_TRANSLATE_NOOP("Error", "Window %1 has a shift of staff %2 still "
                                                "open: one drawer, one shift. They close it "
                                                "first, or a supervisor closes it for "
                                                "them."),
                     {session.window, other->staffNo});
    }
    return success();
}

// The window exists, and one drawer, one shift.
Status checkWindowFree(WriteTransaction &tx, const ShiftService &service, const Session &session)
{
    QSqlQuery w =
        tx.prepare(QStringLiteral("SELECT 1 FROM service_window WHERE code = ? AND active = 1"));
    w.addBindValue(session.window);
    if (const Status s = tx.exec(w); !s)
        return s;
    if (!w.next()) {
        return Error(QStringLiteral("shift.unknown_window"),
                     QT_TRANSLATE_NOOP("Error", "There is no window %1 in this hall. Sign "
                                                "in at one of the hall's windows."),
                     {session.window});
    }
    return checkNoShiftOpen(tx.database().connection(), service, session);
}

Status insertShift(WriteTransaction &tx, const Shift &s)
{
    QSqlQuery q = tx.prepare(QStringLiteral(
        "INSERT INTO shift(shift_id, staff_no, window_code, business_day, float_fen, "
        "from_shift_id, status, opened_at) VALUES(?, ?, ?, ?, ?, ?, 'open', ?)"));
    for (const QVariant &v : {QVariant(s.shiftId), QVariant(s.staffNo), QVariant(s.window),
                              QVariant(day(s.businessDay)), QVariant(s.floatAmount.fen()),
                              nullable(s.fromShiftId), QVariant(s.openedAt)})
        q.addBindValue(v);
    if (const Status st = tx.exec(q); !st)
        return st;
    tx.touch(QStringLiteral("shift"));
    return success();
}

// The data of the shift.opened event; from is the shift whose drawer this one takes over.
QJsonObject openedEventData(const Shift &s, const std::optional<Shift> &from)
{
    QJsonObject data{{QStringLiteral("shift_id"), s.shiftId},
                     {QStringLiteral("window"), s.window},
                     {QStringLiteral("float_fen"), s.floatAmount.fen()},
                     {QStringLiteral("business_day"), day(s.businessDay)},
                     {QStringLiteral("from_shift_id"), jsonOrNull(s.fromShiftId)}};
    if (from) {
        data.insert(QStringLiteral("handed_over_fen"), from->floatLeft.fen());
        data.insert(QStringLiteral("handed_over_by"), from->staffNo);
    }
    return data;
}

Result<Shift> writeOpening(WriteTransaction &tx, const ShiftService &service,
                           const Session &session, Money floatAmount)
{
    const QDate today = BusinessDay::today();
    if (const Status st = BusinessDay::requireOpen(tx.database().connection(), today); !st)
        return st.error();
    if (const Status st = checkWindowFree(tx, service, session); !st)
        return st.error();
    const std::optional<Shift> from = service.handover(session.window);

    Shift s;
    s.shiftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.staffNo = session.staffNo;
    s.window = session.window;
    s.businessDay = today;
    s.floatAmount = floatAmount;
    s.fromShiftId = from ? from->shiftId : QString();
    s.open = true;
    s.openedAt = Clock::nowStamp();
    if (const Status st = insertShift(tx, s); !st)
        return st.error();
    const Result<Event> e =
        tx.append(QStringLiteral("shift.opened"), session.staffNo, openedEventData(s, from));
    if (!e)
        return e.error();
    return s;
}

// ---- Closing a shift -----------------------------------------------------------------

// What the clerk entered to close a shift, checked before anything is read.
struct CheckedClosing
{
    CashCount count;
    Money floatLeft;
    QString note;
    QString handoverTo;
    QString witness;
};

Status checkCount(const CashCount &count)
{
    for (auto it = count.pieces.cbegin(); it != count.pieces.cend(); ++it) {
        if (!CashCount::denominations().contains(it.key()) || it.value() < 0 ||
            it.value() > CashCount::MaxPieces) {
            return Error(QStringLiteral("shift.bad_count"),
                         QT_TRANSLATE_NOOP("Error", "The count of %1 pieces of %2 cannot be "
                                                    "right. Count that denomination again."),
                         {QString::number(it.value()), Money::fromFen(it.key()).format()});
        }
    }
    return success();
}

Result<CheckedClosing> checkClosing(const Session &session, const ShiftClosing &closing)
{
    if (const Status s = session.require(Permission::TakePayment); !s)
        return s.error();
    if (const Status s = checkCount(closing.count); !s)
        return s.error();
    const QString leftText = closing.floatLeft.trimmed();
    const Result<Money> floatLeft =
        leftText.isEmpty() ? Result<Money>(Money()) : Money::parse(leftText);
    if (!floatLeft)
        return floatLeft.error();
    const QString note = closing.note.trimmed();
    if (note.size() > ShiftService::MaxNoteLength) {
        return Error(QStringLiteral("shift.note_too_long"),
                     QT_TRANSLATE_NOOP("Error", "The note is longer than 500 characters. "
                                                "Shorten it."));
    }
    return CheckedClosing{closing.count, floatLeft.value(), note, closing.handoverTo.trimmed(),
                          closing.witness.trimmed()};
}

// The shift is open, of an open day, and the session's own or closed by a supervisor.
Status checkClosable(const QSqlDatabase &db, const Session &session, const Shift &s)
{
    if (!s.open) {
        return Error(QStringLiteral("shift.not_open"),
                     QT_TRANSLATE_NOOP("Error", "The shift of staff %1 was already closed "
                                                "at %2."),
                     {s.staffNo, localTime(s.closedAt)});
    }
    if (s.staffNo != session.staffNo && !session.can(Permission::CloseDay)) {
        return Error(QStringLiteral("shift.not_yours"),
                     QT_TRANSLATE_NOOP("Error", "This is the shift of staff %1. Only they "
                                                "or a supervisor can close it."),
                     {s.staffNo});
    }
    return BusinessDay::requireOpen(db, s.businessDay);
}

// Cash left for the next clerk: no more than was counted, for an active clerk or
// supervisor other than the one closing.
Status checkHandover(WriteTransaction &tx, const Shift &s, const CheckedClosing &closing)
{
    const Money counted = closing.count.total();
    if (closing.floatLeft > counted) {
        return Error(QStringLiteral("shift.float_left_too_large"),
                     QT_TRANSLATE_NOOP("Error", "You cannot leave %1 in the drawer: only %2 "
                                                "was counted. Leave at most what is "
                                                "there."),
                     {closing.floatLeft.format(), counted.format()});
    }
    if (closing.handoverTo.isEmpty())
        return success();
    QSqlQuery h = tx.prepare(
        QStringLiteral("SELECT 1 FROM staff WHERE staff_no = ? AND active = 1 AND role IN "
                       "('clerk', 'supervisor')"));
    h.addBindValue(closing.handoverTo);
    if (const Status st = tx.exec(h); !st)
        return st;
    if (!h.next() || closing.handoverTo == s.staffNo) {
        return Error(QStringLiteral("shift.unknown_handover"),
                     QT_TRANSLATE_NOOP("Error", "Staff %1 cannot take the drawer over: "
                                                "hand it to another active clerk or "
                                                "supervisor by their staff number."),
                     {closing.handoverTo});
    }
    return success();
}

// Another's shift (the clerk is absent) is counted before a witness: an active staff member
// other than the one closing and the shift's clerk.
Status checkWitness(WriteTransaction &tx, const Session &session, const Shift &s,
                    const QString &witness)
{
    if (s.staffNo == session.staffNo && witness.isEmpty())
        return success();
    if (witness.isEmpty()) {
        return Error(QStringLiteral("shift.witness_required"),
                     QT_TRANSLATE_NOOP("Error", "You are closing the shift of staff %1 for "
                                                "them: count the drawer before a witness and "
                                                "enter the witness's staff number."),
                     {s.staffNo});
    }
    QSqlQuery w =
        tx.prepare(QStringLiteral("SELECT 1 FROM staff WHERE staff_no = ? AND active = 1"));
    w.addBindValue(witness);
    if (const Status st = tx.exec(w); !st)
        return st;
    if (!w.next() || witness == session.staffNo || witness == s.staffNo) {
        return Error(QStringLiteral("shift.bad_witness"),
                     QT_TRANSLATE_NOOP("Error", "Staff %1 cannot witness this count: the "
                                                "witness is another active staff member, not "
                                                "you and not the shift's clerk. Enter their "
                                                "staff number."),
                     {witness});
    }
    return success();
}

// A difference between the drawer and what is expected is explained in the note.
Status checkVariance(const Shift &closed)
{
    if (!closed.variance.isZero() && closed.note.isEmpty()) {
        return Error(
            QStringLiteral("shift.note_required"),
            QT_TRANSLATE_NOOP("Error", "The drawer holds %1 but %2 is expected "
                                       "(difference %3). Count again, or write "
                                       "what happened in the note."),
            {closed.countedCash.format(), closed.expectedCash.format(), closed.variance.format()});
    }
    return success();
}

// The closed shift's row and its count by denomination (pieces left at zero are not kept).
Status writeClosedShift(WriteTransaction &tx, const Shift &s)
{
    QSqlQuery q = tx.prepare(QStringLiteral(
        "UPDATE shift SET status = 'closed', closed_at = ?, closed_by = ?, "
        "expected_cash_fen = ?, counted_cash_fen = ?, variance_fen = ?, float_left_fen = ?, "
        "handover_to = ?, note = ? WHERE shift_id = ? AND status = 'open'"));
    for (const QVariant &v :
         {QVariant(s.closedAt), QVariant(s.closedBy), QVariant(s.expectedCash.fen()),
          QVariant(s.countedCash.fen()), QVariant(s.variance.fen()), QVariant(s.floatLeft.fen()),
          nullable(s.handoverTo), QVariant(s.note.isNull() ? QStringLiteral("") : s.note),
          QVariant(s.shiftId)})
        q.addBindValue(v);
    if (const Status st = tx.exec(q); !st)
        return st;
    QSqlQuery c = tx.prepare(QStringLiteral(
        "INSERT INTO shift_cash_count(shift_id, denomination_fen, pieces) VALUES(?, ?, ?)"));
    for (auto it = s.count.pieces.cbegin(); it != s.count.pieces.cend(); ++it) {
        if (it.value() == 0)
            continue;
        c.addBindValue(s.shiftId);
        c.addBindValue(it.key());
        c.addBindValue(it.value());
        if (const Status st = tx.exec(c); !st)
            return st;
    }
    tx.touch(QStringLiteral("shift"));
    return success();
}

QJsonObject closedEventData(const Shift &s)
{
    QJsonObject counts;
    for (auto it = s.count.pieces.cbegin(); it != s.count.pieces.cend(); ++it) {
        if (it.value() != 0)
            counts.insert(QString::number(it.key()), it.value());
    }
    return {{QStringLiteral("shift_id"), s.shiftId},
            {QStringLiteral("staff_no"), s.staffNo},
            {QStringLiteral("window"), s.window},
            {QStringLiteral("business_day"), day(s.businessDay)},
            {QStringLiteral("float_fen"), s.floatAmount.fen()},
            {QStringLiteral("expected_cash_fen"), s.expectedCash.fen()},
            {QStringLiteral("counted_cash_fen"), s.countedCash.fen()},
            {QStringLiteral("variance_fen"), s.variance.fen()},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("float_left_fen"), s.floatLeft.fen()},
            {QStringLiteral("handed_in_fen"), (s.countedCash - s.floatLeft).fen()},
            {QStringLiteral("handover_to"), jsonOrNull(s.handoverTo)},
            {QStringLiteral("note"), s.note},
            {QStringLiteral("closed_by"), s.closedBy},
            {QStringLiteral("witness"), jsonOrNull(s.witness)}};
}

Result<Shift> writeClosing(WriteTransaction &tx, const ShiftService &service,
                           const Session &session, const QString &shiftId,
                           const CheckedClosing &closing)
{
    const QSqlDatabase db = tx.database().connection();
    std::optional<Shift> found = selectShift(db, QStringLiteral("shift_id = ?"), shiftId);
    if (!found)
        return notFound(shiftId);
    Shift s = *found;
    if (const Status st = checkClosable(db, session, s); !st)
        return st.error();
    if (const Status st = checkHandover(tx, s, closing); !st)
        return st.error();
    if (const Status st = checkWitness(tx, session, s, closing.witness); !st)
        return st.error();
    s.open = false;
    s.closedAt = Clock::nowStamp();
    s.closedBy = session.staffNo;
    s.expectedCash = service.takings(s.shiftId).expectedCash();
    s.countedCash = closing.count.total();
    s.variance = s.countedCash - s.expectedCash;
    s.floatLeft = closing.floatLeft;
    s.handoverTo = closing.handoverTo;
    s.note = closing.note;
    s.count = closing.count;
    s.witness = closing.witness;
    if (const Status st = checkVariance(s); !st)
        return st.error();

    if (const Status st = writeClosedShift(tx, s); !st)
        return st.error();
    QJsonObject data = closedEventData(s);
    if (const Status st = ClosingEvent::addChainHead(tx, data); !st)
        return st.error();
    const Result<Event> e = tx.append(QStringLiteral("shift.closed"), session.staffNo, data);
    if (!e)
        return e.error();
    return s;
}

} // namespace

Result<Shift> ShiftService::open(const Session &session, const QString &floatText)
{
    const Result<Money> floatAmount = checkOpening(session, floatText);
    if (!floatAmount)
        return floatAmount.error();
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) {
        return writeOpening(tx, *this, session, floatAmount.value());
    });
}

Result<Shift> ShiftService::close(const Session &session, const QString &shiftId,
                                  const ShiftClosing &closing)
{
    const Result<CheckedClosing> checked = checkClosing(session, closing);
    if (!checked)
        return checked.error();
    return WriteTransaction::perform(m_db, [&](WriteTransaction &tx) {
        return writeClosing(tx, *this, session, shiftId, checked.value());
    });
}

std::optional<Shift> ShiftService::current(const QString &staffNo) const
{
    if (staffNo.isEmpty())
        return std::nullopt;
    return selectShift(m_db.connection(), QStringLiteral("staff_no = ? AND status = 'open'"),
                       staffNo);
}

Result<Shift> ShiftService::find(const QString &shiftId) const
{
    const std::optional<Shift> s =
        selectShift(m_db.connection(), QStringLiteral("shift_id = ?"), shiftId);
    if (!s)
        return notFound(shiftId);
    return *s;
}

ShiftTakings ShiftService::takings(const QString &shiftId) const
{
    ShiftTakings t;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT float_fen FROM shift WHERE shift_id = ?"));
    q.addBindValue(shiftId);
    if (q.exec() && q.next())
        t.floatAmount = Money::fromFen(q.value(0).toLongLong());
    q.finish();
    // Voids and refunds go back the way the money came: cash out of this drawer, card and
    // QR through their terminals.
    const auto add = [&t](const QString &method, Money amount, bool paidBack) {
        if (method == QLatin1String("cash")) {
            (paidBack ? t.cashOut : t.cashIn) += amount;
            return;
        }
        const Money net = paidBack ? -amount : amount;
        if (method == QLatin1String("card"))
            t.card += net;
        else if (method == QLatin1String("qr"))
            t.qr += net;
        else if (method == QLatin1String("waiver"))
            t.waived += net;
    };
    q.prepare(QStringLiteral("SELECT method, count(*), sum(amount_fen) FROM payment WHERE "
                             "shift_id = ? GROUP BY method"));
    q.addBindValue(shiftId);
    if (q.exec()) {
        while (q.next()) {
            t.payments += q.value(1).toInt();
            add(q.value(0).toString(), Money::fromFen(q.value(2).toLongLong()), false);
        }
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT method, count(*), sum(amount_fen) FROM payment_adjustment "
                             "WHERE shift_id = ? GROUP BY method"));
    q.addBindValue(shiftId);
    if (q.exec()) {
        while (q.next()) {
            t.adjustments += q.value(1).toInt();
            add(q.value(0).toString(), Money::fromFen(q.value(2).toLongLong()), true);
        }
    }
    return t;
}

std::optional<Shift> ShiftService::handover(const QString &window) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT shift_id FROM shift s WHERE window_code = ? AND status = "
                             "'closed' AND float_left_fen > 0 ORDER BY closed_at DESC LIMIT 1"));
    q.addBindValue(window);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString last = q.value(0).toString();
    q.finish();
    // Taken over already when a later shift names it.
    q.prepare(QStringLiteral("SELECT 1 FROM shift WHERE from_shift_id = ?"));
    q.addBindValue(last);
    if (q.exec() && q.next())
        return std::nullopt;
    q.finish();
    const Result<Shift> s = find(last);
    return s ? std::optional<Shift>(s.value()) : std::nullopt;
}

QList<Shift> ShiftService::shifts(QDate businessDay) const
{
    QList<Shift> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM shift WHERE business_day = ? ORDER BY opened_at")
                  .arg(QLatin1String(kShiftColumns)));
    q.addBindValue(day(businessDay));
    if (q.exec()) {
        while (q.next())
            list.append(shiftFrom(q));
    }
    q.finish();
    for (Shift &s : list)
        loadCount(m_db.connection(), &s);
    return list;
}

Status ShiftService::canOpen(const Session &session) const
{
    const QSqlDatabase db = m_db.connection();
    if (const Status st = BusinessDay::requireOpen(db, BusinessDay::today()); !st)
        return st;
    return checkNoShiftOpen(db, *this, session);
}

Result<Shift> ShiftService::readyForMoney(const QSqlDatabase &db, const Session &session,
                                          QDate today)
{
    if (const Status s = BusinessDay::requireOpen(db, today); !s)
        return s.error();
    return requireOpenShift(db, session, today);
}

Result<Shift> ShiftService::requireOpenShift(const QSqlDatabase &db, const Session &session,
                                             QDate today)
{
    const std::optional<Shift> s =
        selectShift(db, QStringLiteral("staff_no = ? AND status = 'open'"), session.staffNo);
    if (!s) {
        return Error(QStringLiteral("shift.none"),
                     QT_TRANSLATE_NOOP("Error", "You have no shift open. Open your shift in the "
                                                "Cash area (count the float) before taking or "
                                                "paying back money."));
    }
    if (s->businessDay != today) {
        return Error(QStringLiteral("shift.stale"),
                     QT_TRANSLATE_NOOP("Error", "Your open shift belongs to business day %1. "
                                                "Close it in the Cash area and open a new "
                                                "shift for today."),
                     {day(s->businessDay)});
    }
    return *s;
}
