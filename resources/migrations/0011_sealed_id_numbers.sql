-- min_compatible: 11
-- ID numbers sealed with the device key (docs/SECURITY.md). customer.id_number now holds
-- "sealed:v1:…", which is never equal for two customers, so the unique index moves to a
-- keyed blind index of the number (id_blind, a look-up by full number stays one index
-- probe) and the parts the masked form shows anyway (region and last four) get columns of
-- their own, so the counter's digit search is still a range of an index. Existing rows
-- are sealed by the program on its first start with the key (SealUpgrade), which this
-- setting asks for; it also seals the ID numbers in event_log and in case forms, and the
-- headquarters token. An older build would write clear numbers without the blind index:
-- hence min_compatible 11.
ALTER TABLE customer ADD COLUMN id_blind TEXT;
ALTER TABLE customer ADD COLUMN id_region TEXT NOT NULL DEFAULT '';
ALTER TABLE customer ADD COLUMN id_last_four TEXT NOT NULL DEFAULT '';
DROP INDEX IF EXISTS customer_id_number;
CREATE UNIQUE INDEX IF NOT EXISTS customer_id_blind ON customer(id_blind, id_type);
CREATE INDEX IF NOT EXISTS customer_id_region ON customer(id_region);
CREATE INDEX IF NOT EXISTS customer_id_last_four ON customer(id_last_four);
INSERT INTO setting(key, value) VALUES ('storage.seal_pending', '1')
    ON CONFLICT(key) DO UPDATE SET value = '1';
