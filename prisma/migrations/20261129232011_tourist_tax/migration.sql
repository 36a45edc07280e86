-- tourist_tax: the tax register (accommodations), yearly tariffs, versioned quarterly declarations, payments and reminders (prisma/schema/tourist-tax.prisma), plus the Pays de Gex tariffs of 2025 and 2026 as reference data.

-- CreateEnum
CREATE TYPE "TaxAccommodationKind" AS ENUM ('HOTEL', 'TOURIST_RESIDENCE', 'FURNISHED_LET', 'HOLIDAY_VILLAGE', 'CHAMBRE_HOTES', 'AUBERGE_COLLECTIVE', 'CAMPSITE', 'MOTORHOME_AREA', 'MARINA', 'PALACE');

-- CreateEnum
CREATE TYPE "TaxBasis" AS ENUM ('PER_NIGHT', 'FLAT_RATE');

-- CreateEnum
CREATE TYPE "TaxDeclarationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "TaxPaymentMethod" AS ENUM ('TRANSFER', 'CHEQUE', 'CARD', 'CASH', 'PLATFORM');

-- CreateTable
CREATE TABLE "tax_accommodation" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "commune_code" TEXT NOT NULL,
    "kind" "TaxAccommodationKind" NOT NULL,
    "stars" INTEGER,
    "capacity" INTEGER NOT NULL,
    "registration_number" TEXT,
    "basis" "TaxBasis" NOT NULL DEFAULT 'PER_NIGHT',
    "active_from" DATE NOT NULL,
    "active_to" DATE,
    "listing_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tax_accommodation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tax_tariff_year" (
    "year" INTEGER NOT NULL,
    "rates" JSONB NOT NULL,
    "proportional_basis_points" INTEGER NOT NULL,
    "proportional_cap_cents" INTEGER NOT NULL,
    "additional_rates" JSONB NOT NULL,
    "rent_threshold_cents" INTEGER,
    "flat_rate_allowance_percent" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tax_tariff_year_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "tax_declaration" (
    "id" UUID NOT NULL,
    "accommodation_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "status" "TaxDeclarationStatus" NOT NULL DEFAULT 'DRAFT',
    "no_rental" BOOLEAN NOT NULL DEFAULT false,
    "lines" JSONB NOT NULL,
    "totals" JSONB NOT NULL,
    "category" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "nights" INTEGER NOT NULL DEFAULT 0,
    "person_nights" INTEGER NOT NULL DEFAULT 0,
    "platform_nights" INTEGER NOT NULL DEFAULT 0,
    "anomalies" JSONB NOT NULL DEFAULT '[]',
    "correction_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "submitted_by_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tax_declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tax_payment" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "accommodation_id" UUID NOT NULL,
    "declaration_id" UUID,
    "method" "TaxPaymentMethod" NOT NULL,
    "paid_on" DATE NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tax_payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tax_reminder" (
    "accommodation_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "step" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tax_reminder_pkey" PRIMARY KEY ("accommodation_id","year","quarter","step")
);

-- CreateIndex
CREATE INDEX "tax_accommodation_organisation_id_name_idx" ON "tax_accommodation"("organisation_id", "name");

-- CreateIndex
CREATE INDEX "tax_accommodation_commune_code_idx" ON "tax_accommodation"("commune_code");

-- CreateIndex
CREATE INDEX "tax_declaration_organisation_id_year_quarter_idx" ON "tax_declaration"("organisation_id", "year", "quarter");

-- CreateIndex
CREATE INDEX "tax_declaration_year_quarter_status_idx" ON "tax_declaration"("year", "quarter", "status");

-- CreateIndex
CREATE UNIQUE INDEX "tax_declaration_accommodation_id_year_quarter_revision_key" ON "tax_declaration"("accommodation_id", "year", "quarter", "revision");

-- CreateIndex
CREATE INDEX "tax_payment_organisation_id_idx" ON "tax_payment"("organisation_id");

-- CreateIndex
CREATE INDEX "tax_payment_accommodation_id_idx" ON "tax_payment"("accommodation_id");

-- AddForeignKey
ALTER TABLE "tax_accommodation" ADD CONSTRAINT "tax_accommodation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_declaration" ADD CONSTRAINT "tax_declaration_accommodation_id_fkey" FOREIGN KEY ("accommodation_id") REFERENCES "tax_accommodation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_declaration" ADD CONSTRAINT "tax_declaration_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_payment" ADD CONSTRAINT "tax_payment_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_payment" ADD CONSTRAINT "tax_payment_accommodation_id_fkey" FOREIGN KEY ("accommodation_id") REFERENCES "tax_accommodation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_payment" ADD CONSTRAINT "tax_payment_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "tax_declaration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_reminder" ADD CONSTRAINT "tax_reminder_accommodation_id_fkey" FOREIGN KEY ("accommodation_id") REFERENCES "tax_accommodation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Pays de Gex Agglo tariffs for 2025 and 2026 (libs/domain/src/tourist-tax/tariffs.ts PAYS_DE_GEX_TARIFFS,
-- DGFiP deliberation data): reference data the tax needs in every environment, not demo data;
-- staff edit them afterwards (tariff.manage), each year validated against its national bounds.
INSERT INTO "tax_tariff_year" ("year", "rates", "proportional_basis_points", "proportional_cap_cents", "additional_rates", "rent_threshold_cents", "flat_rate_allowance_percent", "updated_at")
VALUES (2025, '{"PALACE":318,"STARS_5":236,"STARS_4":182,"STARS_3":118,"STARS_2":73,"STARS_1":64,"CAMPSITE_HIGH":55,"CAMPSITE_LOW":20}', 500, 318, '[{"code":"DEPARTEMENT_01","label":"Taxe additionnelle départementale de l’Ain (10 %)","basisPoints":1000}]', NULL, 0, now());
INSERT INTO "tax_tariff_year" ("year", "rates", "proportional_basis_points", "proportional_cap_cents", "additional_rates", "rent_threshold_cents", "flat_rate_allowance_percent", "updated_at")
VALUES (2026, '{"PALACE":318,"STARS_5":236,"STARS_4":182,"STARS_3":118,"STARS_2":73,"STARS_1":64,"CAMPSITE_HIGH":55,"CAMPSITE_LOW":20}', 500, 318, '[{"code":"DEPARTEMENT_01","label":"Taxe additionnelle départementale de l’Ain (10 %)","basisPoints":1000}]', NULL, 0, now());
