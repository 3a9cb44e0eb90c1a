-- Issue 11, finding 4: a district officer could rename or switch off another district's program. A program added
-- by an officer now belongs to the communes that officer worked in; only an officer covering all of them may change
-- it. Programs of the national catalogue (seeded, no owner) are defined by national law and change only by migration.
ALTER TABLE support_program ADD COLUMN owner_communes BIGINT[];
