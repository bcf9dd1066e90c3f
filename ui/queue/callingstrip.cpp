// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/callingstrip.h"

#include "core/common/clock.h"
#include "core/queue/queuesetup.h"
#include "core/queue/ticketservice.h"
#include "core/storage/database.h"
#include "models/categoryloadmodel.h"
#include "ui/queue/ratingpadwindow.h"
#include "ui/queue/transferdialog.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QFont sized(const QWidget *w, double factor, bool bold = false)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QString keyName(int key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

} // namespace

bool CallingStrip::availableTo(const Session &session)
{
    return session.can(Permission::ServeCustomers) && !session.staffNo.isEmpty();
}

CallingStrip::CallingStrip(Database &db, const Session &session, QWidget *parent)
    : QFrame(parent), m_db(db), m_session(session), m_window(session.window),
      m_windowLabel(new QLabel(this)), m_ticketLabel(new QLabel(this)),
      m_infoLabel(new QLabel(this)), m_waitingLabel(new QLabel(this)),
      m_messageLabel(new QLabel(this)), m_resumeButton(new QToolButton(this)),
      m_resumeMenu(new QMenu(this)), m_moreButton(new QToolButton(this)),
      m_takeOverMenu(new QMenu(tr("Take over window"), this))
{
    setObjectName(QStringLiteral("callingStrip"));
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        QStringLiteral("CallingStrip { background: #e8eef7; border-top: 1px solid #c9d3e0; }"
                       "QLabel#stripTicket { color: #1f4e8c; }"
                       "QPushButton, QToolButton { padding: 4px 8px; }"));

    styleLabels();
    auto *who = new QVBoxLayout;
    who->setSpacing(0);
    who->addWidget(m_windowLabel);
    who->addWidget(m_waitingLabel);
    auto *ticket = new QVBoxLayout;
    ticket->setSpacing(0);
    ticket->addWidget(m_ticketLabel);
    ticket->addWidget(m_infoLabel);

    auto *right = new QVBoxLayout;
    right->setSpacing(2);
    right->addLayout(buildButtons());
    right->addWidget(m_messageLabel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 6);
    layout->setSpacing(18);
    layout->addLayout(who);
    layout->addLayout(ticket);
    layout->addLayout(right, 1);

    connectSignals();
    refresh();
}

void CallingStrip::styleLabels()
{
    m_windowLabel->setObjectName(QStringLiteral("stripWindow"));
    m_windowLabel->setFont(sized(this, 1.0, true));
    m_ticketLabel->setObjectName(QStringLiteral("stripTicket"));
    m_ticketLabel->setFont(sized(this, 1.9, true));
    m_ticketLabel->setMinimumWidth(96);
    m_infoLabel->setObjectName(QStringLiteral("stripInfo"));
    m_infoLabel->setMinimumWidth(
        QFontMetrics(m_infoLabel->font()).horizontalAdvance(QLatin1Char('M')) * 13);
    m_waitingLabel->setObjectName(QStringLiteral("stripWaiting"));
    m_waitingLabel->setFont(sized(this, 1.0, true));
    m_messageLabel->setObjectName(QStringLiteral("stripMessage"));
    m_messageLabel->setWordWrap(false);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

// The actions in the order of a service, each with its function key, then the menus.
QHBoxLayout *CallingStrip::buildButtons()
{
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    const auto add = [&](QPushButton *b) { buttons->addWidget(b); };
    add(m_callButton = addAction(tr("Call next"), Qt::Key_F2, &CallingStrip::callNext));
    m_callButton->setObjectName(QStringLiteral("callNextButton"));
    m_callButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1f4e8c; color: white; font-weight: bold; border-radius: 4px;"
        " padding: 5px 14px; } QPushButton:disabled { background: #9aa9bd; }"));
    add(m_recallButton = addAction(tr("Recall"), Qt::Key_F3, &CallingStrip::recall));
    add(m_noShowButton = addAction(tr("Did not come"), Qt::Key_F4, &CallingStrip::noShow));
    add(m_transferButton = addAction(tr("Transfer..."), Qt::Key_F6, &CallingStrip::transfer));
    add(m_parkButton = addAction(tr("Park"), Qt::Key_F7, &CallingStrip::park));
    m_resumeButton->setText(tr("Resume %1").arg(keyName(Qt::Key_F8)));
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_resumeButton->setPopupMode(QToolButton::InstantPopup);
    m_resumeButton->setMenu(m_resumeMenu);
    connect(m_resumeMenu, &QMenu::aboutToShow, this, &CallingStrip::fillResumeMenu);
    auto *resumeKey = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(resumeKey, &QShortcut::activated, m_resumeButton, &QToolButton::showMenu);
    buttons->addWidget(m_resumeButton);
    add(m_finishButton = addAction(tr("End service"), Qt::Key_F9, &CallingStrip::finish));
    m_finishButton->setObjectName(QStringLiteral("finishButton"));

    QMenu *more = buildMoreMenu();
    m_moreButton->setText(tr("More"));
    m_moreButton->setObjectName(QStringLiteral("moreButton"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setMenu(more);
    buttons->addWidget(m_moreButton);
    buttons->addStretch();
    return buttons;
}

// Taking over another window, and the rating pad when it was closed.
QMenu *CallingStrip::buildMoreMenu()
{
    auto *more = new QMenu(this);
    more->addMenu(m_takeOverMenu);
    connect(m_takeOverMenu, &QMenu::aboutToShow, this, &CallingStrip::fillTakeOverMenu);
    QAction *pad = more->addAction(tr("Show the rating pad"));
    connect(pad, &QAction::triggered, this, [this] {
        RatingPadWindow *p = ratingPad();
        p->show();
        p->raise();
    });
    return more;
}

void CallingStrip::connectSignals()
{
    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ticket")) ||
            tables.contains(QStringLiteral("window_post")) ||
            tables.contains(QStringLiteral("service_window")))
            refresh();
    });
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &CallingStrip::updateElapsed);
    tick->start();
}

QPushButton *CallingStrip::addAction(const QString &text, int key, void (CallingStrip::*slot)())
{
    auto *button = new QPushButton(QStringLiteral("%1 %2").arg(text, keyName(key)), this);
    button->setFocusPolicy(Qt::NoFocus);
    connect(button, &QPushButton::clicked, this, slot);
    // The keys work wherever the clerk is in the main window, while the strip is shown.
    auto *shortcut = new QShortcut(QKeySequence(key), this);
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->click();
    });
    return button;
}

void CallingStrip::refresh()
{
    TicketService tickets(m_db);
    m_windowLabel->setText(m_window.isEmpty() ? tr("No window") : tr("Window %1").arg(m_window));
    const Result<QueueWindow> w = QueueSetup::window(m_db.connection(), m_window);
    m_handler = w ? w->handler : QString();
    const Result<Ticket> current = tickets.current(m_window);
    m_current = current ? current.value() : Ticket();
    m_parked = tickets.parked(m_window);
    const int waiting = w ? tickets.waitingCount(m_window) : 0;
    m_waitingLabel->setText(tr("%n waiting", nullptr, waiting));

    const bool mine = m_handler.isEmpty() || m_handler == m_session.staffNo;
    const bool serving = !m_current.ticketNo.isEmpty();
    m_callButton->setEnabled(w.ok() && mine && !serving);
    for (QPushButton *b :
         {m_recallButton, m_noShowButton, m_transferButton, m_parkButton, m_finishButton})
        b->setEnabled(mine && serving);
    m_resumeButton->setEnabled(mine && !serving && !m_parked.isEmpty());
    m_resumeButton->setText(
        m_parked.isEmpty() ? tr("Resume %1").arg(keyName(Qt::Key_F8))
                           : tr("Resume (%1) %2").arg(m_parked.size()).arg(keyName(Qt::Key_F8)));
    if (!w) {
        showInfo(m_window.isEmpty() ? tr("Sign in at a window, or take one over from \"More\".")
                                    : w.error().message());
    } else if (!mine) {
        showInfo(tr("Staff no. %1 works window %2 today. Take it over from \"More\" if you "
                    "are covering.")
                     .arg(m_handler, m_window));
    }
    m_ticketLabel->setText(serving ? m_current.ticketNo : QStringLiteral("—"));
    updateElapsed();
}

void CallingStrip::updateElapsed()
{
    if (m_current.ticketNo.isEmpty()) {
        m_infoLabel->setText(m_parked.isEmpty() ? tr("Nobody at the window")
                                                : tr("%n parked", nullptr, int(m_parked.size())));
        return;
    }
    QString info = QueueSetup::describe(m_db.connection(), {m_current.category});
    if (m_current.green)
        info += QStringLiteral(" · ") + TicketText::priorityName(m_current.priority);
    if (m_current.serviceStartedAt.isValid()) {
        const qint64 s = m_current.serviceMs / 1000 +
                         std::max<qint64>(0, m_current.serviceStartedAt.secsTo(Clock::nowUtc()));
        info += QStringLiteral(" · %1:%2")
                    .arg(s / 60, 2, 10, QLatin1Char('0'))
                    .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    m_infoLabel->setText(info);
}

QString CallingStrip::message() const
{
    return m_messageLabel->text();
}

void CallingStrip::showError(const Error &error)
{
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_messageLabel->setText(error.message());
}

void CallingStrip::showInfo(const QString &text)
{
    m_messageLabel->setStyleSheet(QStringLiteral("color: #333;"));
    m_messageLabel->setText(text);
}

void CallingStrip::called(const Ticket &ticket, const QString &note)
{
    refresh();
    showInfo(note);
    emit customerLeft(); // whoever was served before
    if (!ticket.customerId.isEmpty())
        emit customerCalled(ticket.customerId);
}

void CallingStrip::callNext()
{
    const Result<Ticket> t = TicketService(m_db).callNext(m_session, m_window);
    if (!t) {
        showError(t.error());
        return;
    }
    called(t.value(), tr("Called %1 to window %2.").arg(t->ticketNo, m_window));
}

void CallingStrip::recall()
{
    const Result<Ticket> t = TicketService(m_db).recall(m_session, m_window);
    if (!t) {
        showError(t.error());
        return;
    }
    refresh();
    showInfo(tr("Called %1 again (%n calls).", nullptr, t->callCount).arg(t->ticketNo));
}

// Asks first (the key is next to F3, recall): No is the default, so a stray Enter or
// Escape leaves the ticket at the window.
bool CallingStrip::confirmNoShow()
{
    QMessageBox box(QMessageBox::Question, tr("Did not come"),
                    tr("Close ticket %1 as \"did not come\"?").arg(m_current.ticketNo),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("noShowConfirmation"));
    box.setInformativeText(tr("The ticket leaves the queue: if the customer comes after all, "
                              "they take a new one."));
    box.button(QMessageBox::Yes)->setText(tr("Close the ticket"));
    box.button(QMessageBox::No)->setText(tr("Keep it at the window"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void CallingStrip::noShow()
{
    // Without a ticket at the window the service says so; there is nothing to confirm.
    if (!m_current.ticketNo.isEmpty() && !confirmNoShow())
        return;
    const Result<Ticket> t = TicketService(m_db).noShow(m_session, m_window);
    if (!t) {
        showError(t.error());
        return;
    }
    refresh();
    emit customerLeft();
    showInfo(
        tr("%1 did not come. Call the next one with %2.").arg(t->ticketNo, keyName(Qt::Key_F2)));
}

void CallingStrip::transfer()
{
    if (m_current.ticketNo.isEmpty())
        return;
    auto *dialog = new TransferDialog(m_db, m_window, m_current.ticketNo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TransferTarget target = dialog->target();
        const Result<Ticket> t = TicketService(m_db).transfer(m_session, m_window, target);
        if (!t) {
            showError(t.error());
            return;
        }
        refresh();
        emit customerLeft();
        showInfo(
            target.window.isEmpty()
                ? tr("%1 now waits for %2.")
                      .arg(t->ticketNo, QueueSetup::describe(m_db.connection(), {target.category}))
                : tr("%1 now waits for window %2.").arg(t->ticketNo, target.window));
    });
    dialog->open();
}

void CallingStrip::park()
{
    const Result<Ticket> t = TicketService(m_db).park(m_session, m_window);
    if (!t) {
        showError(t.error());
        return;
    }
    refresh();
    showInfo(tr("%1 is parked. Resume it when the customer is back.").arg(t->ticketNo));
}

void CallingStrip::resume(const QString &ticketNo)
{
    const Result<Ticket> t = TicketService(m_db).resume(m_session, m_window, ticketNo);
    if (!t) {
        showError(t.error());
        return;
    }
    called(t.value(), tr("%1 is back at the window.").arg(t->ticketNo));
}

void CallingStrip::finish()
{
    const Result<Ticket> t = TicketService(m_db).finish(m_session, m_window);
    if (!t) {
        showError(t.error());
        return;
    }
    refresh();
    showInfo(t->caseNos.isEmpty() ? tr("Service of %1 ended.").arg(t->ticketNo)
                                  : tr("Service of %1 ended (cases %2).")
                                        .arg(t->ticketNo, t->caseNos.join(QStringLiteral(", "))));
    if (m_askForRating)
        ratingPad()->askForTicket(t->ticketNo);
    emit serviceEnded(t.value());
    emit customerLeft();
}

void CallingStrip::takeOver(const QString &window)
{
    const Result<QueueWindow> w = TicketService(m_db).takeOver(m_session, window);
    if (!w) {
        showError(w.error());
        return;
    }
    m_window = window;
    if (m_pad)
        m_pad->setWindow(window);
    refresh();
    showInfo(tr("You now work window %1.").arg(window));
}

void CallingStrip::fillResumeMenu()
{
    m_resumeMenu->clear();
    for (const Ticket &t : std::as_const(m_parked)) {
        QAction *a = m_resumeMenu->addAction(
            tr("%1 (called at %2)")
                .arg(t.ticketNo, t.calledAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        const QString no = t.ticketNo;
        connect(a, &QAction::triggered, this, [this, no] { resume(no); });
    }
}

void CallingStrip::fillTakeOverMenu()
{
    m_takeOverMenu->clear();
    const QList<QueueWindow> windows = QueueSetup::windows(m_db.connection());
    for (const QueueWindow &w : windows) {
        const bool post = w.staffA == m_session.staffNo || w.staffB == m_session.staffNo ||
                          m_session.role == Role::Supervisor ||
                          (w.staffA.isEmpty() && w.staffB.isEmpty());
        if (!post || w.handler == m_session.staffNo)
            continue;
        const QString who = w.handler.isEmpty() ? tr("free") : tr("staff no. %1").arg(w.handler);
        QAction *a = m_takeOverMenu->addAction(tr("%1 %2 (%3)").arg(w.code, w.name, who));
        const QString code = w.code;
        connect(a, &QAction::triggered, this, [this, code] { takeOver(code); });
    }
    if (m_takeOverMenu->isEmpty())
        m_takeOverMenu->addAction(tr("No other window of yours"))->setEnabled(false);
}

RatingPadWindow *CallingStrip::ratingPad()
{
    if (!m_pad) {
        m_pad = new RatingPadWindow(m_db, m_session, this);
        m_pad->setWindow(m_window); // it places itself on its screen (CustomerScreens)
    }
    return m_pad;
}
