-- Enrolment under hostile clients: codes expire and can be revoked, failed attempts are
-- counted per address and per branch for throttling, and a terminal may hold its data key
-- in escrow here so a branch restored on a new PC can read its data again.
-- Written for both SQLite and PostgreSQL.

-- When the code stops working (UTC stamp); NULL for a code made before codes expired:
-- those last the default 24 hours from their making.
ALTER TABLE enrollment_code ADD COLUMN expires_at TEXT;
ALTER TABLE enrollment_code ADD COLUMN revoked_at TEXT;

-- The terminal's 32-byte data key, standard base64, as it sent it at enrolment (or NULL).
ALTER TABLE device ADD COLUMN device_key TEXT;

-- One row per refused enrolment. at is Unix seconds; branch_code is the branch whose used,
-- expired or revoked code was tried (NULL for a code that names none).
CREATE TABLE enrollment_failure (
    at          BIGINT NOT NULL,
    address     TEXT NOT NULL,
    branch_code TEXT
);
CREATE INDEX enrollment_failure_address ON enrollment_failure(address, at);
CREATE INDEX enrollment_failure_branch ON enrollment_failure(branch_code, at);
CREATE INDEX enrollment_failure_at ON enrollment_failure(at);
