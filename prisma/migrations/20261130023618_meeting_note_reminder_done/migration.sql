-- meeting_note_reminder_done: written by `npm run db:migration` from prisma/schema/*.prisma. Review it, say why in a comment, then commit.
-- Why: a follow-up note's reminder date now puts the note on every staff home from that day until someone marks it done (who and when kept here).

-- AlterTable
ALTER TABLE "meeting_note" ADD COLUMN     "reminder_done_at" TIMESTAMPTZ(3),
ADD COLUMN     "reminder_done_by" UUID;

-- CreateIndex
CREATE INDEX "meeting_note_reminder_on_idx" ON "meeting_note"("reminder_on");
