-- When a slot's move was requested (database clock, epoch ms; set by admin/move-slots). A move
-- that has not switched within `OMGSERVERS_SLOT_MOVES_TIMEOUT` of it is given up by the
-- slot's owner, as `admin/cancel-slot-moves` would (docs/sharding.md "Moving slots").
ALTER TABLE slot_databases ADD COLUMN requested_at BIGINT;
