// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

bool saveScreenshot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("halldesk-screenshots"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool saved = widget->grab().save(path);
    if (saved)
        qInfo("screenshot: %s", qPrintable(path));
    return saved;
}
