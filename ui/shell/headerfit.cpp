// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/headerfit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>

namespace {

// Stretched sections get the widest stretched title as their minimum; the others grow to
// their own title where they are narrower.
void fit(QHeaderView *header)
{
    if (!header->model())
        return;
    int stretchedMinimum = header->minimumSectionSize();
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        const int needed = HeaderFit::titleWidth(header, i);
        switch (header->sectionResizeMode(i)) {
        case QHeaderView::Stretch:
            stretchedMinimum = qMax(stretchedMinimum, needed);
            break;
        case QHeaderView::ResizeToContents: // the header's own size hint counts the title
            break;
        case QHeaderView::Interactive:
        case QHeaderView::Fixed:
            if (header->sectionSize(i) < needed)
                header->resizeSection(i, needed);
            break;
        }
    }
    if (header->stretchLastSection() && header->count() > 0)
        stretchedMinimum =
            qMax(stretchedMinimum, HeaderFit::titleWidth(header, header->count() - 1));
    header->setMinimumSectionSize(stretchedMinimum);
}

} // namespace

int HeaderFit::titleWidth(const QHeaderView *header, int logicalIndex)
{
    QStyleOptionHeader option;
    option.initFrom(header);
    option.section = logicalIndex;
    option.orientation = header->orientation();
    option.text = header->model()
                      ->headerData(logicalIndex, header->orientation(), Qt::DisplayRole)
                      .toString();
    if (header->isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    const QSize text = option.fontMetrics.size(Qt::TextSingleLine, option.text);
    return header->style()
        ->sizeFromContents(QStyle::CT_HeaderSection, &option, text, header)
        .width();
}

void HeaderFit::toTitles(QHeaderView *header)
{
    fit(header);
    QAbstractItemModel *model = header->model();
    if (!model)
        return;
    QObject::connect(model, &QAbstractItemModel::headerDataChanged, header,
                     [header] { fit(header); });
    QObject::connect(model, &QAbstractItemModel::modelReset, header, [header] { fit(header); });
    QObject::connect(model, &QAbstractItemModel::columnsInserted, header,
                     [header] { fit(header); });
}
