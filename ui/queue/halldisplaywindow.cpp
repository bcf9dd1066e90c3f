// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/halldisplaywindow.h"

#include "ui/queue/customerscreens.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "models/categoryloadmodel.h"
#include "ui/queue/callannouncer.h"
#include "ui/queue/callbanner.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
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

QString localTime()
{
    return Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd  HH:mm"));
}

} // namespace

HallDisplayWindow::HallDisplayWindow(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_calls(new RecentCallModel(db, EarlierCalls + 1, this)),
      m_load(new CategoryLoadModel(db, this)), m_announcer(new CallAnnouncer(this)),
      m_banner(new CallBanner(this)), m_clock(new QLabel(this)), m_waitingGrid(new QGridLayout),
      m_flash(new QTimer(this))
{
    setObjectName(QStringLiteral("hallDisplay"));
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("Hall display"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("HallDisplayWindow { background: #0d2b52; }"
                                 "QLabel { color: white; }"
                                 "QLabel#earlierNumber { color: #ffd54f; }"
                                 "QLabel#panelTitle { color: #9fc3ee; }"
                                 "#waitingPanel { background: #123a6b; border-radius: 18px; }"));

    QHBoxLayout *header = buildHeader();
    auto *body = new QHBoxLayout;
    body->setSpacing(28);
    body->addLayout(buildCallsColumn(), 2);
    body->addWidget(buildWaitingPanel(), 1);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(36, 24, 36, 30);
    layout->setSpacing(20);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(CustomerScreens::scrolling(content));

    connectSignals();
    showCalls();
    showWaiting();
    resize(1600, 900);
}

// The hall's name and the time.
QHBoxLayout *HallDisplayWindow::buildHeader()
{
    const DeviceIdentity identity = DeviceIdentity::load(m_db.connection());
    auto *branch = new QLabel(identity.branchName, this);
    branch->setFont(sized(this, 30, true));
    m_clock->setFont(sized(this, 26));
    m_clock->setText(localTime());
    auto *header = new QHBoxLayout;
    header->addWidget(branch);
    header->addStretch();
    header->addWidget(m_clock);
    return header;
}

// The latest call's banner above the calls before it: ticket → window, in two columns of
// large type.
QVBoxLayout *HallDisplayWindow::buildCallsColumn()
{
    auto *earlierTitle = new QLabel(tr("Called before"), this);
    earlierTitle->setObjectName(QStringLiteral("panelTitle"));
    earlierTitle->setFont(sized(this, 22));
    auto *earlier = new QGridLayout;
    earlier->setHorizontalSpacing(30);
    earlier->setVerticalSpacing(6);
    for (int i = 0; i < EarlierCalls; ++i) {
        auto *number = new QLabel(this);
        number->setObjectName(QStringLiteral("earlierNumber"));
        number->setFont(sized(this, 34, true));
        number->setMinimumWidth(
            QFontMetrics(number->font()).horizontalAdvance(QStringLiteral("W0000")));
        auto *window = new QLabel(this);
        window->setFont(sized(this, 30));
        earlier->addWidget(number, i, 0);
        earlier->addWidget(window, i, 1);
        m_earlierNumbers.append(number);
        m_earlierWindows.append(window);
    }
    earlier->setColumnStretch(1, 1);

    auto *left = new QVBoxLayout;
    left->setSpacing(18);
    left->addWidget(m_banner, 3);
    left->addWidget(earlierTitle);
    left->addLayout(earlier, 2);
    return left;
}

// Waiting per category.
QWidget *HallDisplayWindow::buildWaitingPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("waitingPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    auto *waitingTitle = new QLabel(tr("Waiting now"), panel);
    waitingTitle->setObjectName(QStringLiteral("panelTitle"));
    waitingTitle->setFont(sized(this, 26, true));
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(28, 24, 28, 24);
    panelLayout->addWidget(waitingTitle);
    panelLayout->addSpacing(10);
    m_waitingGrid->setVerticalSpacing(16);
    m_waitingGrid->setHorizontalSpacing(20);
    panelLayout->addLayout(m_waitingGrid);
    panelLayout->addStretch();
    auto *hint = new QLabel(tr("Missed your number? Ask at the window."), panel);
    hint->setFont(sized(this, 18));
    hint->setWordWrap(true);
    panelLayout->addWidget(hint);
    return panel;
}

void HallDisplayWindow::connectSignals()
{
    m_flash->setSingleShot(true);
    m_flash->setInterval(FlashMs);
    connect(m_flash, &QTimer::timeout, this, [this] { m_banner->setHighlighted(false); });
    connect(m_calls, &QAbstractItemModel::modelReset, this, &HallDisplayWindow::showCalls);
    connect(m_calls, &RecentCallModel::newCalls, this, &HallDisplayWindow::announce);
    connect(m_load, &QAbstractItemModel::modelReset, this, &HallDisplayWindow::showWaiting);
    connect(m_load, &QAbstractItemModel::dataChanged, this, &HallDisplayWindow::showWaiting);
    // The clock, and the waits that grow without a write.
    auto *tick = new QTimer(this);
    tick->setInterval(30000);
    connect(tick, &QTimer::timeout, this, [this] {
        m_clock->setText(localTime());
        m_load->reload();
    });
    tick->start();
}

void HallDisplayWindow::showOnScreen(QScreen *screen)
{
    if (screen)
        CustomerScreens::showOn(this, screen);
    else
        CustomerScreens::show(this, CustomerScreens::Kind::HallDisplay);
}

void HallDisplayWindow::showCalls()
{
    if (m_calls->rowCount() == 0) {
        m_banner->showCall(QString(), QString(), QString(), QString());
    } else {
        const RecentCallModel::Call latest = m_calls->call(0);
        m_banner->showCall(latest.key(), latest.ticketNo, latest.window, latest.windowName);
    }
    for (int i = 0; i < EarlierCalls; ++i) {
        const int row = i + 1;
        if (row < m_calls->rowCount()) {
            const RecentCallModel::Call c = m_calls->call(row);
            m_earlierNumbers.at(i)->setText(c.ticketNo);
            m_earlierWindows.at(i)->setText(tr("→ window %1 %2").arg(c.window, c.windowName));
        } else {
            m_earlierNumbers.at(i)->clear();
            m_earlierWindows.at(i)->clear();
        }
    }
}

void HallDisplayWindow::showWaiting()
{
    if (m_waitingLabels.size() == 2 * m_load->rowCount()) {
        for (int row = 0; row < m_load->rowCount(); ++row) {
            const CategoryLoad load = m_load->load(row);
            m_waitingLabels.at(2 * row)->setText(
                QStringLiteral("%1  %2").arg(load.code, load.name));
            m_waitingLabels.at(2 * row + 1)->setText(tr("%n waiting", nullptr, load.waiting));
            m_waitingLabels.at(2 * row + 1)
                ->setObjectName(QStringLiteral("waiting_%1").arg(load.code));
        }
        return;
    }
    qDeleteAll(m_waitingLabels);
    m_waitingLabels.clear();
    for (int row = 0; row < m_load->rowCount(); ++row) {
        const CategoryLoad load = m_load->load(row);
        auto *name = new QLabel(QStringLiteral("%1  %2").arg(load.code, load.name), this);
        name->setFont(sized(this, 24));
        auto *count = new QLabel(tr("%n waiting", nullptr, load.waiting), this);
        count->setObjectName(QStringLiteral("waiting_%1").arg(load.code));
        count->setFont(sized(this, 24, true));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_waitingGrid->addWidget(name, row, 0);
        m_waitingGrid->addWidget(count, row, 1);
        m_waitingLabels << name << count;
    }
}

void HallDisplayWindow::announce(const QList<RecentCallModel::Call> &calls)
{
    m_banner->setHighlighted(true);
    m_flash->start();
    for (const RecentCallModel::Call &c : calls)
        m_announcer->announce(c.ticketNo, c.window, c.windowName);
}

QStringList HallDisplayWindow::shownCalls() const
{
    QStringList list;
    if (!m_banner->ticketNo().isEmpty())
        list.append(m_banner->ticketNo());
    for (const QLabel *l : m_earlierNumbers) {
        if (!l->text().isEmpty())
            list.append(l->text());
    }
    return list;
}

QString HallDisplayWindow::waitingText(const QString &category) const
{
    for (const QLabel *l : m_waitingLabels) {
        if (l->objectName() == QStringLiteral("waiting_%1").arg(category))
            return l->text();
    }
    return QString();
}

void HallDisplayWindow::keyPressEvent(QKeyEvent *event)
{
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
