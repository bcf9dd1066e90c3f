// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/customerticketsview.h"

#include "models/customerticketmodel.h"
#include "ui/shell/headerfit.h"

#include <QHeaderView>

CustomerTicketsView::CustomerTicketsView(Database &db, const QString &customerId, QWidget *parent)
    : QTableView(parent), m_model(new CustomerTicketModel(db, customerId, this))
{
    setObjectName(QStringLiteral("customerTickets"));
    setModel(m_model);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setColumnHidden(TicketListModel::PriorityColumn, true);
    // The issue time comes first: a visit is found by its day.
    horizontalHeader()->moveSection(TicketListModel::IssuedColumn, 0);
    setColumnWidth(TicketListModel::IssuedColumn, 140);
    setColumnWidth(TicketListModel::CategoryColumn, 110);
    HeaderFit::toTitles(horizontalHeader());
}

void CustomerTicketsView::setCustomerId(const QString &customerId)
{
    m_model->showCustomer(customerId);
}
