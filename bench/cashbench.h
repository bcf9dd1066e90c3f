// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// halldesk_bench payment --data-dir D [--count 2000]
int paymentBench(const QStringList &args);
// halldesk_bench dayclose --data-dir D [--payments 10000]
int dayCloseBench(const QStringList &args);
