-- The foundation: settings, the event log, staff, windows, holidays, number sequences.
-- min_compatible: 1

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Outbox and audit trail in one (DESIGN.md, "event_log"). Rows are never changed.
CREATE TABLE event_log (
    seq   INTEGER PRIMARY KEY CHECK (seq > 0),
    id    TEXT NOT NULL UNIQUE,
    type  TEXT NOT NULL,
    at    TEXT NOT NULL,
    staff TEXT NOT NULL,
    data  TEXT NOT NULL,
    prev  TEXT NOT NULL,
    hash  TEXT NOT NULL
);
CREATE INDEX event_log_type_at ON event_log(type, at);

CREATE TRIGGER event_log_immutable BEFORE UPDATE ON event_log
BEGIN
    SELECT RAISE(ABORT, 'events are immutable');
END;

CREATE TABLE staff (
    staff_no             TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin', 'partner')),
    password_hash        TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 1,
    active               INTEGER NOT NULL DEFAULT 1,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    last_login_at        TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE service_window (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    categories TEXT NOT NULL DEFAULT '',
    staff_a    TEXT REFERENCES staff(staff_no),
    staff_b    TEXT REFERENCES staff(staff_no),
    active     INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

-- Official calendar exceptions: 'holiday' on a weekday, 'workday' on a weekend (调休).
CREATE TABLE holiday (
    day  TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Gap-free per-day numbers (cases, receipts, tickets), allocated inside the action's
-- transaction so a rolled-back action gives its number back.
CREATE TABLE number_sequence (
    kind TEXT NOT NULL,
    day  TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (kind, day)
) WITHOUT ROWID;
