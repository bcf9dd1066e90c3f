-- min_compatible: 9
-- Report facts are no longer derived by a trigger: the write transaction derives each
-- event's fact with the one C++ rule that headquarters also uses (core/reports/reportfacts)
-- and writes it with the event. A build of schema 8 would rely on the trigger and stop
-- filling the facts, hence min_compatible 9. The facts already written keep their meaning.
--
-- New in this version: ticket facts carry the business day whose numbering their ticket
-- number belongs to (numbers restart daily), and a ticket's issue and calls are looked up
-- by it instead of within the 24 hours before. Facts are now also kept for the other case
-- steps, for voids and refunds (receipt_no, amount_fen) and for closed shifts (amount_fen:
-- the cash variance); the events logged before this version have none of these.
DROP TRIGGER report_fact_from_event;

ALTER TABLE report_fact ADD COLUMN business_day TEXT;

UPDATE report_fact
SET business_day = coalesce((SELECT json_extract(e.data, '$.business_day')
                             FROM event_log e WHERE e.seq = report_fact.seq),
                            date(moment, 'localtime'))
WHERE type IN ('ticket.issued', 'ticket.called', 'ticket.finished');

-- A ticket's issue and last call of its day.
DROP INDEX report_fact_ticket;
CREATE INDEX report_fact_ticket ON report_fact(ticket_no, business_day, type, at)
    WHERE ticket_no IS NOT NULL;
