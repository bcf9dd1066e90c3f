// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hq/hqreport.h"

#include "core/common/money.h"
#include "hq/hqdatabase.h"
#include "hq/projection.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).format();
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0
               ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%')
               : QStringLiteral("-");
}

QString minutes(qint64 seconds, qint64 count)
{
    return count > 0 ? QString::number(double(seconds) / double(count) / 60.0, 'f', 1) +
                           QStringLiteral(" min")
                     : QStringLiteral("-");
}

// The figures whose metric starts with prefix, as "key value" lines (value formatted).
QString breakdown(const QMap<QString, qint64> &f, const QString &prefix, QString (*format)(qint64))
{
    QStringList lines;
    for (auto it = f.lowerBound(prefix); it != f.cend() && it.key().startsWith(prefix); ++it)
        lines.append(QStringLiteral("    %1  %2")
                         .arg(it.key().mid(prefix.size()), -14)
                         .arg(format(it.value())));
    return lines.isEmpty() ? QStringLiteral("    (none)\n")
                           : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString count(qint64 n)
{
    return QString::number(n);
}

} // namespace

QMap<QString, qint64> HqReport::figures(HqDatabase &db, QDate date, const QString &branch,
                                        QStringList *branches)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT branch_code, metric, value FROM branch_day WHERE business_day = ? "
                       "AND (? = '' OR branch_code = ?) ORDER BY branch_code, metric"));
    // Never bind a null string: it becomes NULL, and "NULL = ''" selects nothing.
    const QString b = branch.isEmpty() ? QString(QLatin1String("")) : branch.trimmed().toUpper();
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(b);
    q.addBindValue(b);
    QMap<QString, qint64> sum;
    if (q.exec()) {
        while (q.next()) {
            if (branches && !branches->contains(q.value(0).toString()))
                branches->append(q.value(0).toString());
            sum[q.value(1).toString()] += q.value(2).toLongLong();
        }
    }
    return sum;
}

QString HqReport::daily(HqDatabase &db, QDate date, const QString &branch)
{
    QStringList branches;
    const QMap<QString, qint64> f = figures(db, date, branch, &branches);
    QString text = QStringLiteral("营业日报 Daily business report %1 — %2\n")
                       .arg(date.toString(Qt::ISODate),
                            branch.isEmpty() ? QStringLiteral("all branches")
                                             : QStringLiteral("branch ") + branch.toUpper());
    if (f.isEmpty())
        return text + QStringLiteral("No events for this day (本日无业务).\n");
    text += QStringLiteral("Branches: %1\n\n").arg(branches.join(QStringLiteral(", ")));

    const auto v = [&f](const char *metric) { return f.value(QLatin1String(metric)); };
    text += QStringLiteral("办件 Cases\n");
    text += QStringLiteral("  registered %1, accepted %2, completed %3 (on time %4, %5), refused "
                           "%6, forwarded %7, complaints %8, petitions %9\n")
                .arg(v("cases.registered"))
                .arg(v("cases.accepted"))
                .arg(v("cases.completed"))
                .arg(v("cases.completed_on_time"))
                .arg(percent(v("cases.completed_on_time"), v("cases.completed")))
                .arg(v("cases.refused"))
                .arg(v("cases.forwarded"))
                .arg(v("cases.registered.kind.complaint"))
                .arg(v("cases.registered.kind.petition"));
    text += QStringLiteral("  by handling mode (accepted):\n") +
            breakdown(f, QStringLiteral("cases.accepted.mode."), count);
    text += QStringLiteral("  registered by item:\n") +
            breakdown(f, QStringLiteral("cases.registered.item."), count);
    text += QStringLiteral("  completed by item:\n") +
            breakdown(f, QStringLiteral("cases.completed.item."), count);

    text += QStringLiteral("\n收费 Revenue\n");
    text += QStringLiteral("  %1 payments, %2; voided %3; refunded %4 (%5); cash variance %6 over "
                           "%7 closed shift(s)\n")
                .arg(v("payments.count"))
                .arg(yuan(v("payments.fen")))
                .arg(v("payments.voided"))
                .arg(v("payments.refunded"))
                .arg(yuan(v("payments.refunded_fen")))
                .arg(yuan(v("shifts.variance_fen")))
                .arg(v("shifts.closed"));
    QMap<QString, qint64> byMethod;
    for (const char *method : {"cash", "card", "qr", "waiver"})
        byMethod.insert(QStringLiteral("payments.fen.method.") + QLatin1String(method),
                        f.value(QStringLiteral("payments.fen.") + QLatin1String(method)));
    text += QStringLiteral("  by method:\n") +
            breakdown(byMethod, QStringLiteral("payments.fen.method."), yuan);
    text += QStringLiteral("  by fee item:\n") +
            breakdown(f, QStringLiteral("payments.fen.fee."), yuan);
    text +=
        QStringLiteral("  by clerk:\n") + breakdown(f, QStringLiteral("payments.fen.clerk."), yuan);

    text += QStringLiteral("\n排队 Queue\n");
    text += QStringLiteral("  tickets issued %1, served %2, no-show %3, transferred %4; average "
                           "wait %5, average service %6\n")
                .arg(v("tickets.issued"))
                .arg(v("tickets.served"))
                .arg(v("tickets.no_show"))
                .arg(v("tickets.transferred"))
                .arg(minutes(v("tickets.wait_s"), v("tickets.waited")))
                .arg(minutes(v("tickets.service_s"), v("tickets.service_count")));
    text += QStringLiteral("  waiting time (minutes):\n");
    for (const QString &band : Projection::waitBands())
        text += QStringLiteral("    %1  %2\n")
                    .arg(band, -14)
                    .arg(f.value(QStringLiteral("tickets.wait_band.") + band));

    text += QStringLiteral("\n评价 Satisfaction (5 = 非常满意 … 1 = 非常不满意)\n");
    qint64 ratings = 0;
    for (int score = 5; score >= 1; --score)
        ratings += f.value(QStringLiteral("ratings.%1").arg(score));
    for (int score = 5; score >= 1; --score) {
        const qint64 n = f.value(QStringLiteral("ratings.%1").arg(score));
        text += QStringLiteral("    %1  %2  %3\n").arg(score).arg(n, 6).arg(percent(n, ratings));
    }
    return text;
}
