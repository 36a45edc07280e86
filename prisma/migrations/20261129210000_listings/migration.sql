-- Listings, change requests reviewed field by field, photos, freshness reminders.

-- CreateEnum
CREATE TYPE "ListingType" AS ENUM ('HOTELLERIE', 'HEBERGEMENT_LOCATIF', 'HEBERGEMENT_COLLECTIF', 'HOTELLERIE_PLEIN_AIR', 'RESTAURATION', 'ACTIVITE', 'FETE_ET_MANIFESTATION', 'EQUIPEMENT', 'COMMERCE_ET_SERVICE', 'PATRIMOINE_CULTUREL', 'PATRIMOINE_NATUREL');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('OPEN', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'SENT_BACK', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "listing" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "type" "ListingType" NOT NULL,
    "name" TEXT NOT NULL,
    "commune_code" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "last_confirmed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "stale_at" TIMESTAMPTZ(3) NOT NULL,
    "apidae_id" BIGINT,
    "apidae_extra" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "listing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_request" (
    "id" UUID NOT NULL,
    "listing_id" UUID,
    "organisation_id" UUID NOT NULL,
    "type" "ListingType" NOT NULL,
    "listing_name" TEXT NOT NULL,
    "commune_code" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "base_version" INTEGER,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submitted_by_id" UUID,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "decisions" JSONB,
    "comment" TEXT,

    CONSTRAINT "change_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "listing_photo" (
    "id" TEXT NOT NULL,
    "organisation_id" UUID NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "listing_photo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "listing_reminder" (
    "listing_id" UUID NOT NULL,
    "step" TEXT NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "listing_reminder_pkey" PRIMARY KEY ("listing_id","step","period_start")
);

-- CreateTable
CREATE TABLE "listing_frequency" (
    "type" "ListingType" NOT NULL,
    "days" INTEGER NOT NULL,

    CONSTRAINT "listing_frequency_pkey" PRIMARY KEY ("type")
);

-- CreateIndex
CREATE UNIQUE INDEX "listing_apidae_id_key" ON "listing"("apidae_id");
CREATE INDEX "listing_organisation_id_name_idx" ON "listing"("organisation_id", "name");
CREATE INDEX "listing_stale_at_idx" ON "listing"("stale_at");
CREATE INDEX "listing_due_at_idx" ON "listing"("due_at");
CREATE INDEX "listing_type_idx" ON "listing"("type");
CREATE INDEX "listing_commune_code_idx" ON "listing"("commune_code");
CREATE INDEX "change_request_status_submitted_at_idx" ON "change_request"("status", "submitted_at");
CREATE INDEX "change_request_organisation_id_status_idx" ON "change_request"("organisation_id", "status");
CREATE INDEX "change_request_listing_id_idx" ON "change_request"("listing_id");
CREATE INDEX "listing_photo_organisation_id_idx" ON "listing_photo"("organisation_id");

-- One open request per listing: a second submission edits the first instead (Prisma cannot
-- express a partial index; it lives here only).
CREATE UNIQUE INDEX "change_request_one_open_per_listing" ON "change_request"("listing_id") WHERE "status" = 'OPEN';

-- AddForeignKey
ALTER TABLE "listing" ADD CONSTRAINT "listing_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "listing" ADD CONSTRAINT "listing_commune_code_fkey" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "listing_photo" ADD CONSTRAINT "listing_photo_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "listing_reminder" ADD CONSTRAINT "listing_reminder_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
