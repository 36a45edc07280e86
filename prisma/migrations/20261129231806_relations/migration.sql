-- relations: written by `npm run db:migration` from prisma/schema/*.prisma. Review it, say why in a comment, then commit.

-- CreateEnum
CREATE TYPE "NewsCategory" AS ENUM ('CLIENTELE_FIGURES', 'SECTOR_NEWS', 'OFFICE_NEWS', 'TRAINING');

-- CreateEnum
CREATE TYPE "NewsStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "NewsAudience" AS ENUM ('ALL_PARTNERS', 'CATEGORIES', 'COMMUNES', 'COMMITTEE');

-- CreateEnum
CREATE TYPE "NewsMailPreference" AS ENUM ('IMMEDIATE', 'WEEKLY', 'NEVER');

-- CreateEnum
CREATE TYPE "ActionKind" AS ENUM ('TRADE_SHOW', 'EVENT', 'CAMPAIGN', 'ADVERT');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WAITING', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingPlace" AS ENUM ('OFFICE', 'PARTNER', 'VIDEO');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED');

-- AlterTable
ALTER TABLE "outbox_message" ADD COLUMN     "attachments" JSONB,
ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "news_item" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "category" "NewsCategory" NOT NULL,
    "status" "NewsStatus" NOT NULL DEFAULT 'DRAFT',
    "audience" "NewsAudience" NOT NULL,
    "target_categories" "OrganisationCategory"[] DEFAULT ARRAY[]::"OrganisationCategory"[],
    "target_communes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publish_at" TIMESTAMPTZ(3),
    "mailed_at" TIMESTAMPTZ(3),
    "attachment_key" TEXT,
    "attachment_name" TEXT,
    "attachment_type" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "news_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "news_read" (
    "news_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "news_read_pkey" PRIMARY KEY ("news_id","user_id")
);

-- CreateTable
CREATE TABLE "news_mail_setting" (
    "user_id" UUID NOT NULL,
    "preference" "NewsMailPreference" NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "news_mail_setting_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "news_digest" (
    "user_id" UUID NOT NULL,
    "week_start" DATE NOT NULL,
    "items" INTEGER NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "news_digest_pkey" PRIMARY KEY ("user_id","week_start")
);

-- CreateTable
CREATE TABLE "promotion_action" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ActionKind" NOT NULL,
    "description" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "registration_deadline" DATE NOT NULL,
    "places" INTEGER NOT NULL,
    "partner_cost_cents" INTEGER,
    "categories" "OrganisationCategory"[] DEFAULT ARRAY[]::"OrganisationCategory"[],
    "status" "ActionStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "promotion_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_registration" (
    "id" UUID NOT NULL,
    "action_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "registered_by_id" UUID,
    "queued_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "action_registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_availability" (
    "id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_availability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "requested_by_id" UUID,
    "subject" TEXT NOT NULL,
    "place" "MeetingPlace" NOT NULL,
    "preferred_slots" TIMESTAMPTZ(3)[],
    "status" "MeetingStatus" NOT NULL DEFAULT 'REQUESTED',
    "starts_at" TIMESTAMPTZ(3),
    "staff_message" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_note" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "author_id" UUID,
    "text" TEXT NOT NULL,
    "next_steps" TEXT NOT NULL DEFAULT '',
    "reminder_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "news_item_status_publish_at_idx" ON "news_item"("status", "publish_at");

-- CreateIndex
CREATE INDEX "news_read_user_id_idx" ON "news_read"("user_id");

-- CreateIndex
CREATE INDEX "promotion_action_status_starts_on_idx" ON "promotion_action"("status", "starts_on");

-- CreateIndex
CREATE INDEX "action_registration_action_id_status_queued_at_idx" ON "action_registration"("action_id", "status", "queued_at");

-- CreateIndex
CREATE INDEX "action_registration_organisation_id_idx" ON "action_registration"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "action_registration_action_id_organisation_id_key" ON "action_registration"("action_id", "organisation_id");

-- CreateIndex
CREATE INDEX "meeting_availability_starts_at_idx" ON "meeting_availability"("starts_at");

-- CreateIndex
CREATE INDEX "meeting_organisation_id_created_at_idx" ON "meeting"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "meeting_status_starts_at_idx" ON "meeting"("status", "starts_at");

-- CreateIndex
CREATE INDEX "meeting_note_meeting_id_idx" ON "meeting_note"("meeting_id");

-- CreateIndex
CREATE INDEX "meeting_note_organisation_id_idx" ON "meeting_note"("organisation_id");

-- AddForeignKey
ALTER TABLE "news_read" ADD CONSTRAINT "news_read_news_id_fkey" FOREIGN KEY ("news_id") REFERENCES "news_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_read" ADD CONSTRAINT "news_read_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_mail_setting" ADD CONSTRAINT "news_mail_setting_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_digest" ADD CONSTRAINT "news_digest_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_registration" ADD CONSTRAINT "action_registration_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "promotion_action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_registration" ADD CONSTRAINT "action_registration_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_note" ADD CONSTRAINT "meeting_note_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_note" ADD CONSTRAINT "meeting_note_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
