// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ticketlistmodel.h"

// One customer's visits (their queue tickets, newest first) for the customer card: a
// TicketListModel fixed to the customer.
class CustomerTicketModel : public TicketListModel
{
    Q_OBJECT
public:
    CustomerTicketModel(Database &db, const QString &customerId, QObject *parent = nullptr)
        : TicketListModel(db, parent)
    {
        showCustomer(customerId);
    }
};
