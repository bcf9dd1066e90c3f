-- Report facts: the event-catalogue fields the daily and monthly reports count, taken out
-- of each event's JSON once, when the event is appended (a trigger in the same transaction),
-- instead of at every report. Clustered by (type, at), so a day of one kind of event is one
-- contiguous range. Derived data only: the event log stays the record; nothing but these
-- triggers and this backfill writes a fact.
-- Cases carry the item, window and handling mode their case row had when the event was
-- appended (a registration: its item's planned mode). A ticket's call carries whether it
-- was its first and the wait since its issue; a served ending the service time since the
-- last call and the serving clerk. Ticket numbers restart every day, so a ticket's issue
-- and calls are looked for within the 24 hours before.

CREATE TABLE report_fact (
    type        TEXT NOT NULL,
    at          TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    staff       TEXT NOT NULL,
    case_no     TEXT,
    item_code   TEXT,
    window_code TEXT,
    kind        TEXT,
    mode        TEXT,
    on_time     INTEGER,
    receipt_no  TEXT,
    method      TEXT,
    amount_fen  INTEGER,
    ticket_no   TEXT,
    moment      TEXT,
    caller      TEXT,
    first_call  INTEGER,
    wait_ms     INTEGER,
    outcome     TEXT,
    service_ms  INTEGER,
    server      TEXT,
    score       INTEGER,
    reached     INTEGER,
    PRIMARY KEY (type, at, seq)
) WITHOUT ROWID;
-- A void or refund finds the payment it corrects, whatever day it was taken.
CREATE INDEX report_fact_receipt ON report_fact(receipt_no) WHERE type = 'payment.taken';
-- A ticket's call finds its issue and earlier calls; its ending, its last call.
CREATE INDEX report_fact_ticket ON report_fact(ticket_no, type, at) WHERE ticket_no IS NOT NULL;

-- The fee lines of each payment taken.
CREATE TABLE report_fee_line (
    at         TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    line       INTEGER NOT NULL,
    fee_code   TEXT,
    qty        INTEGER,
    amount_fen INTEGER,
    PRIMARY KEY (at, seq, line)
) WITHOUT ROWID;

-- Events that are not valid JSON (none are: the log writes canonical JSON) are skipped
-- rather than refused: a report must never stop a clerk's action.
CREATE TRIGGER report_fact_from_event AFTER INSERT ON event_log
WHEN NEW.type IN ('case.registered', 'case.accepted', 'case.completed', 'case.refused',
                  'case.forwarded', 'case.rated', 'payment.taken', 'ticket.issued',
                  'ticket.called', 'ticket.finished', 'ticket.rated', 'callback.recorded')
     AND json_valid(NEW.data)
BEGIN
    INSERT INTO report_fact (type, at, seq, staff, case_no, item_code, window_code, kind, mode,
                             on_time)
    SELECT NEW.type, NEW.at, NEW.seq, NEW.staff, json_extract(NEW.data, '$.case_no'),
           coalesce(json_extract(NEW.data, '$.item_code'), c.item_code),
           CASE WHEN NEW.type = 'case.registered' THEN json_extract(NEW.data, '$.window')
                ELSE c.window_code END,
           json_extract(NEW.data, '$.kind'),
           coalesce(json_extract(NEW.data, '$.mode'), c.mode, i.mode),
           json_extract(NEW.data, '$.on_time')
    FROM (SELECT 1)
    LEFT JOIN service_case c ON c.case_no = json_extract(NEW.data, '$.case_no')
    LEFT JOIN catalogue_item i
           ON i.code = coalesce(json_extract(NEW.data, '$.item_code'), c.item_code)
    WHERE NEW.type IN ('case.registered', 'case.accepted', 'case.completed', 'case.refused',
                       'case.forwarded');

    INSERT INTO report_fact (type, at, seq, staff, receipt_no, method, amount_fen)
    SELECT NEW.type, NEW.at, NEW.seq, NEW.staff, json_extract(NEW.data, '$.receipt_no'),
           json_extract(NEW.data, '$.method'), json_extract(NEW.data, '$.amount_fen')
    WHERE NEW.type = 'payment.taken';
    INSERT INTO report_fee_line (at, seq, line, fee_code, qty, amount_fen)
    SELECT NEW.at, NEW.seq, j.key, json_extract(j.value, '$.fee_code'),
           json_extract(j.value, '$.qty'), json_extract(j.value, '$.amount_fen')
    FROM json_each(NEW.data, '$.items') j
    WHERE NEW.type = 'payment.taken';

    INSERT INTO report_fact (type, at, seq, staff, ticket_no, moment)
    SELECT NEW.type, NEW.at, NEW.seq, NEW.staff, json_extract(NEW.data, '$.ticket_no'),
           coalesce(json_extract(NEW.data, '$.issued_at'), NEW.at)
    WHERE NEW.type = 'ticket.issued';

    INSERT INTO report_fact (type, at, seq, staff, ticket_no, moment, caller, first_call, wait_ms)
    SELECT NEW.type, NEW.at, NEW.seq, NEW.staff, t.no, t.moment,
           coalesce(nullif(json_extract(NEW.data, '$.staff'), ''), NEW.staff),
           t.earlier IS NULL,
           CASE WHEN t.earlier IS NULL AND t.issued IS NOT NULL
                THEN max(0, CAST(round((julianday(t.moment) - julianday(t.issued)) * 86400000.0)
                                 AS INTEGER)) END
    FROM (SELECT n.no, n.moment,
                 (SELECT moment FROM report_fact f
                  WHERE f.ticket_no = n.no AND f.type = 'ticket.issued'
                    AND f.at <= NEW.at AND f.at >= n.since
                  ORDER BY f.at DESC LIMIT 1) AS issued,
                 (SELECT 1 FROM report_fact f
                  WHERE f.ticket_no = n.no AND f.type = 'ticket.called'
                    AND f.at <= NEW.at AND f.at >= coalesce(
                        (SELECT max(g.at) FROM report_fact g
                         WHERE g.ticket_no = n.no AND g.type = 'ticket.issued'
                           AND g.at <= NEW.at AND g.at >= n.since), n.since)
                  LIMIT 1) AS earlier
          FROM (SELECT json_extract(NEW.data, '$.ticket_no') AS no,
                       coalesce(json_extract(NEW.data, '$.called_at'), NEW.at) AS moment,
                       strftime('%Y-%m-%dT%H:%M:%fZ', NEW.at, '-1 day') AS since) n) t
    WHERE NEW.type = 'ticket.called';

    INSERT INTO report_fact (type, at, seq, staff, ticket_no, moment, outcome, service_ms, server)
    SELECT NEW.type, NEW.at, NEW.seq, NEW.staff, t.no, t.moment, t.outcome,
           CASE WHEN t.outcome = 'served' AND t.last_call IS NOT NULL
                THEN max(0, CAST(round((julianday(t.moment) - julianday(substr(t.last_call, 1, 24)))
                                       * 86400000.0) AS INTEGER)) END,
           CASE WHEN t.outcome = 'served'
                THEN coalesce(nullif(NEW.staff, ''), substr(t.last_call, 25), '') END
    FROM (SELECT n.no, n.moment, n.outcome,
                 (SELECT f.moment || f.caller FROM report_fact f
                  WHERE f.ticket_no = n.no AND f.type = 'ticket.called'
                    AND f.at <= NEW.at AND f.at >= n.since
                  ORDER BY f.at DESC LIMIT 1) AS last_call
          FROM (SELECT json_extract(NEW.data, '$.ticket_no') AS no,
                       coalesce(json_extract(NEW.data, '$.finished_at'), NEW.at) AS moment,
                       json_extract(NEW.data, '$.outcome') AS outcome,
                       strftime('%Y-%m-%dT%H:%M:%fZ', NEW.at, '-1 day') AS since) n) t
    WHERE NEW.type = 'ticket.finished';

    INSERT INTO report_fact (type, at, seq, staff, case_no, ticket_no, score, reached)
    SELECT NEW.type, NEW.at, NEW.seq, NEW.staff, json_extract(NEW.data, '$.case_no'),
           json_extract(NEW.data, '$.ticket_no'), json_extract(NEW.data, '$.score'),
           json_extract(NEW.data, '$.reached')
    WHERE NEW.type IN ('case.rated', 'ticket.rated', 'callback.recorded');
END;

-- The events logged before this version, the same way (their cases as they are now).
INSERT INTO report_fact (type, at, seq, staff, case_no, item_code, window_code, kind, mode,
                         on_time)
SELECT e.type, e.at, e.seq, e.staff, json_extract(e.data, '$.case_no'),
       coalesce(json_extract(e.data, '$.item_code'), c.item_code),
       CASE WHEN e.type = 'case.registered' THEN json_extract(e.data, '$.window')
            ELSE c.window_code END,
       json_extract(e.data, '$.kind'),
       coalesce(json_extract(e.data, '$.mode'),
                CASE WHEN e.type = 'case.registered' THEN NULL ELSE c.mode END, i.mode),
       json_extract(e.data, '$.on_time')
FROM event_log e
LEFT JOIN service_case c ON c.case_no = json_extract(e.data, '$.case_no')
LEFT JOIN catalogue_item i ON i.code = coalesce(json_extract(e.data, '$.item_code'), c.item_code)
WHERE e.type IN ('case.registered', 'case.accepted', 'case.completed', 'case.refused',
                 'case.forwarded')
  AND json_valid(e.data);

INSERT INTO report_fact (type, at, seq, staff, receipt_no, method, amount_fen)
SELECT e.type, e.at, e.seq, e.staff, json_extract(e.data, '$.receipt_no'),
       json_extract(e.data, '$.method'), json_extract(e.data, '$.amount_fen')
FROM event_log e WHERE e.type = 'payment.taken' AND json_valid(e.data);

INSERT INTO report_fee_line (at, seq, line, fee_code, qty, amount_fen)
SELECT e.at, e.seq, j.key, json_extract(j.value, '$.fee_code'), json_extract(j.value, '$.qty'),
       json_extract(j.value, '$.amount_fen')
FROM event_log e, json_each(e.data, '$.items') j
WHERE e.type = 'payment.taken' AND json_valid(e.data);

INSERT INTO report_fact (type, at, seq, staff, case_no, ticket_no, moment, caller, outcome,
                         score, reached)
SELECT e.type, e.at, e.seq, e.staff, json_extract(e.data, '$.case_no'),
       json_extract(e.data, '$.ticket_no'),
       CASE e.type WHEN 'ticket.issued' THEN coalesce(json_extract(e.data, '$.issued_at'), e.at)
                   WHEN 'ticket.called' THEN coalesce(json_extract(e.data, '$.called_at'), e.at)
                   WHEN 'ticket.finished'
                   THEN coalesce(json_extract(e.data, '$.finished_at'), e.at) END,
       CASE WHEN e.type = 'ticket.called'
            THEN coalesce(nullif(json_extract(e.data, '$.staff'), ''), e.staff) END,
       json_extract(e.data, '$.outcome'),
       json_extract(e.data, '$.score'),
       json_extract(e.data, '$.reached')
FROM event_log e
WHERE e.type IN ('ticket.issued', 'ticket.called', 'ticket.finished', 'ticket.rated',
                 'case.rated', 'callback.recorded')
  AND json_valid(e.data);

-- Calls and endings paired as the trigger pairs them, now that every ticket fact is in.
UPDATE report_fact AS c SET
    first_call = NOT EXISTS (
        SELECT 1 FROM report_fact f
        WHERE f.ticket_no = c.ticket_no AND f.type = 'ticket.called' AND f.at < c.at
          AND f.at >= coalesce(
              (SELECT max(g.at) FROM report_fact g
               WHERE g.ticket_no = c.ticket_no AND g.type = 'ticket.issued' AND g.at <= c.at
                 AND g.at >= strftime('%Y-%m-%dT%H:%M:%fZ', c.at, '-1 day')),
              strftime('%Y-%m-%dT%H:%M:%fZ', c.at, '-1 day')))
WHERE c.type = 'ticket.called';
UPDATE report_fact AS c SET
    wait_ms = (SELECT max(0, CAST(round((julianday(c.moment) - julianday(f.moment)) * 86400000.0)
                                  AS INTEGER))
               FROM report_fact f
               WHERE f.ticket_no = c.ticket_no AND f.type = 'ticket.issued' AND f.at <= c.at
                 AND f.at >= strftime('%Y-%m-%dT%H:%M:%fZ', c.at, '-1 day')
               ORDER BY f.at DESC LIMIT 1)
WHERE c.type = 'ticket.called' AND c.first_call = 1;
UPDATE report_fact AS e SET
    service_ms = (SELECT max(0, CAST(round((julianday(e.moment) - julianday(f.moment))
                                           * 86400000.0) AS INTEGER))
                  FROM report_fact f
                  WHERE f.ticket_no = e.ticket_no AND f.type = 'ticket.called' AND f.at <= e.at
                    AND f.at >= strftime('%Y-%m-%dT%H:%M:%fZ', e.at, '-1 day')
                  ORDER BY f.at DESC LIMIT 1),
    server = coalesce(nullif(e.staff, ''),
                      (SELECT f.caller FROM report_fact f
                       WHERE f.ticket_no = e.ticket_no AND f.type = 'ticket.called'
                         AND f.at <= e.at
                         AND f.at >= strftime('%Y-%m-%dT%H:%M:%fZ', e.at, '-1 day')
                       ORDER BY f.at DESC LIMIT 1), '')
WHERE e.type = 'ticket.finished' AND e.outcome = 'served';
