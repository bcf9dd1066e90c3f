// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/ticket.h"
#include "core/staff/session.h"

#include <QWidget>

#include <functional>

class CategoryLoadModel;
class Database;
class PrintDocument;
class QButtonGroup;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

// The ticket machine (取号机): a touch screen in the hall, in large type. The customer
// picks a kind of ticket (normal or a green channel), may enter their ID number or mobile
// so that their card opens at the window, and touches a category; the ticket is issued
// (under the staff member who opened the kiosk), printed on the 80 mm roll and shown on
// the screen for a few seconds.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    using Printer = std::function<bool(const PrintDocument &doc, QString *error)>;
    static constexpr int ShowTicketMs = 8000;

    KioskWindow(Database &db, const Session &session, QWidget *parent = nullptr);

    // Where tickets are printed (default: the system's default printer, no dialog).
    void setPrinter(Printer printer) { m_printer = std::move(printer); }
    // Touches the category's button, as a customer would (tests and the keyboard).
    bool choose(const QString &category);
    QString message() const;
    bool isShowingTicket() const;

signals:
    void ticketIssued(const Ticket &ticket);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildChoosePage();
    QHBoxLayout *buildPriorityButtons(QWidget *choose);
    QGridLayout *buildKeypad(QWidget *choose);
    QWidget *buildTicketPage();
    void startTimers();
    void updateClock();
    void rebuildCategories();
    void updateCounts();
    void issue(const QString &category, const QString &name);
    void showTicket(const Ticket &ticket, const QString &categoryName, const QString &printError);
    void backToStart();
    void typeKey(const QString &key);
    void showError(const QString &text);
    QString priority() const;

    Database &m_db;
    Session m_session;
    Printer m_printer;
    CategoryLoadModel *m_load;
    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_clock;
    QGridLayout *m_categoryGrid;
    QList<QPushButton *> m_categoryButtons;
    QButtonGroup *m_priorities;
    QLineEdit *m_link;
    QLabel *m_error;
    QLabel *m_number;
    QLabel *m_category;
    QLabel *m_ahead;
    QLabel *m_printNote;
    QTimer *m_back;
};
