// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/dialogfit.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QWidget>

namespace {

// The most a dialog may grow to: its screen's height, and at least the 768 pixels of the
// smallest counter screen (the offscreen platform of the tests reports a smaller one).
int tallestAllowed(const QWidget *dialog)
{
    const QScreen *screen = dialog->screen();
    return qMax(768, screen ? screen->availableGeometry().height() : 0);
}

class DialogGrower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if ((type == QEvent::Show || type == QEvent::LayoutRequest) && watched->isWidgetType()) {
            auto *dialog = qobject_cast<QDialog *>(watched);
            if (dialog && dialog->isVisible() && !dialog->isMaximized())
                DialogFit::grow(dialog);
        }
        return false;
    }
};

} // namespace

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
    const int height = qMin(needed, tallestAllowed(dialog));
    if (dialog->minimumHeight() < height)
        dialog->setMinimumHeight(height);
    if (height > dialog->height())
        dialog->resize(width, height);
}

void DialogFit::growAllDialogs(QObject *application)
{
    const QString name = QStringLiteral("dialogGrower");
    if (application->findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
        return; // the style applied twice (a test's second window): one grower is enough
    auto *grower = new DialogGrower(application);
    grower->setObjectName(name);
    application->installEventFilter(grower);
}
