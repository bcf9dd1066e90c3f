// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/ratingservice.h"
#include "core/staff/session.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

// The counter's rating pad (评价器), facing the customer: at the end of a service it asks
// for one of five ratings in large buttons (非常满意 … 非常不满意) and stores it through
// RatingService under the clerk's session; otherwise it greets with the window and the
// clerk's staff number. An unanswered request goes back to the greeting after a minute.
class RatingPadWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 60000;
    static constexpr int ThanksMs = 4000;

    RatingPadWindow(Database &db, const Session &session, QWidget *parent = nullptr);

    // The window the clerk works (shown on the greeting).
    void setWindow(const QString &window);
    void askForTicket(const QString &ticketNo);
    void askForCase(const QString &caseNo);
    bool isAsking() const;
    QString subject() const { return m_subject; }
    QString message() const;
    // Touches the button of a score (1-5), as the customer would.
    bool rate(int score);

signals:
    void rated(const QString &subject, const Rating &rating);

protected:
    // The first time it is shown, the pad moves to the screen set for it (CustomerScreens).
    void showEvent(QShowEvent *event) override;

private:
    void ask(const QString &subject, bool isCase);
    void submit(int score);
    void showGreeting();

    Database &m_db;
    Session m_session;
    QString m_window;
    QString m_subject;
    bool m_isCase = false;
    bool m_placed = false;
    QStackedWidget *m_pages;
    QLabel *m_greeting;
    QLabel *m_question;
    QLabel *m_error;
    QLabel *m_thanks;
    QList<QPushButton *> m_buttons;
    QTimer *m_timeout;
};
