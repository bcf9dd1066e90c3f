// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;

// A table's column titles shown whole ("Application date", not "Applic…"), in every
// language: sections are never narrower than their titles. Applied once the model is set; it
// follows the model's header changes and resets.
namespace HeaderFit {

// The width the title of a section needs, as the style draws it (margins, sort arrow).
int titleWidth(const QHeaderView *header, int logicalIndex);
void toTitles(QHeaderView *header);

} // namespace HeaderFit
