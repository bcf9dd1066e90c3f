// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

class DeviceKey;

// One sensitive value (an ID number, the headquarters token) sealed with the device key:
// AES-256-GCM with a fresh nonce, so equal values never look equal and any change to the
// stored text is detected. Stored as "sealed:v1:" + base64url(nonce | ciphertext | tag).
// Search goes through blindIndex(), a keyed hash: equal values give equal indexes, and the
// index says nothing without the key.
namespace FieldSeal {

QString seal(const DeviceKey &key, const QString &plain);
// The plain value; an Error when the text was altered or sealed with another key.
Result<QString> open(const DeviceKey &key, const QString &sealed);
bool isSealed(const QString &text);
// HMAC-SHA256 of the value under a key derived for indexing, as 32 hex digits.
QString blindIndex(const DeviceKey &key, const QString &value);

} // namespace FieldSeal
