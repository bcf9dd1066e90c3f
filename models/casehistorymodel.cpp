// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/casehistorymodel.h"

#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString text(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toVariant().toString();
}

} // namespace

CaseHistoryModel::CaseHistoryModel(Database &db, const QString &caseNo, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_caseNo(caseNo)
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QLatin1String("event_log")))
            reload();
    });
    reload();
}

void CaseHistoryModel::reload()
{
    const Result<QList<Event>> events = CaseService(m_db).history(m_caseNo);
    beginResetModel();
    m_events = events ? events.value() : QList<Event>();
    endResetModel();
}

int CaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseHistoryModel::stepName(const QString &type)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("case.registered"), QT_TR_NOOP("Registered")},
        {QStringLiteral("case.accepted"), QT_TR_NOOP("Accepted")},
        {QStringLiteral("case.materials_requested"), QT_TR_NOOP("One-time notice")},
        {QStringLiteral("case.refused"), QT_TR_NOOP("Refused")},
        {QStringLiteral("case.forwarded"), QT_TR_NOOP("Forwarded")},
        {QStringLiteral("case.decided"), QT_TR_NOOP("Decision received")},
        {QStringLiteral("case.extended"), QT_TR_NOOP("Extended")},
        {QStringLiteral("case.completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("case.delivered"), QT_TR_NOOP("Delivered")},
        {QStringLiteral("case.approved"), QT_TR_NOOP("Approved for handling")},
        {QStringLiteral("case.assigned"), QT_TR_NOOP("Assigned")},
        {QStringLiteral("case.result"), QT_TR_NOOP("Result reported")},
        {QStringLiteral("case.replied"), QT_TR_NOOP("Replied")},
        {QStringLiteral("case.rated"), QT_TR_NOOP("Rated")},
        {QStringLiteral("payment.taken"), QT_TR_NOOP("Payment")},
        {QStringLiteral("payment.voided"), QT_TR_NOOP("Payment voided")},
        {QStringLiteral("payment.refunded"), QT_TR_NOOP("Payment refunded")},
        {QStringLiteral("callback.recorded"), QT_TR_NOOP("Follow-up call")},
    };
    const auto it = names.constFind(type);
    return it == names.constEnd() ? type : tr(it.value());
}

QString CaseHistoryModel::describe(const Event &event)
{
    const QJsonObject d = event.dataObject();
    const QString &t = event.type;
    if (t == QLatin1String("case.registered")) {
        const QString channel = text(d, "channel");
        const QString how = channel == QLatin1String("phone")    ? tr("by phone")
                            : channel == QLatin1String("letter") ? tr("by letter")
                                                                 : tr("in person");
        QString s = tr("Came %1 to window %2; first responder %3")
                        .arg(how, text(d, "window"), text(d, "first_responder"));
        if (d.contains(QLatin1String("due_on")))
            s += tr("; reply due %1").arg(text(d, "due_on"));
        return s;
    }
    if (t == QLatin1String("case.accepted"))
        return tr("Due %1 (%n working day(s))", nullptr,
                  d.value(QLatin1String("limit_days")).toInt())
            .arg(text(d, "due_on"));
    if (t == QLatin1String("case.materials_requested")) {
        QStringList missing;
        const QJsonArray list = d.value(QLatin1String("missing")).toArray();
        for (const QJsonValue &m : list)
            missing.append(m.toString());
        return tr("Missing: %1").arg(missing.join(QStringLiteral("; ")));
    }
    if (t == QLatin1String("case.refused"))
        return tr("Reason: %1").arg(text(d, "reason"));
    if (t == QLatin1String("case.forwarded"))
        return tr("To %1").arg(text(d, "to"));
    if (t == QLatin1String("case.decided")) {
        const QString status = text(d, "status");
        const QString decision = status == QLatin1String("approved")   ? tr("approved")
                                 : status == QLatin1String("rejected") ? tr("rejected")
                                 : status == QLatin1String("returned") ? tr("returned")
                                                                       : status;
        const QString note = text(d, "note");
        return note.isEmpty() ? tr("Decision: %1").arg(decision)
                              : tr("Decision: %1 (%2)").arg(decision, note);
    }
    if (t == QLatin1String("case.extended"))
        return tr("%n working day(s) more, now due %1; approved by %2; reason: %3", nullptr,
                  d.value(QLatin1String("days")).toInt())
            .arg(text(d, "due_on"), text(d, "approved_by"), text(d, "reason"));
    if (t == QLatin1String("case.completed")) {
        return d.value(QLatin1String("on_time")).toBool() ? tr("On time")
                                                          : tr("Late (after the due date)");
    }
    if (t == QLatin1String("case.delivered")) {
        const QString method = text(d, "method");
        return method == QLatin1String("post")   ? tr("Sent by post")
               : method == QLatin1String("home") ? tr("Delivered to the home")
                                                 : tr("Collected at the counter");
    }
    if (t == QLatin1String("case.approved"))
        return tr("Approved by %1").arg(text(d, "approved_by"));
    if (t == QLatin1String("case.assigned"))
        return tr("To %1").arg(text(d, "section"));
    if (t == QLatin1String("case.result"))
        return text(d, "result");
    if (t == QLatin1String("case.replied")) {
        return tr("%1 (%2)").arg(text(d, "reply"), d.value(QLatin1String("on_time")).toBool()
                                                       ? tr("on time")
                                                       : tr("late"));
    }
    if (t == QLatin1String("case.rated"))
        return tr("Score %1 of 5").arg(text(d, "score"));
    if (t == QLatin1String("payment.taken"))
        return tr("Receipt %1, %2")
            .arg(text(d, "receipt_no"),
                 Money::fromFen(d.value(QLatin1String("amount_fen")).toInteger()).format());
    return QString::fromUtf8(event.data);
}

QVariant CaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    if (role == TypeRole)
        return e.type;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return Clock::parseStamp(e.at).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case StepColumn:
        return stepName(e.type);
    case StaffColumn:
        return e.staff.isEmpty() ? tr("Headquarters") : e.staff;
    case DetailsColumn:
        return describe(e);
    }
    return {};
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StepColumn:
        return tr("Step");
    case StaffColumn:
        return tr("Staff no.");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}
