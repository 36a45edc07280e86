-- tax_statistics: the summary the tax statistics read (by month, commune and category), so that a
-- year's statistics sum a few thousand rows instead of every declaration. The API keeps it in the
-- transaction that submits or corrects a declaration (libs/domain/src/tourist-tax/statistics.ts);
-- each submitted revision keeps in "statistic" what it added, so that a correction subtracts
-- exactly that. Declarations already submitted are filled in below with the rule the API applies
-- to totals declared without a date (the demo data has no dated lines): each quarter spread over
-- its three months by days, floor, the rest on the last month.

-- AlterTable
ALTER TABLE "tax_declaration" ADD COLUMN     "statistic" JSONB;

-- CreateTable
CREATE TABLE "tax_statistic" (
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "commune_code" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "nights" BIGINT NOT NULL DEFAULT 0,
    "person_nights" BIGINT NOT NULL DEFAULT 0,
    "platform_nights" BIGINT NOT NULL DEFAULT 0,
    "amount_cents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "tax_statistic_pkey" PRIMARY KEY ("year","month","commune_code","category")
);

-- What each submitted declaration adds, month by month.
CREATE TEMPORARY TABLE "tax_statistic_backfill" AS
WITH m AS (
  SELECT d."id", i AS idx, (d."quarter" - 1) * 3 + i AS month,
    d."nights"::bigint AS nights, d."person_nights"::bigint AS person_nights, d."platform_nights"::bigint AS platform_nights, d."amount_cents"::bigint AS amount,
    (make_date(d."year", (d."quarter" - 1) * 3 + i, 1) + interval '1 month')::date - make_date(d."year", (d."quarter" - 1) * 3 + i, 1) AS days,
    (make_date(d."year", (d."quarter" - 1) * 3 + 1, 1) + interval '3 months')::date - make_date(d."year", (d."quarter" - 1) * 3 + 1, 1) AS total_days
  FROM "tax_declaration" d CROSS JOIN generate_series(1, 3) AS i
  WHERE d."status" = 'SUBMITTED'
), f AS (
  SELECT m.*, (m.nights * m.days) / m.total_days AS f_nights, (m.person_nights * m.days) / m.total_days AS f_person_nights,
    (m.platform_nights * m.days) / m.total_days AS f_platform_nights, (m.amount * m.days) / m.total_days AS f_amount
  FROM m
)
SELECT f."id", f.month,
  CASE WHEN f.idx < 3 THEN f.f_nights ELSE f.nights - sum(f.f_nights) FILTER (WHERE f.idx < 3) OVER q END AS nights,
  CASE WHEN f.idx < 3 THEN f.f_person_nights ELSE f.person_nights - sum(f.f_person_nights) FILTER (WHERE f.idx < 3) OVER q END AS person_nights,
  CASE WHEN f.idx < 3 THEN f.f_platform_nights ELSE f.platform_nights - sum(f.f_platform_nights) FILTER (WHERE f.idx < 3) OVER q END AS platform_nights,
  CASE WHEN f.idx < 3 THEN f.f_amount ELSE f.amount - sum(f.f_amount) FILTER (WHERE f.idx < 3) OVER q END AS amount
FROM f
WINDOW q AS (PARTITION BY f."id");

UPDATE "tax_declaration" d SET "statistic" = jsonb_build_object(
    'communeCode', a."commune_code", 'category', d."category",
    'months', (SELECT jsonb_agg(jsonb_build_object('month', b.month, 'nights', b.nights, 'personNights', b.person_nights, 'platformNights', b.platform_nights, 'amountCents', b.amount) ORDER BY b.month)
               FROM "tax_statistic_backfill" b WHERE b."id" = d."id"))
FROM "tax_accommodation" a
WHERE a."id" = d."accommodation_id" AND d."status" = 'SUBMITTED';

-- The summary from what each submitted declaration added (the statement the demo seed also runs).
INSERT INTO "tax_statistic" ("year", "month", "commune_code", "category", "nights", "person_nights", "platform_nights", "amount_cents")
SELECT d."year", (m->>'month')::int, d."statistic"->>'communeCode', d."statistic"->>'category',
  sum((m->>'nights')::bigint), sum((m->>'personNights')::bigint), sum((m->>'platformNights')::bigint), sum((m->>'amountCents')::bigint)
FROM "tax_declaration" d CROSS JOIN jsonb_array_elements(d."statistic"->'months') AS m
WHERE d."status" = 'SUBMITTED' AND d."statistic" IS NOT NULL
GROUP BY 1, 2, 3, 4;
DROP TABLE "tax_statistic_backfill";
