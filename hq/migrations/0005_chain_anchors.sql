-- Chain anchors: points of a device's chain that headquarters learnt before it held the
-- events there, either reported by the device with each upload (its head at send time) or
-- typed in by an operator from a printout (seq and the first 16 hex digits of the hash).
-- When the event at an anchor's seq is stored, its hash must start with the anchor's hash;
-- when it does not, the unsynced tail was rewritten and a chain_alarm row says so.
-- Written for SQLite and PostgreSQL.
CREATE TABLE chain_anchor (
    device_id   TEXT NOT NULL REFERENCES device(device_id),
    seq         BIGINT NOT NULL,
    hash        TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('reported', 'printed')),
    recorded_at TEXT NOT NULL,
    checked_at  TEXT,
    PRIMARY KEY (device_id, seq, source, hash)
);
CREATE INDEX chain_anchor_unchecked ON chain_anchor(device_id, checked_at, seq);

CREATE TABLE chain_alarm (
    alarm_id    TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL REFERENCES device(device_id),
    branch_code TEXT NOT NULL,
    seq         BIGINT NOT NULL,
    source      TEXT NOT NULL,
    expected    TEXT NOT NULL,
    found       TEXT NOT NULL,
    raised_at   TEXT NOT NULL
);
CREATE INDEX chain_alarm_raised ON chain_alarm(raised_at);
