// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The case targets of the counter issue (bench/README.md, "Cases"):
//   caselist: open the case list (first page and what a screen shows of it) with the
//             filters a clerk uses, the status bar's due counts, a case's history;
//   accept:   accepting a case beside a raw sqlite3 INSERT + COMMIT of the same bytes.
int caseListBench(const QStringList &args);
int acceptBench(const QStringList &args);
