// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk-iconexport DIR: writes the application icon as the desktop's hicolor PNGs
// (DIR/hicolor/NxN/apps/halldesk.png), from the same drawing the app shows in its windows.
#include "ui/shell/appicon.h"

#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QPixmap>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: halldesk-iconexport DIR" << Qt::endl;
        return 2;
    }
    const QIcon icon = AppIcon::icon();
    for (const QSize &size : icon.availableSizes()) {
        const QString folder = QStringLiteral("%1/hicolor/%2x%3/apps")
                                   .arg(args[1])
                                   .arg(size.width())
                                   .arg(size.height());
        if (!QDir().mkpath(folder) ||
            !icon.pixmap(size).save(folder + QStringLiteral("/halldesk.png"), "PNG")) {
            QTextStream(stderr) << "cannot write the icon into " << folder << Qt::endl;
            return 1;
        }
    }
    return 0;
}
