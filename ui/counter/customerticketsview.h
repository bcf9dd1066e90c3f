// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class CustomerTicketModel;
class Database;

// A customer's visits (queue tickets, newest first) for a tab of the customer card: day and
// time, number, category, outcome, window, staff number and rating.
class CustomerTicketsView : public QTableView
{
    Q_OBJECT
public:
    CustomerTicketsView(Database &db, const QString &customerId, QWidget *parent = nullptr);

    CustomerTicketModel *ticketModel() const { return m_model; }

public slots:
    // The customer card shows another customer (see CounterPage::addCustomerTab).
    void setCustomerId(const QString &customerId);

private:
    CustomerTicketModel *m_model;
};
