-- A runtime's token epoch: raised at every start, after its RUNTIME user is given the start's
-- new password. `runtime/create-token` puts the epoch in both tokens,
-- and a token of an earlier epoch is refused at `runtime/interchange` and at the dispatcher
-- (401 `WRONG_CREDENTIALS`), so a container of an earlier start that is still running (on a
-- host cut off when its runtime was started elsewhere) cannot act as the runtime. Tokens issued
-- before this column existed carry no epoch and count as epoch 0.
ALTER TABLE runtimes ADD COLUMN token_epoch BIGINT NOT NULL DEFAULT 0;
