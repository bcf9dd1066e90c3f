// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/lockpage.h"

#include "core/staff/role.h"
#include "core/staff/staffservice.h"
#include "ui/shell/appicon.h"
#include "ui/shell/backgroundtask.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

LockPage::LockPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_unlock(new QPushButton(tr("Unlock"), this)),
      m_signOut(new QPushButton(tr("Sign out"), this))
{
    setObjectName(QStringLiteral("lockPage"));
    // A plain QWidget subclass paints no style-sheet background: use the palette.
    setAutoFillBackground(true);
    QPalette shade = palette();
    shade.setColor(QPalette::Window, QColor(0xe9, 0xee, 0xf5));
    setPalette(shade);
    setStyleSheet(QStringLiteral("#lockCard { background: white; border: 1px solid #c9d3e0;"
                                 " border-radius: 8px; }"));

    QFrame *card = buildCard();
    // The card a little above the middle, where the eye goes first.
    auto *outer = new QGridLayout(this);
    outer->addWidget(card, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);

    connect(m_unlock, &QPushButton::clicked, this, &LockPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockPage::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockPage::signOutRequested);
}

// The card: who is signed in, their password, and unlock or sign out.
QFrame *LockPage::buildCard()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    const QList<QLabel *> texts = buildCardTexts(card);
    styleInputs();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    buttons->addWidget(m_unlock);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(36, 28, 36, 24);
    cardLayout->setSpacing(12);
    for (QLabel *text : texts)
        cardLayout->addWidget(text);
    cardLayout->addWidget(m_password);
    cardLayout->addWidget(m_progress);
    cardLayout->addWidget(m_error);
    cardLayout->addLayout(buttons);
    card->setFixedWidth(460);
    return card;
}

// The icon, the title, who is signed in and what to do, top to bottom.
QList<QLabel *> LockPage::buildCardTexts(QFrame *card)
{
    auto *icon = new QLabel(card);
    icon->setPixmap(AppIcon::icon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("This counter is locked"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *who =
        new QLabel(tr("Staff no. %1 %2 (%3) is signed in.")
                       .arg(m_session.staffNo, m_session.name, Roles::displayName(m_session.role)),
                   card);
    who->setObjectName(QStringLiteral("lockStaff"));
    who->setAlignment(Qt::AlignCenter);
    who->setWordWrap(true);
    auto *hint = new QLabel(
        tr("Enter the password of staff no. %1 to continue.").arg(m_session.staffNo), card);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    return {icon, title, who, hint};
}

void LockPage::styleInputs()
{
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMinimumWidth(260);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->setMinimumHeight(m_error->fontMetrics().height() * 3);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_signOut->setObjectName(QStringLiteral("lockSignOut"));
}

void LockPage::prepare()
{
    m_password->clear();
    m_error->clear();
    m_password->setFocus();
}

QString LockPage::errorText() const
{
    return m_error->text();
}

void LockPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
}

void LockPage::submit()
{
    if (m_busy)
        return;
    const QString password = m_password->text();
    if (password.isEmpty()) {
        m_error->setText(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_error->clear();
    setBusy(true);
    const Session session = m_session;
    BackgroundTask::run<Session>(
        m_db, this,
        [session, password](Database &db) {
            return StaffService(db).login(session.staffNo, password, session.window);
        },
        [this](const Result<Session> &result) {
            setBusy(false);
            m_db.notifyChanged({QStringLiteral("staff")});
            m_password->clear();
            m_password->setFocus();
            if (!result) {
                m_error->setText(result.error().message());
                return;
            }
            emit unlocked();
        });
}
