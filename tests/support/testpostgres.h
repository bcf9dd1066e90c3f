// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A new, empty database on the PostgreSQL server that scripts/with-postgres.sh started
// (HALLDESK_TEST_POSTGRES), as a postgres:// URL; an empty string when there is none.
QString freshPostgresDatabase(const QString &prefix);
