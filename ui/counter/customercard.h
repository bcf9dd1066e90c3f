// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/customer.h"
#include "core/customers/subscription.h"
#include "core/staff/session.h"

#include <QWidget>

class CustomerCaseModel;
class Database;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class ServiceHistoryModel;
class SubscriptionModel;

// The customer in front of the clerk: name, green-channel and contract badges, the ID
// number and mobile as the role may see them, address, preferences and notes; below, in
// tabs, the services held (with the selected one's history and its forms) and the open
// cases, and whatever tabs other areas add (payments, visits). Shows a hint while no
// customer is open. Buttons only ask: the counter page does the work.
class CustomerCard : public QWidget
{
    Q_OBJECT
public:
    CustomerCard(Database &db, const Session &session, QWidget *parent = nullptr);

    // Shows a customer (re-read from the database), or the hint when customerId is empty.
    void showCustomer(const QString &customerId);
    const Customer &customer() const { return m_customer; }
    bool hasCustomer() const { return !m_customer.customerId.isEmpty(); }

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *servicesView() const { return m_servicesView; }
    QTableView *historyView() const { return m_historyView; }
    QTableView *casesView() const { return m_casesView; }
    SubscriptionModel *services() const { return m_services; }
    ServiceHistoryModel *history() const { return m_history; }
    CustomerCaseModel *cases() const { return m_cases; }
    // The service selected in the services list (the first one when none is).
    Subscription selectedService() const;
    QString selectedChangeId() const;
    QString selectedCaseNo() const;
    void selectService(const QString &serviceId);
    // Text of the header (name, badges, numbers), for tests and screen readers.
    QString headerText() const;
    // Whether "new case" can be offered (the case area is wired in).
    void setCaseRegistrationAvailable(bool available);

signals:
    void editRequested();
    void openServiceRequested();
    void changeServiceRequested();
    void printFormRequested();
    void registerCaseRequested();
    void topUpRequested();
    void caseActivated(const QString &caseNo);

private:
    QWidget *buildHint();
    QWidget *buildCard();
    QHBoxLayout *buildNameRow(QWidget *card);
    QWidget *buildServicesTab(QWidget *card);
    QHBoxLayout *buildServiceButtons(QWidget *servicesTab);
    QSplitter *buildServiceSplit(QWidget *servicesTab);
    QWidget *buildCasesTab(QWidget *card);
    void refreshHeader();
    void serviceSelected();
    void updateButtons();

    Database &m_db;
    Session m_session;
    Customer m_customer;
    SubscriptionModel *m_services;
    ServiceHistoryModel *m_history;
    CustomerCaseModel *m_cases;
    QStackedWidget *m_pages;
    QLabel *m_name = nullptr;
    QLabel *m_badges = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_remarks = nullptr;
    QPushButton *m_edit = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_servicesView = nullptr;
    QTableView *m_historyView = nullptr;
    QTableView *m_casesView = nullptr;
    QPushButton *m_openService = nullptr;
    QPushButton *m_changeService = nullptr;
    QPushButton *m_printForm = nullptr;
    QPushButton *m_topUp = nullptr;
    QPushButton *m_registerCase = nullptr;
    bool m_caseRegistration = false;
};
