// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/ticket.h"
#include "core/staff/session.h"

#include <QFrame>
#include <QPointer>

class Database;
class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class RatingPadWindow;

// The clerk's queue controls, a strip along the bottom of the main window next to their
// work: the window, the ticket being served and for how long, how many wait, and the
// actions with their function keys: call next (F2), recall (F3), did not come (F4, after
// a confirmation), transfer (F6), park (F7), resume (F8), end of service (F9). B takes over
// A's window from the strip's menu. At the end of a service the rating pad asks the
// customer.
class CallingStrip : public QFrame
{
    Q_OBJECT
public:
    CallingStrip(Database &db, const Session &session, QWidget *parent = nullptr);

    // Staff who serve customers get the strip.
    static bool availableTo(const Session &session);

    QString window() const { return m_window; }
    QString currentTicket() const { return m_current.ticketNo; }
    QString message() const;
    RatingPadWindow *ratingPad();
    // Whether the end of service opens the rating pad (default: yes).
    void setAskForRating(bool ask) { m_askForRating = ask; }

public slots:
    void callNext();
    void recall();
    void noShow();
    void transfer(); // opens TransferDialog
    void park();
    void resume(const QString &ticketNo);
    void finish();
    void takeOver(const QString &window);
    void refresh();

signals:
    // A called ticket linked to a registered customer: the counter opens their card.
    void customerCalled(const QString &customerId);
    void serviceEnded(const Ticket &ticket);
    // The customer served so far has gone from the window: their service ended, they did
    // not come or were transferred, or another ticket is called. Whatever the counter
    // still shows of them is stale.
    void customerLeft();

private:
    void styleLabels();
    QHBoxLayout *buildButtons();
    QMenu *buildMoreMenu();
    void connectSignals();
    void called(const Ticket &ticket, const QString &note);
    void showError(const Error &error);
    void showInfo(const QString &text);
    bool confirmNoShow();
    void updateElapsed();
    void fillResumeMenu();
    void fillTakeOverMenu();
    QPushButton *addAction(const QString &text, int key, void (CallingStrip::*slot)());

    Database &m_db;
    Session m_session;
    QString m_window;
    Ticket m_current; // empty ticketNo: none
    QList<Ticket> m_parked;
    QString m_handler;
    bool m_askForRating = true;
    QLabel *m_windowLabel;
    QLabel *m_ticketLabel;
    QLabel *m_infoLabel;
    QLabel *m_waitingLabel;
    QLabel *m_messageLabel;
    QPushButton *m_callButton = nullptr;
    QPushButton *m_recallButton = nullptr;
    QPushButton *m_noShowButton = nullptr;
    QPushButton *m_transferButton = nullptr;
    QPushButton *m_parkButton = nullptr;
    QPushButton *m_finishButton = nullptr;
    QToolButton *m_resumeButton;
    QMenu *m_resumeMenu;
    QToolButton *m_moreButton;
    QMenu *m_takeOverMenu;
    QPointer<RatingPadWindow> m_pad;
};
