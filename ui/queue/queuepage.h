// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/ticket.h"
#include "core/staff/session.h"

#include <QWidget>

class CallbackPage;
class Database;
class HallDisplayWindow;
class KioskWindow;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QueueFiguresPanel;
class TicketListModel;

// The "Queue" area: issue a ticket at the counter, open the ticket machine and the hall
// display (each its own window, for a touch screen and a second monitor), the day's
// waiting tickets, the callbacks, and for supervisors the live figures.
class QueuePage : public QWidget
{
    Q_OBJECT
public:
    QueuePage(Database &db, const Session &session, QWidget *parent = nullptr);

    // Staff who serve customers, and those who watch the figures.
    static bool availableTo(const Session &session);

    // The hall's ticket machine and display: one of each, shown on their screens
    // (CustomerScreens); they stay open when the clerk signs out.
    KioskWindow *openKiosk();
    HallDisplayWindow *openHallDisplay();
    // Issues a ticket as the form does; the ticket number, or empty with message() saying why.
    QString issueAtCounter(const QString &category, const QString &priority,
                           const QString &customerLink);
    QString message() const;
    QTabWidget *tabs() const { return m_tabs; }
    CallbackPage *callbacks() const { return m_callbacks; }
    QueueFiguresPanel *figures() const { return m_figures; }
    TicketListModel *waiting() const { return m_waiting; }

private:
    QGroupBox *buildIssueBox();
    QHBoxLayout *buildScreenButtons(bool serves);
    void buildTabs();
    void fillCategories();
    void issue();
    void printLast();

    Database &m_db;
    Session m_session;
    QComboBox *m_category = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_message;
    QPushButton *m_print = nullptr;
    Ticket m_last;
    QTabWidget *m_tabs;
    TicketListModel *m_waiting;
    QTableView *m_waitingView;
    CallbackPage *m_callbacks;
    QueueFiguresPanel *m_figures = nullptr;
};
