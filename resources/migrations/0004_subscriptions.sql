-- Customer services, telecom style: the lines and accounts a customer holds (a mobile
-- line, a fixed line, a broadband account), their changes with before and after, and the
-- customer's preferences. Catalogue items say which service change they are
-- (service_change), so plans and choices come from headquarters' master data.

ALTER TABLE customer ADD COLUMN preferences TEXT NOT NULL DEFAULT '';

-- Search by part of a name (the given name 建国 finds 王建国) without reading the whole
-- customer table: every ending of a name from its second character on (王建国 → 建国, 国).
-- A name contains a text after its first character exactly when one of its endings starts
-- with it, so the search is a range of this index. Kept by the triggers below, whoever
-- writes the customer (the counter, an import, the demo).
CREATE TABLE customer_name_ending (
    ending      TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    PRIMARY KEY (ending, customer_id)
) WITHOUT ROWID;
-- The character positions 2 to 40 (a name has at most 40 characters).
CREATE TABLE name_position (n INTEGER PRIMARY KEY);
INSERT INTO name_position(n)
    WITH RECURSIVE p(n) AS (SELECT 2 UNION ALL SELECT n + 1 FROM p WHERE n < 40)
    SELECT n FROM p;
INSERT OR IGNORE INTO customer_name_ending(ending, customer_id)
    SELECT substr(c.name, p.n), c.customer_id FROM customer c
    JOIN name_position p ON p.n <= length(c.name);
CREATE TRIGGER customer_name_ending_insert AFTER INSERT ON customer
BEGIN
    INSERT OR IGNORE INTO customer_name_ending(ending, customer_id)
        SELECT substr(NEW.name, n), NEW.customer_id FROM name_position
        WHERE n <= length(NEW.name);
END;
CREATE TRIGGER customer_name_ending_update AFTER UPDATE OF name ON customer
BEGIN
    DELETE FROM customer_name_ending WHERE customer_id = OLD.customer_id AND ending IN
        (SELECT substr(OLD.name, n) FROM name_position WHERE n <= length(OLD.name));
    INSERT OR IGNORE INTO customer_name_ending(ending, customer_id)
        SELECT substr(NEW.name, n), NEW.customer_id FROM name_position
        WHERE n <= length(NEW.name);
END;
CREATE TRIGGER customer_name_ending_delete AFTER DELETE ON customer
BEGIN
    DELETE FROM customer_name_ending WHERE customer_id = OLD.customer_id AND ending IN
        (SELECT substr(OLD.name, n) FROM name_position WHERE n <= length(OLD.name));
END;

-- '' for items that are not a service change; otherwise open, plan, suspend, resume,
-- transfer, sim, long_distance, cancel or password.
ALTER TABLE catalogue_item ADD COLUMN service_change TEXT NOT NULL DEFAULT '';

CREATE TABLE subscription (
    service_id            TEXT PRIMARY KEY,
    customer_id           TEXT NOT NULL REFERENCES customer(customer_id),
    item_code             TEXT NOT NULL,
    kind                  TEXT NOT NULL CHECK (kind IN ('mobile', 'fixed', 'broadband')),
    number                TEXT NOT NULL,
    plan                  TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'cancelled')),
    contract_end          TEXT,
    -- {"long_distance": bool, "sim_iccid": "8986…"}: read and written whole with the row.
    options               TEXT NOT NULL DEFAULT '{}',
    service_password_hash TEXT NOT NULL,
    -- The password given at opening or transfer: it never proves identity (DOMAIN rule 7).
    password_initial      INTEGER NOT NULL DEFAULT 1,
    opened_on             TEXT NOT NULL,
    opened_by             TEXT NOT NULL,
    cancelled_on          TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX subscription_customer ON subscription(customer_id);
-- A number belongs to one live service; a cancelled number may be given out again.
CREATE UNIQUE INDEX subscription_live_number ON subscription(number) WHERE status <> 'cancelled';
CREATE INDEX subscription_number ON subscription(number);

-- Every opening and change, with the values before and after: the service's history and
-- what the form the customer signs (业务受理单) prints, also when it is printed again.
CREATE TABLE subscription_change (
    change_id          TEXT PRIMARY KEY,
    form_no            TEXT NOT NULL UNIQUE,
    service_id         TEXT NOT NULL REFERENCES subscription(service_id),
    customer_id        TEXT NOT NULL,
    change             TEXT NOT NULL,
    item_code          TEXT,
    before             TEXT NOT NULL DEFAULT '{}',
    after              TEXT NOT NULL DEFAULT '{}',
    -- what the holder chose with the change: why a new SIM, how a balance is refunded…
    reason             TEXT NOT NULL DEFAULT '',
    identity           TEXT NOT NULL CHECK (identity IN ('id_number', 'service_password')),
    contract_confirmed INTEGER NOT NULL DEFAULT 0,
    staff_no           TEXT NOT NULL,
    window_code        TEXT NOT NULL DEFAULT '',
    business_day       TEXT NOT NULL,
    at                 TEXT NOT NULL
);
CREATE INDEX subscription_change_service ON subscription_change(service_id, at);
