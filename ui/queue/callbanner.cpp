// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/callbanner.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {

// The largest point size at which text fits into box.
QFont fitted(QFont font, const QString &text, const QSizeF &box)
{
    double size = box.height() * 0.8;
    for (; size > 8; size *= 0.92) {
        font.setPixelSize(int(size));
        const QFontMetricsF m(font);
        if (m.horizontalAdvance(text) <= box.width() && m.height() <= box.height())
            break;
    }
    return font;
}

} // namespace

CallBanner::CallBanner(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("callBanner"));
    setMinimumHeight(220);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CallBanner::showCall(const QString &key, const QString &ticketNo, const QString &window,
                          const QString &windowName)
{
    m_key = key;
    m_ticketNo = ticketNo;
    m_window = window;
    m_windowName = windowName;
    update();
}

void CallBanner::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

void CallBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(8, 8, -8, -8);
    p.setPen(Qt::NoPen);
    p.setBrush(m_highlighted ? QColor(0xff, 0xd5, 0x4f) : QColor(0x16, 0x3d, 0x70));
    p.drawRoundedRect(r, 18, 18);
    const QColor ink = m_highlighted ? QColor(0x0d, 0x2b, 0x52) : QColor(Qt::white);
    p.setPen(ink);
    if (m_ticketNo.isEmpty()) {
        const QString text = tr("Please wait for your number to be called");
        const QRectF box =
            r.adjusted(r.width() * 0.06, r.height() * 0.3, -r.width() * 0.06, -r.height() * 0.3);
        p.setFont(fitted(font(), text, box.size()));
        p.drawText(box, Qt::AlignCenter, text);
    } else {
        const QRectF top(r.left() + r.width() * 0.04, r.top() + r.height() * 0.06, r.width() * 0.92,
                         r.height() * 0.52);
        const QRectF bottom(r.left() + r.width() * 0.04, r.top() + r.height() * 0.62,
                            r.width() * 0.92, r.height() * 0.30);
        const QString number = tr("Number %1").arg(m_ticketNo);
        QFont big = font();
        big.setBold(true);
        p.setFont(fitted(big, number, top.size()));
        p.drawText(top, Qt::AlignCenter, number);
        const QString where = tr("please come to window %1 %2").arg(m_window, m_windowName);
        p.setFont(fitted(font(), where, bottom.size()));
        p.drawText(bottom, Qt::AlignCenter, where);
    }
    p.end();
    emit painted(m_key);
}
