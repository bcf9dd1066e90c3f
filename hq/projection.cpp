#include "projection.h"

#include "clock.h"
#include "hqdatabase.h"
#include "rowwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

Projection::Projection(HqDatabase &db, QString branch) : m_db(db), m_branch(std::move(branch)) {}

QString Projection::businessDay(const QString &at)
{
    const QDateTime utc = Clock::parseStamp(at);
    if (!utc.isValid())
        return QStringLiteral("unknown");
    return utc.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
}

void Projection::add(const QString &day, const QString &metric, qint64 value)
{
    m_metrics[{day, metric}] += value;
}

void Projection::setCase(const QString &caseNo, const QString &status, const QString &itemCode,
                         const QString &at)
{
    CaseChange &change = m_cases[caseNo];
    change.status = status;
    change.at = at;
    if (!itemCode.isEmpty())
        change.itemCode = itemCode;
}

bool Projection::flush()
{
    RowWriter metrics(
        m_db.connection(),
        QStringLiteral("INSERT INTO branch_day(branch_code, business_day, metric, value) VALUES"),
        4,
        QStringLiteral("ON CONFLICT(branch_code, business_day, metric) DO UPDATE SET value = "
                       "branch_day.value + excluded.value"));
    for (auto it = m_metrics.cbegin(); it != m_metrics.cend(); ++it)
        metrics.add({m_branch, it.key().first, it.key().second, it.value()});
    // A case registered in an earlier batch keeps its item code: only a registration
    // brings one, every later event only moves the status.
    RowWriter cases(m_db.connection(),
                    QStringLiteral("INSERT INTO hq_case(case_no, branch_code, item_code, status, "
                                   "updated_at) VALUES"),
                    5,
                    QStringLiteral("ON CONFLICT(case_no) DO UPDATE SET status = excluded.status, "
                                   "updated_at = excluded.updated_at, item_code = CASE WHEN "
                                   "excluded.item_code <> '' THEN excluded.item_code ELSE "
                                   "hq_case.item_code END"));
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        // Bound NULL would break NOT NULL: an absent item code is stored as "".
        const QString item = it->itemCode.isNull() ? QString(QLatin1String("")) : it->itemCode;
        cases.add({it.key(), m_branch, item, it->status, it->at});
    }
    if (!metrics.flush()) {
        m_lastError = metrics.lastError();
        return false;
    }
    if (!cases.flush()) {
        m_lastError = cases.lastError();
        return false;
    }
    m_metrics.clear();
    m_cases.clear();
    return true;
}

void Projection::apply(const Event &e)
{
    const QJsonObject data = e.dataObject();
    const QString day = businessDay(e.at);
    const QString type = e.type;
    if (type == QLatin1String("ticket.rated") || type == QLatin1String("case.rated")) {
        add(day, QStringLiteral("ratings.%1").arg(data.value(QLatin1String("score")).toInt()), 1);
        return;
    }
    if (type.startsWith(QLatin1String("case."))) {
        const QString caseNo = data.value(QLatin1String("case_no")).toString();
        const QString status = type.mid(5); // registered, accepted, completed…
        if (caseNo.isEmpty()) {
            // Nothing to index; the day's figures still count it.
        } else if (type == QLatin1String("case.registered")) {
            const QString item = data.value(QLatin1String("item_code")).toString();
            setCase(caseNo, status, item, e.at);
        } else if (type != QLatin1String("case.decided")) {
            // Keeps the item code of the registration (upsert only changes the status).
            setCase(caseNo, status, QString(), e.at);
        }
        if (type == QLatin1String("case.completed") &&
            data.value(QLatin1String("on_time")).toBool()) {
            add(day, QStringLiteral("cases.completed_on_time"), 1);
        }
        add(day, QStringLiteral("cases.") + status, 1);
        return;
    }
    if (type == QLatin1String("payment.taken")) {
        const qint64 fen = data.value(QLatin1String("amount_fen")).toInteger();
        const QString method = data.value(QLatin1String("method")).toString();
        add(day, QStringLiteral("payments.count"), 1);
        add(day, QStringLiteral("payments.fen"), fen);
        add(day, QStringLiteral("payments.fen.") + method, fen);
        return;
    }
    if (type == QLatin1String("payment.voided")) {
        add(day, QStringLiteral("payments.voided"), 1);
        return;
    }
    if (type == QLatin1String("payment.refunded")) {
        add(day, QStringLiteral("payments.refunded"), 1);
        add(day, QStringLiteral("payments.refunded_fen"),
            data.value(QLatin1String("amount_fen")).toInteger());
        return;
    }
    if (type == QLatin1String("ticket.issued"))
        add(day, QStringLiteral("tickets.issued"), 1);
    else if (type == QLatin1String("ticket.finished"))
        add(day, QStringLiteral("tickets.") + data.value(QLatin1String("outcome")).toString(), 1);
}
