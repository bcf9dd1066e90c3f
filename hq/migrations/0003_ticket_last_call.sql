-- A served ticket's service time runs from its last call (the rule the branch uses, in
-- core/reports/reportfacts), so HQ keeps each ticket's last call and its clerk too. Tickets
-- are keyed by the business day their events carry. Written for SQLite and PostgreSQL.
ALTER TABLE hq_ticket ADD COLUMN last_called_at TEXT;
ALTER TABLE hq_ticket ADD COLUMN last_caller TEXT;
