-- tax_corrections_openings_messages: owners' correction requests of their register data (tax_correction_request),
-- the flat-rate basis's opening periods (tax_accommodation.opening_periods, [] for the per-night basis) and
-- the messages staff write to a host from the undeclared list (tax_host_message). New tables and one column;
-- no index on the existing tax tables.

-- CreateEnum
CREATE TYPE "TaxCorrectionRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- AlterTable
ALTER TABLE "tax_accommodation" ADD COLUMN     "opening_periods" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "tax_correction_request" (
    "id" UUID NOT NULL,
    "accommodation_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "fields" TEXT[],
    "proposed" JSONB NOT NULL,
    "status" "TaxCorrectionRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decision_reason" TEXT,
    "requested_by_id" UUID,
    "requested_by_name" TEXT NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tax_correction_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tax_host_message" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "recipients" INTEGER NOT NULL,
    "sent_by_id" UUID,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tax_host_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tax_correction_request_status_created_at_idx" ON "tax_correction_request"("status", "created_at");

-- CreateIndex
CREATE INDEX "tax_correction_request_accommodation_id_created_at_idx" ON "tax_correction_request"("accommodation_id", "created_at");

-- CreateIndex
CREATE INDEX "tax_host_message_organisation_id_sent_at_idx" ON "tax_host_message"("organisation_id", "sent_at");

-- AddForeignKey
ALTER TABLE "tax_correction_request" ADD CONSTRAINT "tax_correction_request_accommodation_id_fkey" FOREIGN KEY ("accommodation_id") REFERENCES "tax_accommodation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_correction_request" ADD CONSTRAINT "tax_correction_request_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_host_message" ADD CONSTRAINT "tax_host_message_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
