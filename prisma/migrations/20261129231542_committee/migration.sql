-- committee: written by `npm run db:migration` from prisma/schema/*.prisma. Review it, say why in a comment, then commit.

-- CreateEnum
CREATE TYPE "CommitteeSessionStatus" AS ENUM ('PLANNED', 'HELD', 'MINUTES_PUBLISHED');

-- CreateEnum
CREATE TYPE "CommitteeDocumentKind" AS ENUM ('AGENDA', 'PRESENTATION', 'MINUTES', 'ANNEX');

-- CreateEnum
CREATE TYPE "CommitteeAttendance" AS ENUM ('YES', 'NO');

-- CreateEnum
CREATE TYPE "CommitteeRecommendationStatus" AS ENUM ('PROPOSED', 'PRESENTED', 'ADOPTED', 'ADJOURNED', 'REJECTED');

-- CreateTable
CREATE TABLE "committee_session" (
    "id" UUID NOT NULL,
    "theme" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "start_time" TEXT,
    "place" TEXT,
    "video_link" TEXT,
    "status" "CommitteeSessionStatus" NOT NULL DEFAULT 'PLANNED',
    "minutes_markdown" TEXT,
    "minutes_published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "committee_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_agenda_item" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "committee_agenda_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_participant" (
    "session_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "attendance" "CommitteeAttendance",
    "answered_at" TIMESTAMPTZ(3),

    CONSTRAINT "committee_participant_pkey" PRIMARY KEY ("session_id","user_id")
);

-- CreateTable
CREATE TABLE "committee_document" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "kind" "CommitteeDocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_document_version" (
    "id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "storage_name" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "text" TEXT,
    "uploaded_by_id" UUID,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_document_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_reading" (
    "session_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_reading_pkey" PRIMARY KEY ("session_id","user_id")
);

-- CreateTable
CREATE TABLE "committee_recommendation" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "proposer" TEXT NOT NULL,
    "status" "CommitteeRecommendationStatus" NOT NULL DEFAULT 'PROPOSED',
    "decided_on" DATE,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_decision" (
    "id" UUID NOT NULL,
    "recommendation_id" UUID NOT NULL,
    "status" "CommitteeRecommendationStatus" NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT,
    "recorded_by_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_decision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "committee_session_date_idx" ON "committee_session"("date");

-- CreateIndex
CREATE UNIQUE INDEX "committee_agenda_item_session_id_position_key" ON "committee_agenda_item"("session_id", "position");

-- CreateIndex
CREATE INDEX "committee_participant_user_id_idx" ON "committee_participant"("user_id");

-- CreateIndex
CREATE INDEX "committee_document_session_id_idx" ON "committee_document"("session_id");

-- CreateIndex
CREATE UNIQUE INDEX "committee_document_version_storage_name_key" ON "committee_document_version"("storage_name");

-- CreateIndex
CREATE UNIQUE INDEX "committee_document_version_document_id_version_key" ON "committee_document_version"("document_id", "version");

-- CreateIndex
CREATE INDEX "committee_reading_user_id_idx" ON "committee_reading"("user_id");

-- CreateIndex
CREATE INDEX "committee_recommendation_session_id_idx" ON "committee_recommendation"("session_id");

-- CreateIndex
CREATE INDEX "committee_recommendation_theme_idx" ON "committee_recommendation"("theme");

-- CreateIndex
CREATE INDEX "committee_decision_recommendation_id_idx" ON "committee_decision"("recommendation_id");

-- AddForeignKey
ALTER TABLE "committee_agenda_item" ADD CONSTRAINT "committee_agenda_item_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "committee_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_participant" ADD CONSTRAINT "committee_participant_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "committee_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_participant" ADD CONSTRAINT "committee_participant_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_document" ADD CONSTRAINT "committee_document_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "committee_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_document_version" ADD CONSTRAINT "committee_document_version_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "committee_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_document_version" ADD CONSTRAINT "committee_document_version_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_reading" ADD CONSTRAINT "committee_reading_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "committee_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_reading" ADD CONSTRAINT "committee_reading_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_recommendation" ADD CONSTRAINT "committee_recommendation_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "committee_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_decision" ADD CONSTRAINT "committee_decision_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "committee_recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Committee search (hand-written; Prisma has no word for it): French stemming after unaccent, so
-- « réunions » finds « reunion » and « Marché » finds « marches ». The committee's texts are a few
-- hundred rows a year, so the search computes its vectors per query and needs no index yet.
CREATE TEXT SEARCH CONFIGURATION committee_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION committee_french
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
