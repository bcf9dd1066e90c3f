// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class DeviceKey;
class QIODevice;
class SealedHeader;

// A file's content encrypted and authenticated with the device key, streamed from disk to
// disk: a SealedHeader, then AES-256-GCM chunks of the header's chunk size, each with its
// 16-byte tag. Chunk i has the nonce i under a key of the file's own (from the header's
// random salt), and its tag binds the whole header, i and whether it is the last chunk; so
// a changed, removed, added or moved byte anywhere, a cut at a chunk boundary or a tail
// added after the last chunk all fail a tag. Only two chunks are ever in memory.
namespace SealedFile {

enum class Outcome { Done, Altered, ReadFailed, WriteFailed };

// Writes a new header for key, then plain's content, to sealed.
Outcome seal(const DeviceKey &key, QIODevice &plain, QIODevice &sealed);
// Decrypts sealed (positioned after header, see SealedHeader::read) into plain. On any
// outcome but Done, what was written to plain must be thrown away.
Outcome open(const DeviceKey &key, const SealedHeader &header, QIODevice &sealed, QIODevice &plain);

} // namespace SealedFile
