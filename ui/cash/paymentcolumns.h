// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

// How a list of payments (PaymentListModel) lays out its columns, at the cash page and on
// a customer's card alike: receipt number, time, method, amount and state as wide as their
// contents and titles, the payer and the fee items sharing the rest.
namespace PaymentColumns {
void lay(QTableView *view);
}
