// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/customerpaymentsview.h"

#include "models/paymentlistmodel.h"
#include "ui/shell/headerfit.h"

#include <QHeaderView>

CustomerPaymentsView::CustomerPaymentsView(Database &db, const QString &customerId, QWidget *parent)
    : QTableView(parent), m_model(new PaymentListModel(db, this))
{
    setObjectName(QStringLiteral("customerPayments"));
    m_model->setCustomerId(customerId);
    setModel(m_model);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setColumnWidth(PaymentListModel::ReceiptColumn, 230);
    setColumnWidth(PaymentListModel::TimeColumn, 140);
    HeaderFit::toTitles(horizontalHeader());
}

void CustomerPaymentsView::setCustomerId(const QString &customerId)
{
    m_model->setCustomerId(customerId);
}
