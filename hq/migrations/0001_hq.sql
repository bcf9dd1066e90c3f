-- Headquarters store: branches, devices, every device's events, master data, decisions.
-- Written for both SQLite and PostgreSQL.

CREATE TABLE hq_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE branch (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- One-time codes an HQ admin hands to a branch to enrol one terminal.
CREATE TABLE enrollment_code (
    code        TEXT PRIMARY KEY,
    branch_code TEXT NOT NULL REFERENCES branch(code),
    created_at  TEXT NOT NULL,
    used_at     TEXT,
    device_id   TEXT
);

CREATE TABLE device (
    device_id     TEXT PRIMARY KEY,
    branch_code   TEXT NOT NULL REFERENCES branch(code),
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    enrolled_at   TEXT NOT NULL,
    acked_through BIGINT NOT NULL DEFAULT 0,
    head_hash     TEXT NOT NULL
);

CREATE TABLE event (
    device_id   TEXT NOT NULL REFERENCES device(device_id),
    seq         BIGINT NOT NULL,
    id          TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL,
    at          TEXT NOT NULL,
    staff       TEXT NOT NULL,
    data        TEXT NOT NULL,
    prev        TEXT NOT NULL,
    hash        TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
);
CREATE INDEX event_type_at ON event(type, at);

-- Each import of master data, whole, as /master serves it.
CREATE TABLE master_version (
    version     BIGINT PRIMARY KEY,
    body        TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

-- Decisions on forwarded cases, served to branches by /cases/updates in cursor order.
CREATE TABLE case_update (
    cursor      BIGINT PRIMARY KEY,
    case_no     TEXT NOT NULL,
    branch_code TEXT NOT NULL,
    status     TEXT NOT NULL,
    note       TEXT NOT NULL,
    at         TEXT NOT NULL
);

-- Report projections per branch and local business day, kept with the events.
CREATE TABLE branch_day (
    branch_code  TEXT NOT NULL,
    business_day TEXT NOT NULL,
    metric       TEXT NOT NULL,
    value        BIGINT NOT NULL,
    PRIMARY KEY (branch_code, business_day, metric)
);

-- Where each case lives, so decisions go back to the branch that registered it.
CREATE TABLE hq_case (
    case_no     TEXT PRIMARY KEY,
    branch_code TEXT NOT NULL,
    item_code   TEXT NOT NULL,
    status      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
