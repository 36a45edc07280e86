-- outbox_retries: mail survives an outage. The worker reads the outbox itself (no pg-boss job per
-- message): `next_attempt_at` spaces the attempts (capped backoff), `retry_until` ends them 24 hours
-- after the message was queued, `claimed_by` names the claiming process's connection (a claim of a
-- stopped process is taken over at once), `message_id` stays the same at every attempt and
-- `handed_off_at` records that a message reached the SMTP server before its answer came back.

-- AlterTable
ALTER TABLE "outbox_message" ADD COLUMN     "claimed_by" TEXT,
ADD COLUMN     "handed_off_at" TIMESTAMPTZ(3),
ADD COLUMN     "message_id" TEXT,
ADD COLUMN     "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "retry_until" TIMESTAMPTZ(3);

-- Messages already queued: due now, retried for 24 hours from now.
UPDATE "outbox_message" SET "retry_until" = CURRENT_TIMESTAMP + interval '24 hours' WHERE "status" = 'PENDING';

-- CreateIndex
CREATE INDEX "outbox_message_status_next_attempt_at_idx" ON "outbox_message"("status", "next_attempt_at");
