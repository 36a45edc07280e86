-- pack_renewal_reminders: written by `npm run db:migration` from prisma/schema/*.prisma. Review it, say why in a comment, then commit.

-- CreateTable
CREATE TABLE "pack_renewal_reminder" (
    "organisation_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "pack_renewal_reminder_pkey" PRIMARY KEY ("organisation_id","year","step")
);

-- AddForeignKey
ALTER TABLE "pack_renewal_reminder" ADD CONSTRAINT "pack_renewal_reminder_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
