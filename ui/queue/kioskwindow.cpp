// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/kioskwindow.h"

#include "core/common/clock.h"
#include "core/queue/queuesetup.h"
#include "core/queue/ticketservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "models/categoryloadmodel.h"
#include "ui/printing/ticketprint.h"
#include "ui/queue/customerscreens.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QFont sized(const QWidget *w, double points, bool bold = false)
{
    QFont f = w->font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

const char *const kStyle =
    "KioskWindow { background: #eef3f9; }"
    "#kioskHeader { background: #1f4e8c; }"
    "#kioskHeader QLabel { color: white; }"
    "QPushButton#categoryButton { background: white; color: #1f4e8c; border: 3px solid #1f4e8c;"
    " border-radius: 14px; padding: 12px; text-align: center; }"
    "QPushButton#categoryButton:pressed { background: #d6e4f5; }"
    "QPushButton#priorityButton { background: white; color: #333; border: 2px solid #9aa9bd;"
    " border-radius: 10px; padding: 10px 16px; }"
    "QPushButton#priorityButton:checked { background: #1b7a34; color: white;"
    " border-color: #1b7a34; }"
    "QPushButton#keyButton { background: white; border: 1px solid #9aa9bd; border-radius: 8px; }"
    "QPushButton#keyButton:pressed { background: #d6e4f5; }"
    "QLineEdit#linkEdit { background: white; border: 2px solid #9aa9bd; border-radius: 8px;"
    " padding: 6px 10px; }"
    "#ticketPage { background: white; }"
    "QPushButton#doneButton { background: #1f4e8c; color: white; border-radius: 12px;"
    " padding: 14px 40px; }";

} // namespace

KioskWindow::KioskWindow(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_printer(&TicketPrint::printOnDefault),
      m_load(new CategoryLoadModel(db, this)), m_pages(new QStackedWidget(this)),
      m_title(new QLabel(this)), m_clock(new QLabel(this)), m_categoryGrid(new QGridLayout),
      m_priorities(new QButtonGroup(this)), m_link(new QLineEdit(this)), m_error(new QLabel(this)),
      m_number(new QLabel(this)), m_category(new QLabel(this)), m_ahead(new QLabel(this)),
      m_printNote(new QLabel(this)), m_back(new QTimer(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("Ticket machine"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QLatin1String(kStyle));

    QWidget *header = buildHeader();
    m_pages->addWidget(buildChoosePage());
    m_pages->addWidget(buildTicketPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(CustomerScreens::scrolling(m_pages), 1);

    startTimers();
    connect(m_load, &QAbstractItemModel::modelReset, this, &KioskWindow::rebuildCategories);
    connect(m_load, &QAbstractItemModel::dataChanged, this, &KioskWindow::updateCounts);
    rebuildCategories();
    resize(1280, 860);
}

// The hall's name and the time.
QWidget *KioskWindow::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("kioskHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    const DeviceIdentity identity = DeviceIdentity::load(m_db.connection());
    auto *branch = new QLabel(identity.branchName, header);
    branch->setFont(sized(this, 22, true));
    m_clock->setFont(sized(this, 18));
    m_clock->setParent(header);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(28, 14, 28, 14);
    headerLayout->addWidget(branch);
    headerLayout->addStretch();
    headerLayout->addWidget(m_clock);
    return header;
}

// Kind of ticket, optional link to the customer, categories.
QWidget *KioskWindow::buildChoosePage()
{
    auto *choose = new QWidget(m_pages);
    m_title->setText(tr("Please touch the business you came for"));
    m_title->setFont(sized(this, 24, true));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setStyleSheet(QStringLiteral("color: #1f4e8c;"));

    auto *kindLabel = new QLabel(tr("Green channel for the elderly, people with disabilities "
                                    "and VIP customers:"),
                                 choose);
    kindLabel->setFont(sized(this, 15));
    kindLabel->setWordWrap(true);
    QHBoxLayout *kinds = buildPriorityButtons(choose);

    auto *linkLabel = new QLabel(tr("ID number or mobile (optional), so that the clerk has "
                                    "your records ready:"),
                                 choose);
    linkLabel->setFont(sized(this, 15));
    linkLabel->setWordWrap(true);
    m_link->setObjectName(QStringLiteral("linkEdit"));
    m_link->setFont(sized(this, 22));
    m_link->setMaxLength(18);
    m_link->setMinimumHeight(64);
    m_link->setPlaceholderText(tr("Touch the keys below"));
    QGridLayout *keys = buildKeypad(choose);

    m_error->setObjectName(QStringLiteral("kioskError"));
    m_error->setFont(sized(this, 16, true));
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);

    m_categoryGrid->setSpacing(18);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(40, 20, 40, 24);
    chooseLayout->setSpacing(14);
    chooseLayout->addWidget(m_title);
    chooseLayout->addLayout(m_categoryGrid, 1);
    chooseLayout->addWidget(m_error);
    chooseLayout->addWidget(kindLabel);
    chooseLayout->addLayout(kinds);
    chooseLayout->addWidget(linkLabel);
    auto *linkRow = new QHBoxLayout;
    linkRow->setSpacing(16);
    linkRow->addWidget(m_link, 2);
    linkRow->addLayout(keys, 3);
    chooseLayout->addLayout(linkRow);
    return choose;
}

// One toggle per kind of ticket; normal is chosen until the customer says otherwise.
QHBoxLayout *KioskWindow::buildPriorityButtons(QWidget *choose)
{
    auto *kinds = new QHBoxLayout;
    kinds->setSpacing(14);
    for (const QString &p : TicketText::priorities()) {
        auto *button = new QPushButton(TicketText::priorityName(p), choose);
        button->setObjectName(QStringLiteral("priorityButton"));
        button->setProperty("priority", p);
        button->setCheckable(true);
        button->setFont(sized(this, 17, true));
        button->setMinimumSize(150, 64);
        button->setFocusPolicy(Qt::NoFocus);
        m_priorities->addButton(button);
        kinds->addWidget(button);
        if (p == QLatin1String("normal"))
            button->setChecked(true);
    }
    kinds->addStretch();
    return kinds;
}

// The on-screen keys for the ID number or mobile: a touch screen has no keyboard.
QGridLayout *KioskWindow::buildKeypad(QWidget *choose)
{
    auto *keys = new QGridLayout;
    keys->setSpacing(8);
    const QStringList keyTexts{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                               QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                               QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                               QStringLiteral("X"), QStringLiteral("0"), QStringLiteral("⌫")};
    for (int i = 0; i < keyTexts.size(); ++i) {
        auto *key = new QPushButton(keyTexts.at(i), choose);
        key->setObjectName(QStringLiteral("keyButton"));
        key->setFont(sized(this, 22, true));
        key->setMinimumSize(88, 60);
        key->setFocusPolicy(Qt::NoFocus);
        const QString text = keyTexts.at(i);
        connect(key, &QPushButton::clicked, this, [this, text] { typeKey(text); });
        keys->addWidget(key, i / 6, i % 6);
    }
    auto *clear = new QPushButton(tr("Clear"), choose);
    clear->setObjectName(QStringLiteral("keyButton"));
    clear->setFont(sized(this, 17, true));
    clear->setMinimumSize(120, 60);
    clear->setFocusPolicy(Qt::NoFocus);
    connect(clear, &QPushButton::clicked, m_link, &QLineEdit::clear);
    keys->addWidget(clear, 0, 6, 2, 1);
    return keys;
}

// The issued number, big, with the category, the people ahead and the print note.
QWidget *KioskWindow::buildTicketPage()
{
    auto *ticketPage = new QWidget(m_pages);
    ticketPage->setObjectName(QStringLiteral("ticketPage"));
    ticketPage->setAttribute(Qt::WA_StyledBackground);
    auto *yours = new QLabel(tr("Your number"), ticketPage);
    yours->setFont(sized(this, 26));
    yours->setAlignment(Qt::AlignCenter);
    m_number->setObjectName(QStringLiteral("ticketNumber"));
    m_number->setFont(sized(this, 110, true));
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setStyleSheet(QStringLiteral("color: #1f4e8c;"));
    for (QLabel *label : {m_category, m_ahead}) {
        label->setFont(sized(this, 26));
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_ahead->setObjectName(QStringLiteral("peopleAhead"));
    m_printNote->setFont(sized(this, 17));
    m_printNote->setAlignment(Qt::AlignCenter);
    m_printNote->setWordWrap(true);
    auto *done = new QPushButton(tr("Done"), ticketPage);
    done->setObjectName(QStringLiteral("doneButton"));
    done->setFont(sized(this, 22, true));
    connect(done, &QPushButton::clicked, this, &KioskWindow::backToStart);
    auto *ticketLayout = new QVBoxLayout(ticketPage);
    ticketLayout->setContentsMargins(40, 40, 40, 40);
    ticketLayout->addStretch();
    ticketLayout->addWidget(yours);
    ticketLayout->addWidget(m_number);
    ticketLayout->addWidget(m_category);
    ticketLayout->addWidget(m_ahead);
    ticketLayout->addSpacing(20);
    ticketLayout->addWidget(m_printNote);
    ticketLayout->addStretch();
    ticketLayout->addWidget(done, 0, Qt::AlignCenter);
    return ticketPage;
}

// The ticket page goes back to the start after a while; the header clock ticks.
void KioskWindow::startTimers()
{
    m_back->setSingleShot(true);
    m_back->setInterval(ShowTicketMs);
    connect(m_back, &QTimer::timeout, this, &KioskWindow::backToStart);
    auto *clock = new QTimer(this);
    clock->setInterval(1000);
    connect(clock, &QTimer::timeout, this, &KioskWindow::updateClock);
    clock->start();
    updateClock();
}

void KioskWindow::updateClock()
{
    m_clock->setText(Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd  HH:mm")));
}

void KioskWindow::rebuildCategories()
{
    qDeleteAll(m_categoryButtons);
    m_categoryButtons.clear();
    const int count = m_load->rowCount();
    const int columns = count <= 4 ? 2 : 3;
    for (int row = 0; row < count; ++row) {
        const CategoryLoad load = m_load->load(row);
        auto *button = new QPushButton(m_pages->widget(0));
        button->setObjectName(QStringLiteral("categoryButton"));
        button->setProperty("category", load.code);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(120);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setFont(sized(this, 26, true));
        const QString name = load.name;
        const QString code = load.code;
        connect(button, &QPushButton::clicked, this, [this, code, name] { issue(code, name); });
        m_categoryGrid->addWidget(button, row / columns, row % columns);
        m_categoryButtons.append(button);
    }
    if (count == 0) {
        showError(tr("No window is open for tickets at the moment. Please ask at the "
                     "information desk."));
    }
    updateCounts();
}

void KioskWindow::updateCounts()
{
    for (QPushButton *button : std::as_const(m_categoryButtons)) {
        const QString code = button->property("category").toString();
        for (int row = 0; row < m_load->rowCount(); ++row) {
            const CategoryLoad load = m_load->load(row);
            if (load.code != code)
                continue;
            button->setText(
                tr("%1  %2\n%n waiting", nullptr, load.waiting).arg(load.code, load.name));
        }
    }
}

QString KioskWindow::priority() const
{
    QAbstractButton *checked = m_priorities->checkedButton();
    return checked ? checked->property("priority").toString() : QStringLiteral("normal");
}

void KioskWindow::typeKey(const QString &key)
{
    m_error->clear();
    if (key == QStringLiteral("⌫"))
        m_link->backspace();
    else
        m_link->insert(key);
}

void KioskWindow::showError(const QString &text)
{
    m_error->setText(text);
}

QString KioskWindow::message() const
{
    return m_pages->currentIndex() == 0 ? m_error->text() : m_printNote->text();
}

bool KioskWindow::isShowingTicket() const
{
    return m_pages->currentIndex() == 1;
}

bool KioskWindow::choose(const QString &category)
{
    for (QPushButton *button : std::as_const(m_categoryButtons)) {
        if (button->property("category").toString() == category) {
            button->click();
            return true;
        }
    }
    return false;
}

void KioskWindow::issue(const QString &category, const QString &name)
{
    TicketRequest request;
    request.category = category;
    request.priority = priority();
    request.customerLink = m_link->text();
    request.channel = QStringLiteral("kiosk");
    const Result<Ticket> ticket = TicketService(m_db).issue(m_session, request);
    if (!ticket) {
        showError(ticket.error().message());
        return;
    }
    QString printError;
    const DeviceIdentity identity = DeviceIdentity::load(m_db.connection());
    if (m_printer)
        m_printer(TicketPrint::document(ticket.value(), name, identity.branchName), &printError);
    showTicket(ticket.value(), name, printError);
    emit ticketIssued(ticket.value());
}

void KioskWindow::showTicket(const Ticket &ticket, const QString &categoryName,
                             const QString &printError)
{
    m_number->setText(ticket.ticketNo);
    m_category->setText(ticket.green ? tr("%1 · green channel").arg(categoryName) : categoryName);
    m_ahead->setText(ticket.peopleAhead == 0
                         ? tr("You are next in line.")
                         : tr("%n person(s) ahead of you.", nullptr, ticket.peopleAhead));
    m_printNote->setText(printError.isEmpty() ? tr("Please take your printed ticket.")
                                              : printError);
    m_pages->setCurrentIndex(1);
    m_back->start();
}

void KioskWindow::backToStart()
{
    m_back->stop();
    m_link->clear();
    m_error->clear();
    const QList<QAbstractButton *> buttons = m_priorities->buttons();
    for (QAbstractButton *b : buttons) {
        if (b->property("priority").toString() == QLatin1String("normal"))
            b->setChecked(true);
    }
    m_pages->setCurrentIndex(0);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    // A kiosk may run full screen on a keyboardless terminal; F11 and Esc are for staff.
    if (event->key() == Qt::Key_F11) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}
