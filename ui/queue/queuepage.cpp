// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/queuepage.h"

#include "core/queue/queuesetup.h"
#include "core/queue/ticketservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "models/ticketlistmodel.h"
#include "ui/printing/ticketprint.h"
#include "ui/queue/callbackpage.h"
#include "ui/queue/customerscreens.h"
#include "ui/queue/halldisplaywindow.h"
#include "ui/queue/kioskwindow.h"
#include "ui/queue/queuefigurespanel.h"
#include "ui/shell/headerfit.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

bool QueuePage::availableTo(const Session &session)
{
    return session.can(Permission::ServeCustomers) || session.can(Permission::ViewReports);
}

QueuePage::QueuePage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_message(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_waiting(new TicketListModel(db, this)),
      m_waitingView(new QTableView(this)), m_callbacks(new CallbackPage(db, session, this))
{
    setObjectName(QStringLiteral("queuePage"));
    const bool serves = session.can(Permission::ServeCustomers) && !session.staffNo.isEmpty();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    if (serves)
        layout->addWidget(buildIssueBox());
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addLayout(buildScreenButtons(serves));
    buildTabs();
    layout->addWidget(m_tabs, 1);

    auto *tick = new QTimer(this);
    tick->setInterval(30000);
    connect(tick, &QTimer::timeout, m_waiting, &TicketListModel::refreshTimes);
    tick->start();
}

// A ticket issued at the counter (for a customer who came to the window directly).
QGroupBox *QueuePage::buildIssueBox()
{
    auto *issueBox = new QGroupBox(tr("Issue a ticket at the counter"), this);
    m_category = new QComboBox(issueBox);
    m_category->setObjectName(QStringLiteral("issueCategory"));
    m_priority = new QComboBox(issueBox);
    m_priority->setObjectName(QStringLiteral("issuePriority"));
    for (const QString &p : TicketText::priorities())
        m_priority->addItem(TicketText::priorityName(p), p);
    m_link = new QLineEdit(issueBox);
    m_link->setObjectName(QStringLiteral("issueLink"));
    m_link->setPlaceholderText(tr("ID number or mobile (optional)"));
    m_link->setMaxLength(20);
    auto *issueButton = new QPushButton(tr("Issue ticket"), issueBox);
    issueButton->setObjectName(QStringLiteral("issueButton"));
    m_print = new QPushButton(tr("Print ticket..."), issueBox);
    m_print->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Category:"), issueBox));
    row->addWidget(m_category, 2);
    row->addWidget(new QLabel(tr("Kind:"), issueBox));
    row->addWidget(m_priority, 1);
    row->addWidget(m_link, 2);
    row->addWidget(issueButton);
    row->addWidget(m_print);
    auto *issueLayout = new QVBoxLayout(issueBox);
    issueLayout->addLayout(row);
    issueLayout->addWidget(m_message);
    connect(issueButton, &QPushButton::clicked, this, &QueuePage::issue);
    connect(m_link, &QLineEdit::returnPressed, this, &QueuePage::issue);
    connect(m_print, &QPushButton::clicked, this, &QueuePage::printLast);
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("queue_category")) ||
            tables.contains(QStringLiteral("service_window")))
            fillCategories();
    });
    fillCategories();
    return issueBox;
}

// The screens of the hall.
QHBoxLayout *QueuePage::buildScreenButtons(bool serves)
{
    auto *screens = new QHBoxLayout;
    if (serves) {
        auto *kiosk = new QPushButton(tr("Open the ticket machine"), this);
        kiosk->setObjectName(QStringLiteral("openKiosk"));
        connect(kiosk, &QPushButton::clicked, this, [this] { openKiosk(); });
        screens->addWidget(kiosk);
    }
    auto *hall = new QPushButton(tr("Open the hall display"), this);
    hall->setObjectName(QStringLiteral("openHallDisplay"));
    connect(hall, &QPushButton::clicked, this, [this] { openHallDisplay()->showOnScreen(); });
    screens->addWidget(hall);
    auto *screensNote =
        new QLabel(tr("Each opens in its own window; F11 switches it to full screen."), this);
    screensNote->setStyleSheet(QStringLiteral("color: #555;"));
    screens->addWidget(screensNote);
    screens->addStretch();
    return screens;
}

// The day's waiting tickets (green channel first), the callbacks, and the live figures for
// those who may see reports.
void QueuePage::buildTabs()
{
    m_waitingView->setObjectName(QStringLiteral("waitingView"));
    m_waitingView->setModel(m_waiting);
    m_waitingView->verticalHeader()->hide();
    m_waitingView->horizontalHeader()->setStretchLastSection(true);
    m_waitingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waitingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c : {int(TicketListModel::StaffColumn), int(TicketListModel::ScoreColumn)})
        m_waitingView->hideColumn(c);
    m_waitingView->setColumnWidth(TicketListModel::CategoryColumn, 120);
    m_waitingView->setColumnWidth(TicketListModel::StatusColumn, 130);
    HeaderFit::toTitles(m_waitingView->horizontalHeader());
    m_tabs->addTab(m_waitingView, tr("Waiting"));
    m_tabs->addTab(m_callbacks, tr("Callbacks"));
    if (m_session.can(Permission::ViewReports)) {
        m_figures = new QueueFiguresPanel(m_db, this);
        m_tabs->addTab(m_figures, tr("Live figures"));
    }
}

void QueuePage::fillCategories()
{
    const QString current = m_category->currentData().toString();
    m_category->clear();
    const QList<QueueCategory> categories = QueueSetup::servedCategories(m_db.connection());
    for (const QueueCategory &c : categories)
        m_category->addItem(c.code + QLatin1Char(' ') + c.name, c.code);
    const int i = m_category->findData(current);
    if (i >= 0)
        m_category->setCurrentIndex(i);
}

QString QueuePage::issueAtCounter(const QString &category, const QString &priority,
                                  const QString &customerLink)
{
    TicketRequest request;
    request.category = category;
    request.priority = priority;
    request.customerLink = customerLink;
    request.channel = QStringLiteral("counter");
    const Result<Ticket> t = TicketService(m_db).issue(m_session, request);
    if (!t) {
        m_message->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        m_message->setText(t.error().message());
        m_message->setVisible(true);
        return QString();
    }
    m_last = t.value();
    if (m_print)
        m_print->setEnabled(true);
    if (m_link)
        m_link->clear();
    m_message->setStyleSheet(QStringLiteral("color: #1d7a35;"));
    m_message->setText(
        tr("Ticket %1 issued; %n waiting before it.", nullptr, t->peopleAhead).arg(t->ticketNo));
    m_message->setVisible(true);
    return t->ticketNo;
}

void QueuePage::issue()
{
    issueAtCounter(m_category->currentData().toString(), m_priority->currentData().toString(),
                   m_link->text());
}

void QueuePage::printLast()
{
    if (m_last.ticketNo.isEmpty())
        return;
    const Result<QueueCategory> c = QueueSetup::category(m_db.connection(), m_last.category);
    const DeviceIdentity identity = DeviceIdentity::load(m_db.connection());
    TicketPrint::document(m_last, c ? c->name : m_last.category, identity.branchName).preview(this);
}

QString QueuePage::message() const
{
    return m_message->text();
}

namespace {

// The customer-facing windows belong to the hall, not to the clerk who opened them: they
// have no parent, so signing out (which closes the main window) leaves them running. They
// close with the database they show.
struct HallScreens
{
    Database *db = nullptr;
    QPointer<KioskWindow> kiosk;
    QPointer<HallDisplayWindow> hallDisplay;
};

HallScreens &hallScreens(Database &db)
{
    static HallScreens screens;
    if (screens.db != &db) {
        delete screens.kiosk;
        delete screens.hallDisplay;
        screens.db = &db;
    }
    return screens;
}

template <typename Window> Window *closingWithDatabase(Database &db, Window *window)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(&db, &QObject::destroyed, [w = QPointer<Window>(window)] { delete w; });
    return window;
}

} // namespace

KioskWindow *QueuePage::openKiosk()
{
    HallScreens &screens = hallScreens(m_db);
    if (!screens.kiosk)
        screens.kiosk = closingWithDatabase(m_db, new KioskWindow(m_db, m_session));
    CustomerScreens::show(screens.kiosk, CustomerScreens::Kind::Kiosk);
    return screens.kiosk;
}

HallDisplayWindow *QueuePage::openHallDisplay()
{
    HallScreens &screens = hallScreens(m_db);
    if (!screens.hallDisplay)
        screens.hallDisplay = closingWithDatabase(m_db, new HallDisplayWindow(m_db));
    return screens.hallDisplay;
}
