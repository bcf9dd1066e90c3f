#include "projection.h"

#include "clock.h"
#include "hqdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QTimeZone>

Projection::Projection(HqDatabase &db, QString branch)
    : m_db(db), m_branch(std::move(branch)), m_metric(db.connection()), m_case(db.connection())
{
    m_metric.prepare(QStringLiteral(
        "INSERT INTO branch_day(branch_code, business_day, metric, value) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(branch_code, business_day, metric) DO UPDATE SET value = branch_day.value + "
        "excluded.value"));
    m_case.prepare(QStringLiteral(
        "INSERT INTO hq_case(case_no, branch_code, item_code, status, updated_at) "
        "VALUES(?, ?, ?, ?, ?) ON CONFLICT(case_no) DO UPDATE SET status = excluded.status, "
        "updated_at = excluded.updated_at"));
}

QString Projection::businessDay(const QString &at)
{
    const QDateTime utc = Clock::parseStamp(at);
    if (!utc.isValid())
        return QStringLiteral("unknown");
    return utc.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
}

bool Projection::add(const QString &day, const QString &metric, qint64 value)
{
    m_metric.addBindValue(m_branch);
    m_metric.addBindValue(day);
    m_metric.addBindValue(metric);
    m_metric.addBindValue(value);
    const bool ok = m_metric.exec();
    if (!ok)
        m_lastError = m_metric.lastError().text();
    return ok;
}

bool Projection::setCase(const QString &caseNo, const QString &status, const QString &itemCode,
                         const QString &at)
{
    m_case.addBindValue(caseNo);
    m_case.addBindValue(m_branch);
    m_case.addBindValue(itemCode);
    m_case.addBindValue(status);
    m_case.addBindValue(at);
    const bool ok = m_case.exec();
    if (!ok)
        m_lastError = m_case.lastError().text();
    return ok;
}

bool Projection::apply(const Event &e)
{
    const QJsonObject data = e.dataObject();
    const QString day = businessDay(e.at);
    const QString type = e.type;
    if (type == QLatin1String("ticket.rated") || type == QLatin1String("case.rated"))
        return add(day,
                   QStringLiteral("ratings.%1").arg(data.value(QLatin1String("score")).toInt()), 1);
    if (type.startsWith(QLatin1String("case."))) {
        const QString caseNo = data.value(QLatin1String("case_no")).toString();
        const QString status = type.mid(5); // registered, accepted, completed…
        if (caseNo.isEmpty()) {
            // Nothing to index; the day's figures still count it.
        } else if (type == QLatin1String("case.registered")) {
            // Bound NULL would break NOT NULL: an absent item code is stored as "".
            const QString item = data.value(QLatin1String("item_code")).toString();
            if (!setCase(caseNo, status, item.isNull() ? QString(QLatin1String("")) : item, e.at))
                return false;
        } else if (type != QLatin1String("case.decided")) {
            // Keeps the item code of the registration (upsert only changes the status).
            if (!setCase(caseNo, status, QString(QLatin1String("")), e.at))
                return false;
        }
        if (type == QLatin1String("case.completed") &&
            data.value(QLatin1String("on_time")).toBool()) {
            if (!add(day, QStringLiteral("cases.completed_on_time"), 1))
                return false;
        }
        return add(day, QStringLiteral("cases.") + status, 1);
    }
    if (type == QLatin1String("payment.taken")) {
        const qint64 fen = data.value(QLatin1String("amount_fen")).toInteger();
        const QString method = data.value(QLatin1String("method")).toString();
        return add(day, QStringLiteral("payments.count"), 1) &&
               add(day, QStringLiteral("payments.fen"), fen) &&
               add(day, QStringLiteral("payments.fen.") + method, fen);
    }
    if (type == QLatin1String("payment.voided"))
        return add(day, QStringLiteral("payments.voided"), 1);
    if (type == QLatin1String("payment.refunded")) {
        return add(day, QStringLiteral("payments.refunded"), 1) &&
               add(day, QStringLiteral("payments.refunded_fen"),
                   data.value(QLatin1String("amount_fen")).toInteger());
    }
    if (type == QLatin1String("ticket.issued"))
        return add(day, QStringLiteral("tickets.issued"), 1);
    if (type == QLatin1String("ticket.finished"))
        return add(day,
                   QStringLiteral("tickets.") + data.value(QLatin1String("outcome")).toString(), 1);
    return true;
}
