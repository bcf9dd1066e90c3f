// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cash/paymentcolumns.h"

#include "models/paymentlistmodel.h"
#include "ui/shell/headerfit.h"

#include <QHeaderView>
#include <QTableView>

void PaymentColumns::lay(QTableView *view)
{
    // A page holds at most a few hundred rows (the model pages), so sizing to contents is
    // cheap.
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaymentListModel::ForColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PaymentListModel::ItemsColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    HeaderFit::toTitles(header);
}
