-- When a slot's move first locked the slot in its source database (database clock, epoch ms;
-- NULL until then, and again at the slot's next move). A move that has not switched within
-- `OMGSERVERS_SLOT_MOVES_TIMEOUT` of it is given up by the slot's owner, as
-- `admin/cancel-slot-moves` would (docs/sharding.md "Moving slots"); moves requested together
-- wait their turn unlocked, and their clocks start at their own locks.
ALTER TABLE slot_databases ADD COLUMN locked_at BIGINT;
