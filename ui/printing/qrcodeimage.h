// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

// A QR code as an image for printing (libqrencode): black modules on white with the
// four-module quiet zone scanners need, each module moduleSize pixels square.
class QrCodeImage
{
public:
    // A null QImage when the text cannot be encoded (too long for any QR version).
    static QImage render(const QString &text, int moduleSize = 6);
};
