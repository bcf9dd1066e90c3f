-- Cases beyond acceptance: forwarding and the higher level's decision, delivery, the one
-- extension, complaints and petitions with their reception flow, and phone enquiries.

-- What the matter is: an application for a catalogue item, a complaint or a petition.
ALTER TABLE service_case ADD COLUMN kind TEXT NOT NULL DEFAULT 'case'
    CHECK (kind IN ('case', 'complaint', 'petition'));
-- Complaint or petition: what the person says, in their words.
ALTER TABLE service_case ADD COLUMN subject TEXT;
ALTER TABLE service_case ADD COLUMN forwarded_on TEXT;
-- The higher level's decision on a forwarded case (approved, rejected, returned).
ALTER TABLE service_case ADD COLUMN decision TEXT;
ALTER TABLE service_case ADD COLUMN decision_note TEXT;
ALTER TABLE service_case ADD COLUMN decided_at TEXT;
ALTER TABLE service_case ADD COLUMN delivered_on TEXT;
ALTER TABLE service_case ADD COLUMN delivery_method TEXT;
-- The one extension (extended = 1): due_on is the new date, original_due_on the old one.
ALTER TABLE service_case ADD COLUMN original_due_on TEXT;
ALTER TABLE service_case ADD COLUMN extension_days INTEGER;
ALTER TABLE service_case ADD COLUMN extension_reason TEXT;
ALTER TABLE service_case ADD COLUMN extension_approved_by TEXT;
-- Complaint or petition: the leader who approved handling it, the section it went to,
-- the result the section reported and the reply given.
ALTER TABLE service_case ADD COLUMN approved_by TEXT;
ALTER TABLE service_case ADD COLUMN assigned_to TEXT;
ALTER TABLE service_case ADD COLUMN result TEXT;
ALTER TABLE service_case ADD COLUMN reply TEXT;
ALTER TABLE service_case ADD COLUMN reply_method TEXT;
ALTER TABLE service_case ADD COLUMN replied_on TEXT;

-- Running cases by due date (warnings, the status bar's counts, the open-case list) now
-- also carry the list's other filters, so a window's, a matter's or a clerk's open cases
-- are picked from the index alone.
DROP INDEX service_case_status_due;
CREATE INDEX service_case_status_due
    ON service_case(status, due_on, window_code, item_code, first_responder);
-- The case list's filters, newest first: each index ends in the rowid (registration order).
CREATE INDEX service_case_window ON service_case(window_code);
CREATE INDEX service_case_item ON service_case(item_code);
CREATE INDEX service_case_first_responder ON service_case(first_responder);
CREATE INDEX service_case_status ON service_case(status);
CREATE INDEX service_case_kind ON service_case(kind) WHERE kind <> 'case';

-- A case's history is its events: every event naming a case number, found by it.
CREATE INDEX event_log_case_no ON event_log(json_extract(data, '$.case_no'))
    WHERE json_extract(data, '$.case_no') IS NOT NULL;

-- Phone enquiries (电话咨询登记): who called, about what, and to whom it was passed on.
CREATE TABLE enquiry (
    enquiry_id   TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    unit         TEXT NOT NULL DEFAULT '',
    contact      TEXT NOT NULL,
    subject      TEXT NOT NULL,
    passed_to    TEXT NOT NULL,
    staff_no     TEXT NOT NULL,
    business_day TEXT NOT NULL,
    logged_at    TEXT NOT NULL
);
