-- Closed business days (日结). A closed day takes nothing more: no payment, ticket or
-- case can be dated to it. The row is written by the day close, with its totals.
CREATE TABLE business_day (
    day       TEXT PRIMARY KEY,
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL,
    totals    TEXT NOT NULL DEFAULT '{}'
) WITHOUT ROWID;
