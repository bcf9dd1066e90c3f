// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "demo/demoseeder.h"

#include <functional>

class Database;

// The cases the demo branch shows on its first start, dated around today so that every
// part of the case screens has something to show: an overdue case (red), cases due soon
// (yellow), one extended with a supervisor's approval, one forwarded to the county, one
// waiting for the materials of a one-time notice, one delivered, a complaint in its
// reception flow, a petition waiting for a leader, and two phone enquiries. Written through
// CaseService, ComplaintService, EnquiryService and CustomerService with the clock fixed to
// each action's moment (reset afterwards). Runs once: nothing happens when its first
// applicant is already registered.
class CaseDemo
{
public:
    // Adds the customers and cases it writes to summary.
    static Status seed(Database &db, const std::function<void(const QString &)> &report,
                       DemoSeeder::Summary *summary);
};
