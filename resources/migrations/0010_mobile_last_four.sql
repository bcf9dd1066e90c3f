-- min_compatible: 9
-- Search by the last four digits of a mobile (what a customer says at the counter when
-- they do not remember the whole number): expression indexes on the last four characters
-- of the contact number and of the live lines' numbers. A query finds them by the same
-- expression, substr(x, -4) = ?, so the look-up is a range of an index however many
-- customers the branch has. Only indexes: a build of schema 9 keeps them up to date
-- without knowing them, hence min_compatible 9. IF NOT EXISTS: run again on a database
-- that already has them (its version set back, as a test of the report facts does), it
-- changes nothing.
CREATE INDEX IF NOT EXISTS customer_phone_last_four ON customer(substr(phone, -4));
CREATE INDEX IF NOT EXISTS subscription_number_last_four ON subscription(substr(number, -4))
    WHERE status <> 'cancelled';
