// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The text of a PDF as pdftotext (poppler-utils) reads it, folded with foldCjk() so that
// it compares equal to what was printed; "<pdftotext failed…>" otherwise.
QString pdfText(const QString &path);
// How many pages pdfinfo counts (0 when it cannot read the file).
int pdfPages(const QString &path);
// The Noto CJK font maps some glyphs to several code points, and pdftotext may give back a
// radical (⺠ for 民, ⻬ for 齐) or a traditional form (戶 for 户). NFKC plus a table of
// those forms, applied to both sides of a comparison.
QString foldCjk(const QString &text);
// Whether pdf text (from pdfText) contains printed text.
bool pdfContains(const QString &pdf, const QString &printed);
