// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuecommand.h"

#include "core/queue/queuefigures.h"
#include "core/queue/queuesetup.h"
#include "core/queue/ticket.h"
#include "core/staff/session.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool parse(QCommandLineParser &parser, const QStringList &args, QString *problem)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("halldeskctl queue"));
    if (!parser.parse(withProgram)) {
        *problem = parser.errorText();
        return false;
    }
    return true;
}

enum { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace

QString QueueCommand::usage()
{
    return QStringLiteral(
        "  queue categories        the queue categories and the windows serving them\n"
        "  queue category CODE NAME [--prefix P] [--order N] [--inactive]\n"
        "                          add or change a queue category (tickets P001, P002...)\n"
        "  queue figures [--date YYYY-MM-DD]   waiting, waits and service times of a day\n");
}

bool QueueCommand::changes(const QStringList &args)
{
    return args.value(0) == QLatin1String("category");
}

int QueueCommand::run(const QStringList &args, QString *problem)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("categories") && args.size() == 1)
        return categories();
    if (sub == QLatin1String("category"))
        return category(args.mid(1), problem);
    if (sub == QLatin1String("figures"))
        return figures(args.mid(1), problem);
    *problem = QStringLiteral("queue takes categories, category or figures");
    return ExitUsage;
}

int QueueCommand::categories()
{
    const QList<QueueWindow> windows = QueueSetup::windows(m_db.connection());
    const QList<QueueCategory> all = QueueSetup::categories(m_db.connection(), true);
    for (const QueueCategory &c : all) {
        QStringList servedBy;
        for (const QueueWindow &w : windows) {
            if (w.categories.contains(c.code))
                servedBy.append(w.code);
        }
        out() << c.code << '\t' << c.prefix << '\t' << c.name << '\t'
              << (c.active ? "active" : "inactive") << '\t'
              << (servedBy.isEmpty() ? QStringLiteral("(no window)")
                                     : servedBy.join(QLatin1Char(',')))
              << '\n';
    }
    out().flush();
    return ExitOk;
}

int QueueCommand::category(const QStringList &args, QString *problem)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("prefix"), QStringLiteral("ticket prefix"), QStringLiteral("P")});
    p.addOption({QStringLiteral("order"), QStringLiteral("place on the kiosk"), QStringLiteral("N"),
                 QStringLiteral("0")});
    p.addOption({QStringLiteral("inactive"), QStringLiteral("withdraw the category")});
    if (!parse(p, args, problem))
        return ExitUsage;
    if (p.positionalArguments().size() != 2) {
        *problem = QStringLiteral("queue category takes CODE and NAME");
        return ExitUsage;
    }
    bool ok = false;
    QueueCategory c;
    c.code = p.positionalArguments().at(0);
    c.name = p.positionalArguments().at(1);
    c.prefix = p.value(QStringLiteral("prefix"));
    c.sortOrder = p.value(QStringLiteral("order")).toInt(&ok);
    c.active = !p.isSet(QStringLiteral("inactive"));
    if (!ok) {
        *problem = QStringLiteral("--order takes a whole number");
        return ExitUsage;
    }
    const std::optional<Session> by = m_authorise();
    if (!by)
        return ExitFailure;
    const Status saved = QueueSetup::saveCategory(m_db, *by, c);
    if (!saved) {
        err() << saved.error().bilingual() << Qt::endl;
        return ExitFailure;
    }
    out() << "queue category " << c.code.trimmed().toUpper() << " saved" << Qt::endl;
    return ExitOk;
}

int QueueCommand::figures(const QStringList &args, QString *problem)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("date"), QStringLiteral("business day"), QStringLiteral("YYYY-MM-DD")});
    if (!parse(p, args, problem))
        return ExitUsage;
    QDate day;
    if (p.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid()) {
            *problem = QStringLiteral("--date takes YYYY-MM-DD");
            return ExitUsage;
        }
    }
    const QueueFigures f = QueueFigures::compute(m_db.connection(), day);
    out() << "business day " << f.day.toString(Qt::ISODate) << '\n'
          << "tickets issued " << f.issued << ", waiting " << f.waiting << " (longest "
          << f.longestWaitS << " s)\n"
          << "calls " << f.calls << ", average wait " << f.averageWaitS << " s\n"
          << "served " << f.served << ", did not come " << f.noShow << ", average service "
          << f.averageServiceS << " s\n";
    for (const CategoryLoad &c : f.categories)
        out() << "  category " << c.code << ' ' << c.name << ": " << c.waiting << " waiting\n";
    for (const WindowLoad &w : f.windows)
        out() << "  window " << w.code << ' ' << w.name << ": " << w.served << " served, "
              << w.noShow << " did not come, " << w.transferred << " transferred\n";
    out().flush();
    return ExitOk;
}
