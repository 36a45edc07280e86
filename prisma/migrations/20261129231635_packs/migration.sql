-- packs: written by `npm run db:migration` from prisma/schema/*.prisma. Review it, say why in a comment, then commit.

-- CreateEnum
CREATE TYPE "CatalogueItemKind" AS ENUM ('PACK', 'OPTION');

-- CreateEnum
CREATE TYPE "SubscriptionStatus" AS ENUM ('AWAITING_PAYMENT', 'PAID', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PaymentChoice" AS ENUM ('ONLINE', 'TRANSFER', 'CHEQUE');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('CARD', 'SEPA_DEBIT', 'TRANSFER', 'CHEQUE', 'CASH');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateTable
CREATE TABLE "catalogue_item" (
    "id" UUID NOT NULL,
    "lineage_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "kind" "CatalogueItemKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "price_excl_cents" INTEGER NOT NULL,
    "vat_rate_bp" INTEGER NOT NULL,
    "categories" "OrganisationCategory"[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMPTZ(3),
    "replaced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalogue_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "terms_of_sale" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "terms_of_sale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subscription" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "SubscriptionStatus" NOT NULL DEFAULT 'AWAITING_PAYMENT',
    "payment_choice" "PaymentChoice" NOT NULL,
    "terms_id" UUID NOT NULL,
    "terms_accepted_at" TIMESTAMPTZ(3) NOT NULL,
    "total_excl_cents" INTEGER NOT NULL,
    "total_vat_cents" INTEGER NOT NULL,
    "total_incl_cents" INTEGER NOT NULL,
    "paid_cents" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" UUID,
    "paid_at" TIMESTAMPTZ(3),
    "stripe_session_id" TEXT,
    "checkout_attempts" INTEGER NOT NULL DEFAULT 0,
    "last_payment_error" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subscription_line" (
    "id" UUID NOT NULL,
    "subscription_id" UUID NOT NULL,
    "catalogue_item_id" UUID NOT NULL,
    "kind" "CatalogueItemKind" NOT NULL,
    "label" TEXT NOT NULL,
    "unit_price_excl_cents" INTEGER NOT NULL,
    "vat_rate_bp" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "subscription_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL,
    "subscription_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "received_on" DATE NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "recorded_by_id" UUID,
    "stripe_payment_ref" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "subscription_id" UUID NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "issued_on" DATE NOT NULL,
    "total_excl_cents" INTEGER NOT NULL,
    "total_vat_cents" INTEGER NOT NULL,
    "total_incl_cents" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "credited_invoice_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_counter" (
    "kind" "InvoiceKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "invoice_counter_pkey" PRIMARY KEY ("kind","year")
);

-- CreateTable
CREATE TABLE "stripe_event" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "session_id" TEXT,
    "outcome" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stripe_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "catalogue_item_year_kind_position_idx" ON "catalogue_item"("year", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "catalogue_item_lineage_id_version_key" ON "catalogue_item"("lineage_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "terms_of_sale_version_key" ON "terms_of_sale"("version");

-- CreateIndex
CREATE UNIQUE INDEX "subscription_stripe_session_id_key" ON "subscription"("stripe_session_id");

-- CreateIndex
CREATE INDEX "subscription_organisation_id_year_idx" ON "subscription"("organisation_id", "year");

-- CreateIndex
CREATE INDEX "subscription_year_status_idx" ON "subscription"("year", "status");

-- CreateIndex
CREATE INDEX "subscription_line_subscription_id_idx" ON "subscription_line"("subscription_id");

-- CreateIndex
CREATE INDEX "subscription_line_catalogue_item_id_idx" ON "subscription_line"("catalogue_item_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_stripe_payment_ref_key" ON "payment"("stripe_payment_ref");

-- CreateIndex
CREATE INDEX "payment_subscription_id_idx" ON "payment"("subscription_id");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_number_key" ON "invoice"("number");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_credited_invoice_id_key" ON "invoice"("credited_invoice_id");

-- CreateIndex
CREATE INDEX "invoice_organisation_id_idx" ON "invoice"("organisation_id");

-- CreateIndex
CREATE INDEX "invoice_subscription_id_idx" ON "invoice"("subscription_id");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_kind_year_sequence_key" ON "invoice"("kind", "year", "sequence");

-- AddForeignKey
ALTER TABLE "subscription" ADD CONSTRAINT "subscription_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscription" ADD CONSTRAINT "subscription_terms_id_fkey" FOREIGN KEY ("terms_id") REFERENCES "terms_of_sale"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscription_line" ADD CONSTRAINT "subscription_line_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscription_line" ADD CONSTRAINT "subscription_line_catalogue_item_id_fkey" FOREIGN KEY ("catalogue_item_id") REFERENCES "catalogue_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_credited_invoice_id_fkey" FOREIGN KEY ("credited_invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: one live (not cancelled) subscription per organisation and year. Prisma ignores
-- partial indexes, so the schema cannot describe it and the drift check does not see it.
CREATE UNIQUE INDEX "subscription_one_live_per_year" ON "subscription" ("organisation_id", "year") WHERE "status" <> 'CANCELLED';

-- Hand-written: amounts that can never be valid.
ALTER TABLE "payment" ADD CONSTRAINT "payment_amount_positive" CHECK ("amount_cents" > 0);
ALTER TABLE "subscription" ADD CONSTRAINT "subscription_paid_within_total" CHECK ("paid_cents" >= 0 AND "paid_cents" <= "total_incl_cents");
ALTER TABLE "catalogue_item" ADD CONSTRAINT "catalogue_item_price_positive" CHECK ("price_excl_cents" >= 0);
