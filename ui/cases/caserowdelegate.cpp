// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/caserowdelegate.h"

#include <QBrush>

void CaseRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant background = index.data(Qt::BackgroundRole);
    if (!background.canConvert<QBrush>())
        return;
    const QColor colour = background.value<QBrush>().color();
    if (!colour.isValid())
        return;
    option->palette.setColor(QPalette::Highlight, colour.darker(135));
    option->palette.setColor(QPalette::HighlightedText, QColor(0x1a, 0x1a, 0x1a));
}
