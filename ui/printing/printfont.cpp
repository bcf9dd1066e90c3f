// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/printfont.h"

namespace PrintFont {

QString family()
{
    return QStringLiteral("Noto Sans CJK SC");
}

QFont font(qreal points, bool bold)
{
    QFont font(family());
    font.setStyleHint(QFont::SansSerif);
    // Shaped, the font's Latin runs come out as glyphs a PDF cannot map back to their
    // characters: receipt numbers and amounts would be missing from the PDF's text (search,
    // copy). Neither Chinese nor the Latin of HallDesk's papers needs shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace PrintFont
