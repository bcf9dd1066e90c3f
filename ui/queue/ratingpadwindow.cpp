// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/ratingpadwindow.h"

#include "ui/queue/customerscreens.h"

#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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

// From very satisfied (green) to very dissatisfied (red).
const char *const kScoreColours[] = {"#b3261e", "#e8710a", "#f9ab00", "#7cb342", "#1b7a34"};

} // namespace

RatingPadWindow::RatingPadWindow(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_window(session.window),
      m_pages(new QStackedWidget(this)), m_greeting(new QLabel(this)), m_question(new QLabel(this)),
      m_error(new QLabel(this)), m_thanks(new QLabel(this)), m_timeout(new QTimer(this))
{
    setObjectName(QStringLiteral("ratingPad"));
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("Rating pad"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("RatingPadWindow { background: #f4f7fb; }"));

    const DeviceIdentity identity = DeviceIdentity::load(db.connection());
    auto *branch = new QLabel(identity.branchName, this);
    branch->setFont(sized(this, 18, true));
    branch->setAlignment(Qt::AlignCenter);
    branch->setStyleSheet(QStringLiteral("color: white; background: #1f4e8c; padding: 12px;"));

    // Greeting.
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_greeting->setFont(sized(this, 26));
    m_greeting->setAlignment(Qt::AlignCenter);
    m_greeting->setWordWrap(true);

    // The question and the five choices.
    auto *askPage = new QWidget(m_pages);
    m_question->setFont(sized(this, 24, true));
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setWordWrap(true);
    m_question->setStyleSheet(QStringLiteral("color: #1f4e8c;"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    for (int score = 5; score >= 1; --score) {
        auto *button = new QPushButton(RatingService::scoreName(score), askPage);
        button->setObjectName(QStringLiteral("score%1").arg(score));
        button->setFont(sized(this, 22, true));
        button->setMinimumSize(170, 150);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setFocusPolicy(Qt::NoFocus);
        button->setStyleSheet(
            QStringLiteral("QPushButton { background: %1; color: white; border-radius: 18px; }"
                           "QPushButton:pressed { background: #333; }")
                .arg(QLatin1String(kScoreColours[score - 1])));
        connect(button, &QPushButton::clicked, this, [this, score] { submit(score); });
        buttons->addWidget(button);
        m_buttons.append(button);
    }
    m_error->setObjectName(QStringLiteral("ratingError"));
    m_error->setFont(sized(this, 16));
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    auto *askLayout = new QVBoxLayout(askPage);
    askLayout->setContentsMargins(30, 30, 30, 30);
    askLayout->setSpacing(24);
    askLayout->addWidget(m_question);
    askLayout->addLayout(buttons, 1);
    askLayout->addWidget(m_error);

    m_thanks->setFont(sized(this, 30, true));
    m_thanks->setAlignment(Qt::AlignCenter);
    m_thanks->setWordWrap(true);
    m_thanks->setStyleSheet(QStringLiteral("color: #1b7a34;"));

    m_pages->addWidget(m_greeting);
    m_pages->addWidget(askPage);
    m_pages->addWidget(m_thanks);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(branch);
    layout->addWidget(m_pages, 1);

    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &RatingPadWindow::showGreeting);
    showGreeting();
    resize(1024, 480);
}

void RatingPadWindow::setWindow(const QString &window)
{
    m_window = window;
    if (m_pages->currentIndex() == 0)
        showGreeting();
}

void RatingPadWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_placed)
        return;
    m_placed = true;
    // After the show that is under way, not inside it.
    QTimer::singleShot(0, this,
                       [this] { CustomerScreens::show(this, CustomerScreens::Kind::RatingPad); });
}

void RatingPadWindow::showGreeting()
{
    m_timeout->stop();
    m_subject.clear();
    m_greeting->setText(tr("Welcome\nWindow %1 · staff no. %2 %3 serves you")
                            .arg(m_window, m_session.staffNo, m_session.name));
    m_pages->setCurrentIndex(0);
}

void RatingPadWindow::askForTicket(const QString &ticketNo)
{
    ask(ticketNo, false);
}

void RatingPadWindow::askForCase(const QString &caseNo)
{
    ask(caseNo, true);
}

void RatingPadWindow::ask(const QString &subject, bool isCase)
{
    m_subject = subject;
    m_isCase = isCase;
    m_error->clear();
    m_question->setText(
        isCase ? tr("How satisfied are you with the handling of case %1?").arg(subject)
               : tr("Ticket %1: how satisfied are you with our service today?").arg(subject));
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(true);
    m_pages->setCurrentIndex(1);
    m_timeout->start(TimeoutMs);
    if (!isVisible())
        show();
    raise();
}

bool RatingPadWindow::isAsking() const
{
    return m_pages->currentIndex() == 1;
}

QString RatingPadWindow::message() const
{
    switch (m_pages->currentIndex()) {
    case 0:
        return m_greeting->text();
    case 1:
        return m_error->text().isEmpty() ? m_question->text() : m_error->text();
    }
    return m_thanks->text();
}

bool RatingPadWindow::rate(int score)
{
    if (!isAsking() || score < 1 || score > 5)
        return false;
    m_buttons.at(5 - score)->click();
    return true;
}

void RatingPadWindow::submit(int score)
{
    if (m_subject.isEmpty())
        return;
    RatingService ratings(m_db);
    const Result<Rating> r = m_isCase ? ratings.rateCase(m_session, m_subject, score)
                                      : ratings.rateTicket(m_session, m_subject, score);
    if (!r) {
        m_error->setText(r.error().message());
        if (r.error().code() == QLatin1String("rating.already_rated")) {
            for (QPushButton *b : std::as_const(m_buttons))
                b->setEnabled(false);
            m_timeout->start(ThanksMs);
        }
        return;
    }
    const QString subject = m_subject;
    m_subject.clear();
    m_thanks->setText(score <= RatingService::BadScore
                          ? tr("Thank you. We are sorry we did not serve you well: we will "
                               "call you back within one working day.")
                          : tr("Thank you for your rating!"));
    m_pages->setCurrentIndex(2);
    m_timeout->start(ThanksMs);
    emit rated(subject, r.value());
}
