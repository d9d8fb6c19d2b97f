-- Moving a slot's game state between shard databases (docs/sharding.md "Moving slots").
--
-- In the system database, a slot's move: `moving_to` is the shard database it is being copied
-- to (set by admin/move-slots, cleared when the map switches), `moved_from` the one its rows
-- are still to be deleted from (set at the switch, cleared when they are), `switched_at` when
-- the map switched (database clock, epoch ms), and `move_id` the number of the slot's latest
-- move, which every step of that move checks so that a stale mover changes nothing.
ALTER TABLE slot_databases ADD COLUMN moving_to INTEGER;
ALTER TABLE slot_databases ADD COLUMN moved_from INTEGER;
ALTER TABLE slot_databases ADD COLUMN switched_at BIGINT;
ALTER TABLE slot_databases ADD COLUMN move_id BIGINT NOT NULL DEFAULT 0;
-- In a shard database, the slot's fence `state`: `open` (units commit), `locked` (a move is
-- copying the slot away: units are refused with SHARD_LOCKED), `incoming` (a move copied it
-- here: refused too, until the map switched and the move opens it), `moved` (it lives
-- elsewhere now; this row stays as a tombstone); and the `move_id` of the move that set it.
ALTER TABLE slot_fences ADD COLUMN state TEXT NOT NULL DEFAULT 'open';
ALTER TABLE slot_fences ADD COLUMN move_id BIGINT NOT NULL DEFAULT 0;
