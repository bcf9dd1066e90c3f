// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The report benchmarks (bench/README.md, "Reports"):
//   report-seed --data-dir D --day YYYY-MM-DD [--count 10000] [--month]
//     adds a busy day (or every working day of D's month up to D): COUNT cases, payments
//     and tickets with their events, service_case rows, shifts, voids, refunds, ratings,
//     complaints;
//   report --data-dir D --day YYYY-MM-DD [--runs 5]
//     times the daily report of D and the monthly report of D's month.
int reportSeedBench(const QStringList &args);
int reportBench(const QStringList &args);
