#include "hqreport.h"

#include "hqdatabase.h"

#include <QMap>
#include <QSqlQuery>
#include <QStringList>

QString HqReport::daily(HqDatabase &db, QDate date, const QString &branch)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT branch_code, metric, value FROM branch_day WHERE business_day = ? "
                       "AND (? = '' OR branch_code = ?) ORDER BY branch_code, metric"));
    const QString b = branch.trimmed().toUpper();
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(b);
    q.addBindValue(b);
    QMap<QString, QMap<QString, qint64>> figures;
    if (q.exec()) {
        while (q.next())
            figures[q.value(0).toString()][q.value(1).toString()] = q.value(2).toLongLong();
    }
    const QStringList columns = {
        QStringLiteral("cases.registered"), QStringLiteral("cases.accepted"),
        QStringLiteral("cases.completed"),  QStringLiteral("cases.completed_on_time"),
        QStringLiteral("cases.refused"),    QStringLiteral("cases.forwarded"),
        QStringLiteral("payments.count"),   QStringLiteral("payments.fen"),
        QStringLiteral("payments.voided"),  QStringLiteral("payments.refunded_fen"),
        QStringLiteral("tickets.issued"),   QStringLiteral("tickets.served"),
        QStringLiteral("tickets.no_show")};
    QString text = QStringLiteral("daily report %1\n").arg(date.toString(Qt::ISODate));
    if (figures.isEmpty())
        return text + QStringLiteral("no events for this day\n");
    text += QStringLiteral("branch");
    for (const QString &c : columns)
        text += QLatin1Char('\t') + c;
    text += QLatin1Char('\n');
    QMap<QString, qint64> total;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        text += it.key();
        for (const QString &c : columns) {
            text += QLatin1Char('\t') + QString::number(it.value().value(c));
            total[c] += it.value().value(c);
        }
        text += QLatin1Char('\n');
    }
    if (figures.size() > 1) {
        text += QStringLiteral("all");
        for (const QString &c : columns)
            text += QLatin1Char('\t') + QString::number(total.value(c));
        text += QLatin1Char('\n');
    }
    return text;
}
