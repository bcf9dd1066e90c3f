// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/anchorline.h"

#include "ui/printing/printdocument.h"

QString AnchorLine::deviceText(const QString &deviceId)
{
    return QStringLiteral("设备 / Device: ") + deviceId;
}

QString AnchorLine::html(const ChainAnchor &anchor, const QString &deviceId)
{
    if (anchor.isNull())
        return {};
    QString html = QStringLiteral("<p style=\"font-family: monospace; font-size: 8pt;\">%1")
                       .arg(PrintDocument::escaped(anchor.text()));
    if (!deviceId.isEmpty())
        html += QStringLiteral("<br>%1").arg(PrintDocument::escaped(deviceText(deviceId)));
    return html + QStringLiteral("</p>");
}
