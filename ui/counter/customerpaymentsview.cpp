// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/customerpaymentsview.h"

#include "models/paymentlistmodel.h"
#include "ui/cash/paymentcolumns.h"

#include <QHeaderView>

CustomerPaymentsView::CustomerPaymentsView(Database &db, const QString &customerId, QWidget *parent)
    : QTableView(parent), m_model(new PaymentListModel(db, this))
{
    setObjectName(QStringLiteral("customerPayments"));
    m_model->setCustomerId(customerId);
    setModel(m_model);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The card is the customer's own: who paid is known, the fee items get the room.
    setColumnHidden(PaymentListModel::ForColumn, true);
    PaymentColumns::lay(this);
}

void CustomerPaymentsView::setCustomerId(const QString &customerId)
{
    m_model->setCustomerId(customerId);
}
