-- A worker claims a message for a bounded time while it talks to the SMTP server, instead of
-- holding a transaction open: a slow server can no longer cause a second delivery.
ALTER TABLE "outbox_message" ADD COLUMN "claimed_until" TIMESTAMPTZ(3);
