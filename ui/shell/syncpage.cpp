// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/syncpage.h"

#include "core/storage/settingstore.h"
#include "sync/syncengine.h"
#include "ui/shell/enroldialog.h"
#include "ui/shell/syncmonitor.h"

#include "core/storage/database.h"
#include "ui/shell/headerfit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SyncPage::SyncPage(Database &db, const Session &session, SyncMonitor &monitor, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_monitor(monitor),
      m_summary(new QLabel(this)), m_problem(new QLabel(this)),
      m_syncNow(new QPushButton(tr("Synchronise now"), this)),
      m_enrol(new QPushButton(tr("Enrol with headquarters…"), this)),
      m_attempts(new QTableWidget(0, 3, this)), m_noAttempts(new QLabel(this))
{
    setObjectName(QStringLiteral("syncPage"));
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("syncProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_attempts->setHorizontalHeaderLabels({tr("Time"), tr("Result"), tr("Events sent")});
    m_attempts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    HeaderFit::toTitles(m_attempts->horizontalHeader());
    m_attempts->verticalHeader()->hide();
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->setSelectionMode(QAbstractItemView::NoSelection);
    m_attempts->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_enrol);
    buttons->addStretch(1);
    auto *about = new QLabel(
        tr("Headquarters receives every change made at this counter (customers, cases, "
           "tickets, payments, shifts) in batches, a few seconds after it is saved, and keeps "
           "the branch's reports. \"Events waiting\" are changes saved here and not yet "
           "received there; they are safe in this computer. When this page says offline, keep "
           "working as usual: nothing is lost, and everything waiting is sent by itself when "
           "the link is back. Tell IT only when it stays offline for hours or says that sync "
           "has stopped."),
        this);
    about->setObjectName(QStringLiteral("syncAbout"));
    about->setWordWrap(true);
    about->setStyleSheet(QStringLiteral("color: #555;"));
    m_noAttempts->setObjectName(QStringLiteral("syncNoAttempts"));
    m_noAttempts->setWordWrap(true);
    m_noAttempts->setText(tr("No attempt to reach headquarters since HallDesk started."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 24); // as the other areas
    layout->addWidget(about);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Recent attempts"), this));
    layout->addWidget(m_noAttempts);
    layout->addWidget(m_attempts, 1);
    layout->addStretch();

    connect(m_syncNow, &QPushButton::clicked, &m_monitor, &SyncMonitor::syncNow);
    connect(m_enrol, &QPushButton::clicked, this, &SyncPage::enrol);
    connect(&m_monitor, &SyncMonitor::stateChanged, this, &SyncPage::refresh);
    connect(&m_monitor, &SyncMonitor::attemptsChanged, this, &SyncPage::refresh);
    refresh();
}

void SyncPage::refresh()
{
    const SyncState &s = m_monitor.state();
    const QString url = SettingStore::get(m_db.connection(), SyncEngine::urlKey());
    QStringList lines;
    if (!s.enrolled) {
        lines << tr("This terminal is not enrolled with headquarters: everything is kept here "
                    "and nothing is sent.");
    } else {
        lines << tr("Headquarters: %1").arg(url.toHtmlEscaped());
        lines << (s.online
                      ? tr("<b>Online.</b>")
                      : tr("<b>Offline</b>: work goes on, and is sent when the link is back."));
        lines << tr("Events waiting to be sent: %1").arg(s.waiting);
        lines << tr("Last successful synchronisation: %1")
                     .arg(s.lastSuccess.isValid() ? s.lastSuccess.toLocalTime().toString(
                                                        QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                  : tr("never"));
        if (!s.online && s.nextAttempt.isValid())
            lines << tr("Next attempt: %1")
                         .arg(s.nextAttempt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_problem->setText(s.lastError);
    m_problem->setVisible(!s.lastError.isEmpty());
    m_syncNow->setEnabled(s.enrolled && !s.halted);
    m_enrol->setVisible(!s.enrolled && m_session.can(Permission::ManageDevice));

    const QList<SyncMonitor::Attempt> &attempts = m_monitor.attempts();
    m_attempts->setRowCount(int(attempts.size()));
    for (int row = 0; row < attempts.size(); ++row) {
        const SyncMonitor::Attempt &a = attempts[row];
        m_attempts->setItem(
            row, 0, new QTableWidgetItem(a.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        m_attempts->setItem(row, 1, new QTableWidgetItem(a.ok ? tr("Succeeded") : a.error));
        m_attempts->setItem(row, 2, new QTableWidgetItem(QString::number(a.sent)));
    }
    m_attempts->resizeRowsToContents();
    // An empty table says nothing: a sentence does.
    m_attempts->setVisible(!attempts.isEmpty());
    m_noAttempts->setVisible(attempts.isEmpty());
}

void SyncPage::enrol()
{
    auto *dialog = new EnrolDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, &m_monitor, &SyncMonitor::restart);
    dialog->open();
}
