// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

// PBKDF2-HMAC-SHA256 with a per-user random salt (DESIGN.md, "Passwords"). OpenSSL's
// implementation is several times faster than QPasswordDigestor for the same work; either
// way hashing is slow on purpose, so callers keep it off the GUI thread.
// Stored form: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
class PasswordHasher
{
public:
    static constexpr int ProductionIterations = 600000;

    static QString hash(const QString &password);
    static QString hash(const QString &password, int iterations);
    // Constant-time comparison; false for a malformed stored value.
    static bool verify(const QString &password, const QString &stored);

    // Iterations for new hashes: ProductionIterations unless a test has lowered it with
    // setIterations (never below 1000). Nothing read from the environment or a file can
    // lower it, so the shipped programs always hash at full strength.
    static int iterations();
    static void setIterations(int iterations);
    // Whether stored was made with fewer iterations than iterations() (or is unreadable):
    // re-hash it at the next successful sign-in.
    static bool needsRehash(const QString &stored);

    // The rules a new password must meet; an Error says which is broken.
    static Status checkPolicy(const QString &password, const QString &staffNo);
};
