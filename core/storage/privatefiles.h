// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/error.h"

#include <QString>
#include <QStringList>

// The data folder is the account's own: the folder 0700, and every file HallDesk keeps in
// it (the database with its WAL and shared-memory files, the lock, the database kept before
// a restore) 0600, so another user of the counter PC cannot copy the ID numbers or the
// headquarters token out of it. Backups are made 0600 as they are written.
namespace PrivateFiles {

// Creates the folder (and its parents) with the folder itself owner-only.
bool createFolder(const QString &dir);
// Creates an empty file readable by its owner only (SQLite then gives its WAL and
// shared-memory files the same mode). False if it could not be made.
bool createPrivate(const QString &path);
// Makes one file owner-only; true if it is (or was already).
bool restrictFile(const QString &path);
// Makes the folder and the files directly in it owner-only. Returns the paths that were
// open to others before (empty: all was private already), for a warning.
QStringList restrictFolder(const QString &dir);
// What to tell the person who started HallDesk when restrictFolder() found paths open to
// others (a warning, not a refusal: they are private now).
Error openedWarning(const QStringList &paths);

} // namespace PrivateFiles
