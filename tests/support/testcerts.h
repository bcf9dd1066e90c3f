// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Certificates for TLS tests, made with the openssl command in a folder of the test's:
// a CA and a server certificate it signed for localhost/127.0.0.1, the same for a wrong
// host name, an expired one, and a second CA that signed none of them.
struct TestCerts
{
    QString dir;
    QString caPem, otherCaPem;
    QString serverPem, serverKey;
    QString wrongHostPem, wrongHostKey;
    QString expiredPem, expiredKey;

    // Returns false (with the reason in *problem) if openssl failed.
    bool make(const QString &folder, QString *problem);
};
