// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class Database;
class PaymentListModel;

// One customer's payments (newest first) for the customer card.
class CustomerPaymentsView : public QTableView
{
    Q_OBJECT
public:
    CustomerPaymentsView(Database &db, const QString &customerId, QWidget *parent = nullptr);

    PaymentListModel *paymentModel() const { return m_model; }

public slots:
    // The customer card shows another customer (see CounterPage::addCustomerTab).
    void setCustomerId(const QString &customerId);

private:
    PaymentListModel *m_model;
};
