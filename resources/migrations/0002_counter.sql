-- The counter: master data from headquarters (fees, catalogue), real-name customers and
-- cases. Lists inside a row (materials, fee codes, form fields, form data) are JSON text:
-- they are read and written whole with their row, never queried by element.

CREATE TABLE fee_item (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL CHECK (amount_fen >= 0),
    unit        TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

CREATE TABLE catalogue_item (
    code              TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    department        TEXT NOT NULL DEFAULT '',
    window_code       TEXT REFERENCES service_window(code),
    category          TEXT NOT NULL DEFAULT '',
    mode              TEXT NOT NULL CHECK (mode IN ('immediate', 'commitment', 'forward')),
    limit_days        INTEGER NOT NULL DEFAULT 0 CHECK (limit_days >= 0),
    materials         TEXT NOT NULL DEFAULT '[]',
    fee_codes         TEXT NOT NULL DEFAULT '[]',
    legal_basis       TEXT NOT NULL DEFAULT '',
    conditions        TEXT NOT NULL DEFAULT '',
    procedure         TEXT NOT NULL DEFAULT '',
    complaint_channel TEXT NOT NULL DEFAULT '',
    -- [{key, label, type: text|number|date|choice|id_number|phone, required, options}]
    form_fields       TEXT NOT NULL DEFAULT '[]',
    active            INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

-- A rowid table (unlike the small ones above): a million customers, looked up by three
-- secondary indexes, which then point at an 8-byte rowid instead of a 36-char UUID.
CREATE TABLE customer (
    customer_id TEXT PRIMARY KEY,
    customer_no TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    id_type     TEXT NOT NULL DEFAULT 'resident_id'
                CHECK (id_type IN ('resident_id', 'passport', 'other')),
    id_number   TEXT NOT NULL,
    phone       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    vip         INTEGER NOT NULL DEFAULT 0,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
-- One customer per identity document. The number leads so that a look-up by number
-- alone (the clerk rarely picks the document kind first) uses the index.
CREATE UNIQUE INDEX customer_id_number ON customer(id_number, id_type);
CREATE INDEX customer_phone ON customer(phone);
-- Prefix search by name uses this index (as a range); substring search scans.
CREATE INDEX customer_name ON customer(name);

CREATE TABLE service_case (
    case_no            TEXT PRIMARY KEY,
    item_code          TEXT NOT NULL REFERENCES catalogue_item(code),
    customer_id        TEXT NOT NULL REFERENCES customer(customer_id),
    channel            TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'letter')),
    first_responder    TEXT NOT NULL,
    window_code        TEXT,
    status             TEXT NOT NULL,
    mode               TEXT CHECK (mode IS NULL OR mode IN ('immediate', 'commitment', 'forward')),
    accepted_on        TEXT,
    due_on             TEXT,
    limit_days         INTEGER,
    completed_on       TEXT,
    on_time            INTEGER,
    materials_received TEXT NOT NULL DEFAULT '[]',
    form_data          TEXT NOT NULL DEFAULT '{}',
    missing            TEXT NOT NULL DEFAULT '[]',
    refusal_reason     TEXT,
    forwarded_to       TEXT,
    extended           INTEGER NOT NULL DEFAULT 0,
    business_day       TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
-- Overdue warnings (open cases by due date), a customer's history, daily statistics.
CREATE INDEX service_case_status_due ON service_case(status, due_on);
CREATE INDEX service_case_customer ON service_case(customer_id);
CREATE INDEX service_case_business_day ON service_case(business_day);

INSERT INTO setting(key, value) VALUES ('master.version', '0');
