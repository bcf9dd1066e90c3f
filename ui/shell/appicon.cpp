// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/appicon.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace {
QPixmap draw(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size / 16.0;
    const QRectF badge(margin, margin, size - 2 * margin, size - 2 * margin);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x5f, 0xa8));
    p.drawRoundedRect(badge, size / 6.0, size / 6.0);
    // The counter top: a light bar across the lower part of the badge.
    p.setBrush(QColor(0xf2, 0xc1, 0x4e));
    p.drawRect(QRectF(badge.left(), badge.top() + badge.height() * 0.74, badge.width(),
                      badge.height() * 0.1));
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(int(size * 0.5));
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(badge.left(), badge.top(), badge.width(), badge.height() * 0.74),
               Qt::AlignCenter, QStringLiteral("\u529e")); // 办
    return pixmap;
}
} // namespace

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(draw(size));
    return icon;
}
