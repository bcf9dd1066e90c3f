-- Cash and receipts: shifts with their cash counts, payments with their fee lines, voids
-- and refunds, and the prints of each receipt. Money is integer fen. A payment, its lines
-- and its voids and refunds are never edited: only a payment's status follows them.

-- A clerk's shift at a window: opened with a float, closed with the drawer counted.
CREATE TABLE shift (
    shift_id          TEXT PRIMARY KEY,
    staff_no          TEXT NOT NULL,
    window_code       TEXT NOT NULL,
    business_day      TEXT NOT NULL,
    float_fen         INTEGER NOT NULL CHECK (float_fen >= 0),
    -- The shift whose clerk left this drawer (handover), if any.
    from_shift_id     TEXT REFERENCES shift(shift_id),
    status            TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at         TEXT NOT NULL,
    closed_at         TEXT,
    closed_by         TEXT,
    expected_cash_fen INTEGER,
    counted_cash_fen  INTEGER,
    variance_fen      INTEGER,
    -- Cash left in the drawer for the next clerk; the rest is handed in.
    float_left_fen    INTEGER CHECK (float_left_fen IS NULL OR float_left_fen >= 0),
    handover_to       TEXT,
    note              TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
-- One open shift per clerk and per window (one drawer each).
CREATE UNIQUE INDEX shift_open_staff ON shift(staff_no) WHERE status = 'open';
CREATE UNIQUE INDEX shift_open_window ON shift(window_code) WHERE status = 'open';
CREATE INDEX shift_business_day ON shift(business_day);
CREATE INDEX shift_window_closed ON shift(window_code, closed_at);

-- The drawer counted by denomination when a shift closes.
CREATE TABLE shift_cash_count (
    shift_id         TEXT NOT NULL REFERENCES shift(shift_id),
    denomination_fen INTEGER NOT NULL CHECK (denomination_fen > 0),
    pieces           INTEGER NOT NULL CHECK (pieces >= 0),
    PRIMARY KEY (shift_id, denomination_fen)
) WITHOUT ROWID;

CREATE TABLE payment (
    receipt_no     TEXT PRIMARY KEY,
    -- Made when the payment form opens: the same form can never pay twice.
    request_key    TEXT NOT NULL UNIQUE,
    customer_id    TEXT,
    case_no        TEXT,
    service_id     TEXT,
    service_number TEXT,
    payer_name     TEXT NOT NULL DEFAULT '',
    amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
    method         TEXT NOT NULL CHECK (method IN ('cash', 'card', 'qr', 'waiver')),
    tendered_fen   INTEGER,
    change_fen     INTEGER,
    reference      TEXT NOT NULL DEFAULT '',
    waiver_reason  TEXT NOT NULL DEFAULT '',
    approved_by    TEXT,
    status         TEXT NOT NULL
                   CHECK (status IN ('taken', 'voided', 'part_refunded', 'refunded')),
    staff_no       TEXT NOT NULL,
    window_code    TEXT NOT NULL,
    shift_id       TEXT NOT NULL REFERENCES shift(shift_id),
    taken_at       TEXT NOT NULL,
    business_day   TEXT NOT NULL,
    event_hash     TEXT NOT NULL
);
-- A case is paid once: a second payment while one stands is refused by the service and,
-- should it get that far, by this index.
CREATE UNIQUE INDEX payment_case_once ON payment(case_no)
    WHERE case_no IS NOT NULL AND status <> 'voided';
CREATE INDEX payment_business_day ON payment(business_day, taken_at);
CREATE INDEX payment_customer ON payment(customer_id, taken_at) WHERE customer_id IS NOT NULL;
CREATE INDEX payment_shift ON payment(shift_id);
CREATE INDEX payment_service_number ON payment(service_number) WHERE service_number IS NOT NULL;
CREATE INDEX payment_service_id ON payment(service_id) WHERE service_id IS NOT NULL;

CREATE TRIGGER payment_never_edited BEFORE UPDATE OF receipt_no, request_key, customer_id,
    case_no, service_id, service_number, payer_name, amount_fen, method, tendered_fen,
    change_fen, reference, waiver_reason, approved_by, staff_no, window_code, shift_id,
    taken_at, business_day, event_hash ON payment
BEGIN
    SELECT RAISE(ABORT, 'payments are never edited');
END;
CREATE TRIGGER payment_never_deleted BEFORE DELETE ON payment
BEGIN
    SELECT RAISE(ABORT, 'payments are never deleted');
END;

-- What was charged: catalogue fee items at their published rate, copied at payment time.
CREATE TABLE payment_line (
    receipt_no TEXT NOT NULL REFERENCES payment(receipt_no),
    line_no    INTEGER NOT NULL,
    fee_code   TEXT NOT NULL,
    fee_name   TEXT NOT NULL,
    unit       TEXT NOT NULL DEFAULT '',
    unit_fen   INTEGER NOT NULL CHECK (unit_fen >= 0),
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    PRIMARY KEY (receipt_no, line_no)
) WITHOUT ROWID;

-- Voids and refunds, each approved by a supervisor; the payment itself stays as taken.
-- shift_id is the drawer the money went back from.
CREATE TABLE payment_adjustment (
    adjustment_id TEXT PRIMARY KEY,
    receipt_no    TEXT NOT NULL REFERENCES payment(receipt_no),
    kind          TEXT NOT NULL CHECK (kind IN ('void', 'refund')),
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    method        TEXT NOT NULL,
    reason        TEXT NOT NULL,
    staff_no      TEXT NOT NULL,
    approved_by   TEXT NOT NULL,
    shift_id      TEXT NOT NULL REFERENCES shift(shift_id),
    at            TEXT NOT NULL,
    business_day  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX payment_adjustment_receipt ON payment_adjustment(receipt_no);
CREATE INDEX payment_adjustment_day ON payment_adjustment(business_day);
CREATE INDEX payment_adjustment_shift ON payment_adjustment(shift_id);

-- Every print of a receipt: copy 0 is the original, later copies are reprints (补打).
CREATE TABLE receipt_print (
    receipt_no  TEXT NOT NULL REFERENCES payment(receipt_no),
    copy        INTEGER NOT NULL CHECK (copy >= 0),
    paper       TEXT NOT NULL CHECK (paper IN ('roll', 'a4')),
    staff_no    TEXT NOT NULL,
    approved_by TEXT,
    printed_at  TEXT NOT NULL,
    PRIMARY KEY (receipt_no, copy)
) WITHOUT ROWID;

CREATE TRIGGER payment_line_never_edited BEFORE UPDATE ON payment_line
BEGIN
    SELECT RAISE(ABORT, 'payment lines are never edited');
END;
CREATE TRIGGER payment_adjustment_never_edited BEFORE UPDATE ON payment_adjustment
BEGIN
    SELECT RAISE(ABORT, 'voids and refunds are never edited');
END;
