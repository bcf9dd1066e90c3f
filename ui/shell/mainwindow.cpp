// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"

#include "ui/shell/syncmonitor.h"
#include "ui/shell/syncpage.h"

#include "core/cases/casedeadline.h"
#include "core/cash/shiftservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/holidaycalendar.h"
#include "core/queue/ticketservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/eventlog.h"
#include "ui/admin/staffpage.h"
#include "ui/cases/casedetaildialog.h"
#include "ui/cases/casepage.h"
#include "ui/cases/cataloguepage.h"
#include "ui/cases/enquirypage.h"
#include "ui/cases/registercasedialog.h"
#include "ui/cash/cashpage.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/customerpaymentsview.h"
#include "ui/counter/customerticketsview.h"
#include "ui/queue/callingstrip.h"
#include "ui/queue/queuepage.h"
#include "ui/reports/reportpage.h"
#include "ui/shell/appicon.h"
#include "ui/shell/lockpage.h"
#include "ui/shell/overviewpage.h"
#include "ui/shell/settingspage.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &db, const Session &session, const QString &dataDir,
                       SyncMonitor *sync, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_session(session), m_dataDir(dataDir),
      m_top(new QStackedWidget(this)), m_workspace(new QWidget(m_top)),
      m_navigation(new QListWidget(m_workspace)), m_areaTitle(new QLabel(m_workspace)),
      m_areas(new QStackedWidget(m_workspace)), m_lockPage(new LockPage(db, session, m_top)),
      m_staffLabel(new QLabel(this)), m_windowLabel(new QLabel(this)), m_dayLabel(new QLabel(this)),
      m_syncLabel(new QLabel(this)), m_eventsLabel(new QLabel(this)),
      m_clockLabel(new QLabel(this)), m_caseWarningsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(AppIcon::icon());
    const DeviceIdentity identity = DeviceIdentity::load(db.connection());
    setWindowTitle(identity.branchName.isEmpty() ? tr("HallDesk")
                                                 : tr("HallDesk - %1").arg(identity.branchName));

    styleNavigation();
    buildWorkspace();
    SettingsPage *settings = addAreas(sync);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showArea);
    m_navigation->setCurrentRow(0);
    buildStatusBar(sync);
    addShortcuts();
    startIdleLock(settings);
    resize(1180, 720);
}

void MainWindow::styleNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: #23395d; color: #e8eef7; border: none; outline: 0; }"
        "QListWidget::item { border: none; margin: 0; padding-left: 20px; }"
        "QListWidget::item:selected { background: #3d6aa8; color: white; }"));
    m_navigation->setFocusPolicy(Qt::NoFocus);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
}

// The navigation beside the area's title and page (and the calling strip below them);
// the lock page lies over the whole workspace.
void MainWindow::buildWorkspace()
{
    m_areaTitle->setObjectName(QStringLiteral("areaTitle"));
    QFont titleFont = m_areaTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_areaTitle->setFont(titleFont);
    m_areaTitle->setContentsMargins(24, 16, 24, 0);

    auto *content = new QVBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    content->addWidget(m_areaTitle);
    content->addWidget(m_areas, 1);
    if (CallingStrip::availableTo(m_session)) {
        m_callingStrip = new CallingStrip(m_db, m_session, m_workspace);
        content->addWidget(m_callingStrip);
    }
    auto *workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(buildNavigationColumn());
    workspaceLayout->addLayout(content, 1);

    m_top->addWidget(m_workspace);
    m_top->addWidget(m_lockPage);
    setCentralWidget(m_top);
}

// The navigation with the sign-out (签退) below it, always in sight.
QWidget *MainWindow::buildNavigationColumn()
{
    auto *column = new QWidget(m_workspace);
    column->setObjectName(QStringLiteral("navigationColumn"));
    column->setAttribute(Qt::WA_StyledBackground);
    column->setStyleSheet(QStringLiteral(
        "#navigationColumn { background: #23395d; }"
        "QPushButton#signOut { background: transparent; color: #e8eef7; border: 1px solid "
        "#6f86ab; border-radius: 4px; padding: 6px 10px; }"
        "QPushButton#signOut:hover { background: #3d6aa8; }"));
    auto *signOut = new QPushButton(tr("Sign out"), column);
    signOut->setObjectName(QStringLiteral("signOut"));
    signOut->setToolTip(tr("Sign out (Ctrl+Q); the hall display and the ticket machine keep "
                           "running"));
    signOut->setFocusPolicy(Qt::NoFocus);
    connect(signOut, &QPushButton::clicked, this, &MainWindow::requestSignOut);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(8);
    layout->addWidget(m_navigation, 1);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(16, 0, 16, 0);
    row->addWidget(signOut);
    layout->addLayout(row);
    return column;
}

// The areas the signed-in role may use; returns the settings page (it sets the idle lock).
SettingsPage *MainWindow::addAreas(SyncMonitor *sync)
{
    Database &db = m_db;
    const Session &session = m_session;
    if (session.can(Permission::ServeCustomers))
        addArea(counterPage(db, session), tr("Counter"));
    auto *overview = new OverviewPage(db, session, m_areas);
    connect(overview, &OverviewPage::areaRequested, this,
            [this](const QString &areaId) { showArea(int(areaIds().indexOf(areaId))); });
    addArea(overview, tr("Overview"));
    // In the order of a visit: the queue, the case, the money; then what is looked up.
    if (QueuePage::availableTo(session))
        addArea(new QueuePage(db, session, m_areas), tr("Queue"));
    if (session.can(Permission::ServeCustomers))
        addArea(new CasePage(db, session, m_areas), tr("Cases"));
    if (session.can(Permission::TakePayment) || session.can(Permission::CloseDay))
        addArea(new CashPage(db, session, m_areas), tr("Cash"));
    if (session.can(Permission::ServeCustomers))
        addArea(new EnquiryPage(db, session, m_areas), tr("Phone enquiries"));
    addArea(new CataloguePage(db, session, m_areas), tr("Service catalogue"));
    if (session.can(Permission::ViewReports))
        addArea(new ReportPage(db, session, m_areas), tr("Reports"));
    auto *settings = new SettingsPage(db, session, m_areas);
    addArea(settings, tr("Settings"));
    if (session.can(Permission::ManageStaff))
        addArea(new StaffPage(db, session, m_areas), tr("Staff"));
    if (sync)
        addArea(new SyncPage(db, session, *sync, m_areas), tr("Headquarters"));
    return settings;
}

// Status bar: who, where, which day, and what headquarters has not seen yet.
void MainWindow::buildStatusBar(SyncMonitor *sync)
{
    m_staffLabel->setObjectName(QStringLiteral("statusStaff"));
    m_windowLabel->setObjectName(QStringLiteral("statusWindow"));
    m_dayLabel->setObjectName(QStringLiteral("statusDay"));
    m_syncLabel->setObjectName(QStringLiteral("statusSync"));
    m_eventsLabel->setObjectName(QStringLiteral("statusEvents"));
    m_clockLabel->setObjectName(QStringLiteral("statusClock"));
    m_staffLabel->setText(
        tr("Staff no. %1 %2 (%3)")
            .arg(m_session.staffNo, m_session.name, Roles::displayName(m_session.role)));
    m_windowLabel->setText(tr("Window %1").arg(m_session.window));
    m_syncLabel->setText(tr("Not connected to headquarters"));
    m_syncLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    statusBar()->addWidget(m_staffLabel);
    statusBar()->addWidget(m_windowLabel);
    statusBar()->addWidget(m_dayLabel);
    m_caseWarningsLabel->setObjectName(QStringLiteral("statusCaseWarnings"));
    statusBar()->addWidget(m_caseWarningsLabel);
    connect(&m_db, &Database::changed, this, &MainWindow::updateCaseWarnings);
    updateCaseWarnings();
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);
    statusBar()->addPermanentWidget(m_clockLabel);
    auto *clock = new QTimer(this);
    clock->setInterval(1000);
    connect(clock, &QTimer::timeout, this, &MainWindow::updateClock);
    clock->start();
    // Counting the log is a query: only after writes, not on every tick.
    connect(&m_db, &Database::changed, this, &MainWindow::updateEventCount);
    updateClock();
    updateEventCount();
    if (sync) {
        connect(sync, &SyncMonitor::stateChanged, this, &MainWindow::showSyncState);
        showSyncState(sync->state());
    }
}

void MainWindow::addShortcuts()
{
    // Ctrl+1…9 open the areas in navigation order.
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (!m_locked && i < m_navigation->count())
                m_navigation->setCurrentRow(i);
        });
    }
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this), &QShortcut::activated, this,
            &MainWindow::lockNow);
    connect(new QShortcut(QKeySequence(Qt::Key_F1), this), &QShortcut::activated, this,
            &MainWindow::showAbout);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this), &QShortcut::activated, this,
            &MainWindow::requestSignOut);
}

// The counter locks itself after the idle time the settings give, and unlocks from the
// lock page.
void MainWindow::startIdleLock(SettingsPage *settings)
{
    connect(m_lockPage, &LockPage::unlocked, this, &MainWindow::unlock);
    connect(m_lockPage, &LockPage::signOutRequested, this, &MainWindow::signOutRequested);
    connect(&m_idle, &IdleWatcher::idle, this, &MainWindow::lockNow);
    connect(settings, &SettingsPage::idleLockMinutesChanged, this,
            [this](int minutes) { setIdleIntervalMs(minutes * 60 * 1000); });
    m_idle.setIntervalMs(SettingsPage::idleLockMinutes(m_db) * 60 * 1000);
    m_idle.setActive(true);
}

CounterPage *MainWindow::counterPage(Database &db, const Session &session)
{
    auto *counter = new CounterPage(db, session, m_areas);
    counter->setCaseDialogs(
        [&db, session](const QString &customerId, QWidget *parent) -> QDialog * {
            return new RegisterCaseDialog(db, session, customerId, parent);
        },
        [&db, session](const QString &caseNo, QWidget *parent) -> QDialog * {
            return new CaseDetailDialog(db, session, caseNo, parent);
        });
    // The customer's history from the other areas: their visits and their payments.
    counter->addCustomerTab(new CustomerTicketsView(db, QString()), tr("Visits"));
    if (session.can(Permission::TakePayment) || session.can(Permission::CloseDay))
        counter->addCustomerTab(new CustomerPaymentsView(db, QString()), tr("Payments"));
    // A called ticket that names its customer opens them at the counter; the customer
    // served before leaves the counter when their ticket ends or another is called.
    if (m_callingStrip) {
        connect(m_callingStrip, &CallingStrip::customerLeft, counter, &CounterPage::clearCustomer);
        connect(m_callingStrip, &CallingStrip::customerCalled, this,
                [this, counter](const QString &customerId) {
                    if (customerId.isEmpty())
                        return;
                    m_navigation->setCurrentRow(m_areas->indexOf(counter));
                    counter->openCustomer(customerId);
                });
    }
    return counter;
}

void MainWindow::addArea(QWidget *page, const QString &name)
{
    m_areas->addWidget(page);
    auto *item = new QListWidgetItem(name, m_navigation);
    item->setSizeHint(QSize(m_navigation->width(), m_navigation->fontMetrics().height() + 24));
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(name).arg(m_navigation->count()));
}

QStringList MainWindow::areaNames() const
{
    QStringList names;
    for (int i = 0; i < m_navigation->count(); ++i)
        names.append(m_navigation->item(i)->text());
    return names;
}

QStringList MainWindow::areaIds() const
{
    QStringList ids;
    for (int i = 0; i < m_areas->count(); ++i)
        ids.append(m_areas->widget(i)->objectName());
    return ids;
}

void MainWindow::showArea(int index)
{
    if (index < 0 || index >= m_areas->count())
        return;
    m_areas->setCurrentIndex(index);
    m_areaTitle->setText(m_navigation->item(index)->text());
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
}

int MainWindow::currentArea() const
{
    return m_areas->currentIndex();
}

void MainWindow::setIdleIntervalMs(int ms)
{
    m_idle.setIntervalMs(ms);
}

void MainWindow::updateClock()
{
    m_dayLabel->setText(tr("Business day %1").arg(Clock::today().toString(Qt::ISODate)));
    m_clockLabel->setText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
}

void MainWindow::showSyncState(const SyncState &state)
{
    QString text;
    QString colour = QStringLiteral("#8a5a00");
    if (!state.enrolled) {
        text = tr("Not connected to headquarters");
    } else if (state.halted) {
        text = tr("Sync stopped: call IT");
        colour = QStringLiteral("#b00020");
    } else if (state.online) {
        text = state.waiting > 0 ? tr("Online, %1 events to send").arg(state.waiting)
                                 : tr("Online, all sent");
        colour = QStringLiteral("#1b6e20");
    } else {
        text = tr("Offline, %1 events waiting").arg(state.waiting);
    }
    if (state.lastSuccess.isValid())
        text += tr(" (last sync %1)")
                    .arg(state.lastSuccess.toLocalTime().toString(QStringLiteral("HH:mm")));
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(state.lastError);
    m_syncLabel->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

void MainWindow::updateEventCount()
{
    const Result<qint64> count = EventLog::count(m_db.connection());
    m_eventsLabel->setText(count ? tr("%1 events in the log").arg(count.value()) : QString());
}

void MainWindow::updateCaseWarnings()
{
    // Electronic supervision: running cases due within the warning window and those overdue.
    const Result<CaseDeadline::Counts> counts = CaseDeadline::count(
        m_db.connection(), BusinessDay::today(), HolidayCalendar::load(m_db.connection()));
    if (!counts || (counts->dueSoon == 0 && counts->overdue == 0)) {
        m_caseWarningsLabel->setText(counts ? tr("No case due soon") : QString());
        m_caseWarningsLabel->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        return;
    }
    m_caseWarningsLabel->setText(
        tr("Cases due soon: %1 · overdue: %2").arg(counts->dueSoon).arg(counts->overdue));
    m_caseWarningsLabel->setStyleSheet(counts->overdue > 0 ? QStringLiteral("color: #b00020;")
                                                           : QStringLiteral("color: #8a5a00;"));
}

void MainWindow::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle.setActive(false);
    // Open dialogs would stay on top of the lock page: hide them and keep what they hold.
    m_hiddenByLock.clear();
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible()) {
            m_hiddenByLock.append(dialog);
            dialog->hide();
        }
    }
    m_top->setCurrentWidget(m_lockPage);
    m_lockPage->prepare();
}

void MainWindow::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_top->setCurrentWidget(m_workspace);
    for (const QPointer<QWidget> &dialog : std::as_const(m_hiddenByLock)) {
        if (dialog)
            dialog->show();
    }
    m_hiddenByLock.clear();
    m_idle.setActive(true);
}

QStringList MainWindow::signOutWarnings() const
{
    QStringList warnings;
    if (!m_session.window.isEmpty()) {
        const Result<Ticket> serving = TicketService(m_db).current(m_session.window);
        if (serving)
            warnings << tr("Ticket %1 is still being served at window %2: end the service (F9) "
                           "or transfer it first.")
                            .arg(serving->ticketNo, m_session.window);
    }
    if (!m_session.staffNo.isEmpty()) {
        if (const std::optional<Shift> shift = ShiftService(m_db).current(m_session.staffNo))
            warnings << tr("Your shift at window %1 is still open: close it in Cash (count the "
                           "drawer) before you leave for the day.")
                            .arg(shift->window);
    }
    return warnings;
}

void MainWindow::requestSignOut()
{
    if (m_locked)
        return;
    const QStringList warnings = signOutWarnings();
    if (warnings.isEmpty()) {
        emit signOutRequested();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign out"),
                                tr("Before you sign out:") + QStringLiteral("\n\n") +
                                    warnings.join(QStringLiteral("\n\n")),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("signOutWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *leave = box->addButton(tr("Sign out anyway"), QMessageBox::AcceptRole);
    leave->setObjectName(QStringLiteral("signOutAnyway"));
    QPushButton *stay = box->addButton(tr("Stay signed in"), QMessageBox::RejectRole);
    box->setDefaultButton(stay);
    connect(leave, &QPushButton::clicked, this, &MainWindow::signOutRequested);
    box->open();
}

void MainWindow::showAbout()
{
    if (m_locked)
        return;
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About HallDesk"));
    box->setIconPixmap(AppIcon::icon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>HallDesk %1</h3><p>Counter terminal for walk-in service halls. It "
                    "works offline and forwards its records to headquarters.</p>"
                    "<p>Qt %2<br>Data folder: %3</p>")
                     .arg(QStringLiteral(HALLDESK_VERSION), QString::fromLatin1(qVersion()),
                          QDir::toNativeSeparators(m_dataDir).toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    emit closeRequested();
}
