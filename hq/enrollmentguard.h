// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class HqDatabase;

// The enrolment throttle. A code is 12 symbols of 31 (59 bits) and names no branch, so a
// wrong guess can be charged only to the address it came from: more than AddressFailures
// refused attempts from one address within WindowSeconds, and that address waits. A
// branch is charged for attempts with one of its own codes that no longer works (used,
// expired or revoked: an old code sheet being replayed); past BranchFailures its codes
// pause too. An honest clerk who mistypes a few times, or tries yesterday's code, is never
// stopped; the wait is at most the window and is told in Retry-After. The counts live in
// the store, so they hold across restarts and across HQ processes sharing it.
class EnrollmentGuard
{
public:
    static constexpr qint64 WindowSeconds = 600;
    static constexpr int AddressFailures = 10;
    static constexpr int BranchFailures = 10;

    // Seconds before this address (or branch) may try again; 0 when it may now.
    static qint64 addressWait(HqDatabase &db, const QString &address);
    static qint64 branchWait(HqDatabase &db, const QString &branch);
    // branch may be empty. Also forgets failures older than a day.
    static void recordFailure(HqDatabase &db, const QString &address, const QString &branch);
};
