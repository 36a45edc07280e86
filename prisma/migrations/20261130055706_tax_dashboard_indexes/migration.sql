-- The staff dashboard at 10× and 100× the demo data (`npm run bench -- tax`). Hand-written: Prisma's
-- schema cannot express partial indexes (like …_listing_indexes).

-- Submitted declarations by period, with their amount: the late lists' anti-join (accommodations
-- active in a chased period with no submitted declaration) reads the chased years from this index
-- alone instead of every declaration's row (its lines and totals make the table wide: 60 MB at
-- 10×); the follow-up page's received count and declared amount per quarter and the balances
-- by year read it the same way.
CREATE INDEX "tax_declaration_submitted_idx" ON "tax_declaration" ("year", "quarter", "accommodation_id") INCLUDE ("amount_cents") WHERE "status" = 'SUBMITTED';

-- Submitted declarations with anomalies (a few in a hundred): the staff to-do's count and the
-- follow-up page's count per quarter, without reading the others.
CREATE INDEX "tax_declaration_submitted_anomalies_idx" ON "tax_declaration" ("year", "quarter") WHERE "status" = 'SUBMITTED' AND jsonb_array_length("anomalies") > 0;

-- The declarations of a year, by id: the follow-up page's « paid » for the year (payments whose
-- declaration is of that year, any revision) joined them by a sequential scan of the whole table
-- (96 ms at 10×); with it, from the index alone.
CREATE INDEX "tax_declaration_year_id_idx" ON "tax_declaration" ("year") INCLUDE ("id");
