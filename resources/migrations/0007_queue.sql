-- The queue (排队叫号): the categories a customer picks at the ticket machine, the day's
-- tickets and their calls to windows, who works each window now (AB posts), ratings
-- (好差评) and callbacks (回访). Which categories a window serves and its A and B staff stay
-- in service_window (master data from headquarters).

-- A queue category: its code is what service_window.categories lists ("A", "B"…); the
-- prefix starts its ticket numbers (A001). Set up on the terminal (QueueSetup).
CREATE TABLE queue_category (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    prefix     TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- One ticket of one business day. Numbers restart every day, so (business_day, ticket_no)
-- is the key people use. A transfer keeps the ticket (the customer holds the paper): it
-- waits again in its new category, or for one window only (target_window).
CREATE TABLE ticket (
    ticket_id          INTEGER PRIMARY KEY,
    business_day       TEXT NOT NULL,
    ticket_no          TEXT NOT NULL,
    category           TEXT NOT NULL,
    issued_category    TEXT NOT NULL,
    priority           TEXT NOT NULL DEFAULT 'normal'
                       CHECK (priority IN ('normal', 'vip', 'elderly', 'disabled')),
    green              INTEGER NOT NULL DEFAULT 0, -- green channel: called first
    channel            TEXT NOT NULL DEFAULT 'kiosk' CHECK (channel IN ('kiosk', 'counter')),
    customer_id        TEXT,
    contact_phone      TEXT,
    status             TEXT NOT NULL
                       CHECK (status IN ('waiting', 'called', 'parked', 'served', 'no_show')),
    target_window      TEXT,
    window_code        TEXT,
    staff_no           TEXT,
    issued_by          TEXT NOT NULL,
    issued_at          TEXT NOT NULL,
    queued_at          TEXT NOT NULL, -- since when it waits where it waits (issue, transfer)
    first_called_at    TEXT,
    called_at          TEXT,          -- the latest call or recall
    leg_called_at      TEXT,          -- the first call at the present window
    call_count         INTEGER NOT NULL DEFAULT 0,
    service_started_at TEXT,          -- the running stretch of service (call or resume)
    service_ms         INTEGER NOT NULL DEFAULT 0, -- finished stretches of service
    transfers          INTEGER NOT NULL DEFAULT 0,
    finished_at        TEXT,
    outcome            TEXT CHECK (outcome IS NULL OR outcome IN ('served', 'no_show')),
    case_nos           TEXT NOT NULL DEFAULT '[]',
    score              INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    rated_at           TEXT,
    UNIQUE (business_day, ticket_no)
);
-- Call next: the day's waiting tickets, green channel first, then by issue time (a
-- transferred customer keeps their place).
CREATE INDEX ticket_waiting ON ticket(business_day, category, green DESC, issued_at)
    WHERE status = 'waiting';
-- The ticket at a window (being served or parked there).
CREATE INDEX ticket_at_window ON ticket(window_code, business_day)
    WHERE status IN ('called', 'parked');
-- The hall display's latest calls.
CREATE INDEX ticket_calls ON ticket(business_day, called_at) WHERE called_at IS NOT NULL;
-- A customer's visits on the customer card.
CREATE INDEX ticket_customer ON ticket(customer_id, business_day) WHERE customer_id IS NOT NULL;

-- Who works a window on a business day: its A post, its B post covering (AB岗), or a
-- supervisor. A row of an earlier day means nobody has taken the window yet today.
CREATE TABLE window_post (
    window_code  TEXT PRIMARY KEY,
    business_day TEXT NOT NULL,
    staff_no     TEXT NOT NULL,
    post         TEXT NOT NULL CHECK (post IN ('a', 'b', 'cover')),
    since        TEXT NOT NULL
) WITHOUT ROWID;

-- Follow-up calls (回访). The first columns are shared with reports (CONTRACTS.md); an
-- unreachable customer is tried again at another time of day (retry_after).
CREATE TABLE callback (
    callback_id     TEXT PRIMARY KEY,
    case_no         TEXT,
    ticket_no       TEXT,
    business_day    TEXT,
    reason          TEXT,
    due_on          TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('open', 'done')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    done_on         TEXT NULL,
    outcome         TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    customer_id     TEXT,
    contact_phone   TEXT,
    score           INTEGER,
    window_code     TEXT,
    staff_no        TEXT, -- who served the customer
    last_attempt_at TEXT,
    retry_after     TEXT
);
CREATE INDEX callback_status_due ON callback(status, due_on);

-- The customer's rating of a case (1-5, 5 = 非常满意), from the rating pad.
ALTER TABLE service_case ADD COLUMN score INTEGER;
