// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/overviewpage.h"

#include "core/common/clock.h"
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
    layout->addWidget(terminal);
    layout->addWidget(log);
    layout->addStretch();

    connect(m_verify, &QPushButton::clicked, this, &OverviewPage::verify);
    connect(&m_db, &Database::changed, this, &OverviewPage::refresh);
    refresh();
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
