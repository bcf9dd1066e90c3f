// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/qrcodeimage.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

QImage QrCodeImage::render(const QString &text, int moduleSize)
{
    const QByteArray data = text.toUtf8();
    // Level M: survives a smudged thermal print and keeps the code small.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    constexpr int QuietZone = 4;
    const int modules = code->width;
    const int side = (modules + 2 * QuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte: the module is dark.
            if (code->data[y * modules + x] & 1)
                painter.fillRect((x + QuietZone) * moduleSize, (y + QuietZone) * moduleSize,
                                 moduleSize, moduleSize, Qt::black);
        }
    }
    return image;
}
