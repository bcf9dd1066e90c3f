-- The figures of the branches' daily report at headquarters: waiting and service times
-- need each ticket's issue and call times, which arrive in different events (and batches).
CREATE TABLE hq_ticket (
    branch_code TEXT NOT NULL,
    ticket_key  TEXT NOT NULL, -- business day + '/' + ticket number (numbers restart daily)
    issued_at   TEXT,
    called_at   TEXT,
    PRIMARY KEY (branch_code, ticket_key)
);
