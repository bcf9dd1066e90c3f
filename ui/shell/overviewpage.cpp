// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/overviewpage.h"

#include "core/cases/casedeadline.h"
#include "core/cases/casequery.h"
#include "core/cash/shiftservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/holidaycalendar.h"
#include "core/queue/callbackservice.h"
#include "core/queue/ticketservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/eventlog.h"
#include "ui/shell/backgroundtask.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

OverviewPage::OverviewPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_branch(valueLabel(this, "branch")),
      m_device(valueLabel(this, "device")), m_day(valueLabel(this, "businessDay")),
      m_staff(valueLabel(this, "signedInStaff")), m_events(valueLabel(this, "eventCount")),
      m_result(valueLabel(this, "verifyResult")), m_progress(new QProgressBar(this)),
      m_verify(new QPushButton(tr("Verify event log"), this))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *terminal = new QGroupBox(tr("This terminal"), this);
    auto *terminalForm = new QFormLayout(terminal);
    terminalForm->setHorizontalSpacing(16);
    terminalForm->setVerticalSpacing(10);
    terminalForm->addRow(tr("Branch:"), m_branch);
    terminalForm->addRow(tr("Device:"), m_device);
    terminalForm->addRow(tr("Business day:"), m_day);
    terminalForm->addRow(tr("Signed in:"), m_staff);

    auto *log = new QGroupBox(tr("Event log"), this);
    auto *logLayout = new QVBoxLayout(log);
    auto *logForm = new QFormLayout;
    logForm->setHorizontalSpacing(16);
    logForm->addRow(tr("Events in the log:"), m_events);
    auto *explain = new QLabel(tr("Every action at this counter is recorded in a chained log "
                                  "that headquarters can check. Verifying recomputes the "
                                  "whole chain; it changes nothing."),
                               log);
    explain->setWordWrap(true);
    explain->setStyleSheet(QStringLiteral("color: #555;"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_progress->setVisible(false);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_progress, 1);
    verifyRow->addStretch();
    logLayout->addLayout(logForm);
    logLayout->addWidget(explain);
    logLayout->addLayout(verifyRow);
    logLayout->addWidget(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    if (session.can(Permission::ServeCustomers) && !session.staffNo.isEmpty())
        layout->addWidget(buildMyDay());
    layout->addWidget(terminal);
    layout->addWidget(log);
    layout->addStretch();

    connect(m_verify, &QPushButton::clicked, this, &OverviewPage::verify);
    connect(&m_db, &Database::changed, this, &OverviewPage::refresh);
    refresh();
}

// The clerk's day at a glance: each line is a button that opens its area.
QWidget *OverviewPage::buildMyDay()
{
    auto *box = new QGroupBox(tr("My day"), this);
    box->setObjectName(QStringLiteral("myDay"));
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    m_myQueue = myDayItem("myQueue", QStringLiteral("queuePage"));
    m_myCases = myDayItem("myCases", QStringLiteral("casePage"));
    m_myTakings = myDayItem("myTakings", QStringLiteral("cashPage"));
    m_myCallbacks = myDayItem("myCallbacks", QStringLiteral("queuePage"));
    for (QPushButton *item : {m_myQueue, m_myCases, m_myTakings, m_myCallbacks})
        layout->addWidget(item);
    return box;
}

QPushButton *OverviewPage::myDayItem(const char *name, const QString &areaId)
{
    auto *item = new QPushButton(this);
    item->setObjectName(QLatin1String(name));
    item->setFlat(true);
    item->setCursor(Qt::PointingHandCursor);
    item->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 4px 6px; }"));
    connect(item, &QPushButton::clicked, this, [this, areaId] { emit areaRequested(areaId); });
    return item;
}

QString OverviewPage::myDayText(const QString &item) const
{
    const auto *button = findChild<QPushButton *>(item);
    return button ? button->text() : QString();
}

void OverviewPage::refreshMyDay()
{
    if (!m_myQueue)
        return;
    const int waiting = TicketService(m_db).waitingCount(m_session.window);
    m_myQueue->setText(
        tr("Queue at window %1: %n waiting", nullptr, waiting).arg(m_session.window));
    showMyCases();
    showMyTakings();
    showMyCallbacks();
}

// The running cases this clerk received that are due soon (yellow) or overdue (red), by
// the case list's own filters.
void OverviewPage::showMyCases()
{
    const QSqlDatabase db = m_db.connection();
    const QDate today = BusinessDay::today();
    const WorkingCalendar calendar = HolidayCalendar::load(db);
    CaseFilter filter;
    filter.status = CaseFilter::openStatus();
    filter.clerk = m_session.staffNo;
    CaseQuery::Page page;
    page.limit = 1000;
    const auto count = [&](CaseFilter::Due due) {
        filter.due = due;
        const Result<QList<CaseRow>> rows =
            CaseQuery::page(db, filter, today, CaseDeadline::dueSoonUntil(today, calendar), page);
        return rows ? int(rows->size()) : 0;
    };
    const int overdue = count(CaseFilter::Due::Overdue);
    const int dueSoon = count(CaseFilter::Due::DueSoon);
    m_myCases->setText(overdue + dueSoon == 0
                           ? tr("My cases: none due soon")
                           : tr("My cases: %1 due soon, %2 overdue").arg(dueSoon).arg(overdue));
    m_myCases->setStyleSheet(
        QStringLiteral("QPushButton { text-align: left; padding: 4px 6px; color: %1; }")
            .arg(overdue > 0   ? QStringLiteral("#b00020")
                 : dueSoon > 0 ? QStringLiteral("#8a5a00")
                               : QStringLiteral("#1b6e20")));
}

void OverviewPage::showMyTakings()
{
    ShiftService shifts(m_db);
    const std::optional<Shift> shift = shifts.current(m_session.staffNo);
    if (!shift) {
        m_myTakings->setText(tr("My shift: not open (open it in Cash before taking payments)"));
        return;
    }
    const ShiftTakings t = shifts.takings(shift->shiftId);
    m_myTakings->setText(
        tr("My shift's takings: cash %1, card %2, QR %3 (%n payments)", nullptr, t.payments)
            .arg(t.cashIn.format(), t.card.format(), t.qr.format()));
}

// Open callbacks of customers this clerk served, due today or before.
void OverviewPage::showMyCallbacks()
{
    const QDate today = BusinessDay::today();
    int due = 0;
    int overdue = 0;
    const QList<CallbackEntry> open = CallbackService::list(m_db.connection(), false, 0, 1000);
    for (const CallbackEntry &e : open) {
        if (e.callback.staffNo != m_session.staffNo || e.callback.dueOn > today)
            continue;
        ++due;
        if (e.callback.isOverdue(today))
            ++overdue;
    }
    m_myCallbacks->setText(due == 0
                               ? tr("My callbacks: none due")
                               : tr("My callbacks due: %1 (%2 overdue)").arg(due).arg(overdue));
}

QString OverviewPage::verificationText() const
{
    return m_result->text();
}

void OverviewPage::refresh()
{
    const DeviceIdentity identity = DeviceIdentity::load(m_db.connection());
    m_branch->setText(identity.branchName.isEmpty()
                          ? identity.branchCode
                          : tr("%1 (code %2)").arg(identity.branchName, identity.branchCode));
    m_device->setText(tr("%1 (tag %2)").arg(identity.deviceId, identity.deviceTag));
    const QDate today = Clock::today();
    m_day->setText(QLocale().toString(today, QLocale::LongFormat));
    m_staff->setText(tr("Staff no. %1 %2 (%3), window %4")
                         .arg(m_session.staffNo, m_session.name, Roles::displayName(m_session.role),
                              m_session.window));
    const Result<qint64> count = EventLog::count(m_db.connection());
    m_events->setText(count ? QLocale().toString(count.value()) : count.error().message());
    refreshMyDay();
}

void OverviewPage::verify()
{
    if (m_verifying)
        return;
    m_verifying = true;
    m_verify->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Verifying..."));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    QFutureWatcher<Result<EventLog::Verification>> *watcher =
        BackgroundTask::run<EventLog::Verification>(
            m_db, this,
            [](Database &db, QPromise<Result<EventLog::Verification>> &promise) {
                const Result<qint64> total = EventLog::count(db.connection());
                if (total && total.value() > 0)
                    promise.setProgressRange(0, int(total.value()));
                return EventLog::verify(db.connection(), [&promise](qint64 checked) {
                    promise.setProgressValue(int(checked));
                });
            },
            [this](const Result<EventLog::Verification> &result) {
                m_verifying = false;
                m_verify->setEnabled(true);
                m_progress->setVisible(false);
                if (!result) {
                    m_result->setStyleSheet(QStringLiteral("color: #b01e1e;"));
                    m_result->setText(result.error().message());
                    return;
                }
                const EventLog::Verification &v = result.value();
                if (v.intact()) {
                    m_result->setStyleSheet(QStringLiteral("color: #1d7a35;"));
                    m_result->setText(tr("The chain is intact: %1 events checked.")
                                          .arg(QLocale().toString(v.checked)));
                } else {
                    m_result->setStyleSheet(QStringLiteral("color: #b01e1e;"));
                    m_result->setText(tr("The event log is broken at event %1 (%2). Do not "
                                         "change anything; keep this computer as it is and "
                                         "call your IT contact.")
                                          .arg(v.firstBroken)
                                          .arg(v.problem));
                }
            });
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
}
