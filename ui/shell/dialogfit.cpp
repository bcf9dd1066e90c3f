// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/dialogfit.h"

#include <QLayout>
#include <QWidget>

void DialogFit::grow(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->invalidate();
    layout->activate();
    const int width = dialog->width();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalSizeHint().height();
    // The height the layout needs becomes the least the dialog may be, so a word-wrapped
    // line is never squeezed out again (for instance by the clerk resizing it).
    dialog->setMinimumHeight(needed);
    if (needed > dialog->height())
        dialog->resize(width, needed);
}
