// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

// The one font of everything HallDesk prints (receipts, tickets, notices, forms, reports
// and their charts): Noto Sans CJK SC, which the setup script installs (fonts-noto-cjk)
// and PDFs embed. It has its own Latin letters, digits and punctuation, so it is chosen by
// that family alone: a second family in the list would draw digits and quotes in another
// face, raised or lowered against the Chinese beside them.
namespace PrintFont {

QString family();
// The print font at points (point size as the document or chart lays it out).
QFont font(qreal points, bool bold = false);

} // namespace PrintFont
