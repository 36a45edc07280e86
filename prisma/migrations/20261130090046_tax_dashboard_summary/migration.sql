-- tax_dashboard_summary: what the staff dashboard shows, kept as it changes instead of read from
-- every declaration and payment (at --scale 100 the dashboard took 1.8/2.4 s p50/p95: each figure
-- read rows in proportion to the register; docs/architecture.md, « Dashboard »).
--
-- * tax_period_total: per period, the submitted declarations (count, amount, with anomalies) and the
--   payments recorded against a declaration of the period (year 0, quarter 0: without declaration).
--   The follow-up page's received, amount and anomalies per quarter, the year's and the register's
--   declared and paid, and the staff to-do's anomaly count are sums over a few dozen rows.
-- * tax_accommodation.declared_periods: the periods (year × 10 + quarter) the account has a
--   submitted declaration for; « late » is then a test on the account's own row (active in the
--   period and the period not in the list) instead of an anti-join against the declarations.
--
-- Both are kept by statement-level triggers on tax_declaration and tax_payment, in the transaction
-- (and statement) that writes them: every write path — submission, correction (supersede + new
-- revision), « no rental », merge (declarations and payments move), payment, a cascade, the seed's
-- bulk inserts — keeps them exact without each one having to remember. Rows that leave or enter
-- the submitted state are subtracted or added; a statement whose changes cancel out (a merge moves
-- declarations between accounts of the same period totals) touches no period row. Period rows are
-- upserted in (year, quarter) order and accounts locked in id order, so concurrent writers lock in
-- the same order (`INSERT … ON CONFLICT DO UPDATE`, like tax_statistic).

-- AlterTable
ALTER TABLE "tax_accommodation" ADD COLUMN     "declared_periods" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "tax_period_total" (
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "received" BIGINT NOT NULL DEFAULT 0,
    "declared_cents" BIGINT NOT NULL DEFAULT 0,
    "anomalies" BIGINT NOT NULL DEFAULT 0,
    "paid_cents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "tax_period_total_pkey" PRIMARY KEY ("year","quarter")
);

-- One row a statement changed: `sign` 1 for a row as written, -1 for a row as it was.
CREATE TYPE "tax_summary_change" AS (
  "accommodation_id" UUID, "year" INTEGER, "quarter" INTEGER, "submitted" BOOLEAN, "declared_cents" BIGINT, "anomalous" BOOLEAN, "paid_cents" BIGINT, "sign" INTEGER
);

CREATE FUNCTION "tax_summary_apply"(changes "tax_summary_change"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "tax_period_total" AS t ("year", "quarter", "received", "declared_cents", "anomalies", "paid_cents")
  SELECT * FROM (
    SELECT c."year", c."quarter",
      coalesce(sum(c."sign") FILTER (WHERE c."submitted"), 0) AS received,
      coalesce(sum(c."sign" * c."declared_cents") FILTER (WHERE c."submitted"), 0) AS declared,
      coalesce(sum(c."sign") FILTER (WHERE c."submitted" AND c."anomalous"), 0) AS anomalies,
      sum(c."sign" * c."paid_cents") AS paid
    FROM unnest(changes) c
    WHERE c."submitted" OR c."paid_cents" <> 0
    GROUP BY c."year", c."quarter"
  ) d
  WHERE d.received <> 0 OR d.declared <> 0 OR d.anomalies <> 0 OR d.paid <> 0
  ORDER BY d."year", d."quarter"
  ON CONFLICT ("year", "quarter") DO UPDATE SET
    "received" = t."received" + EXCLUDED."received",
    "declared_cents" = t."declared_cents" + EXCLUDED."declared_cents",
    "anomalies" = t."anomalies" + EXCLUDED."anomalies",
    "paid_cents" = t."paid_cents" + EXCLUDED."paid_cents";
  -- accounts that gained or lost a submitted declaration for a period (not those whose submitted
  -- row was only rewritten in place): their periods again, from their own declarations (the unique
  -- index on accommodation, year, quarter, revision), locked in id order
  WITH touched AS (
    SELECT a."id" FROM "tax_accommodation" a
    WHERE a."id" IN (SELECT c."accommodation_id" FROM unnest(changes) c WHERE c."submitted" AND c."accommodation_id" IS NOT NULL
      GROUP BY c."accommodation_id", c."year", c."quarter" HAVING sum(c."sign") <> 0)
    ORDER BY a."id" FOR NO KEY UPDATE
  ), periods AS (
    SELECT x."id", coalesce((SELECT array_agg(DISTINCT d."year" * 10 + d."quarter" ORDER BY d."year" * 10 + d."quarter") FROM "tax_declaration" d
      WHERE d."accommodation_id" = x."id" AND d."status" = 'SUBMITTED'), ARRAY[]::INTEGER[]) AS declared
    FROM touched x
  )
  UPDATE "tax_accommodation" a SET "declared_periods" = p.declared
  FROM periods p WHERE a."id" = p."id" AND a."declared_periods" IS DISTINCT FROM p.declared;
$$;

CREATE FUNCTION "tax_declaration_summary"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  written "tax_summary_change"[] := ARRAY[]::"tax_summary_change"[];
  removed "tax_summary_change"[] := ARRAY[]::"tax_summary_change"[];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT coalesce(array_agg(ROW(n."accommodation_id", n."year", n."quarter", n."status" = 'SUBMITTED', n."amount_cents", jsonb_array_length(n."anomalies") > 0, 0, 1)::"tax_summary_change"), written)
      INTO written FROM new_rows n;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT coalesce(array_agg(ROW(o."accommodation_id", o."year", o."quarter", o."status" = 'SUBMITTED', o."amount_cents", jsonb_array_length(o."anomalies") > 0, 0, -1)::"tax_summary_change"), removed)
      INTO removed FROM old_rows o;
  END IF;
  PERFORM "tax_summary_apply"(written || removed);
  RETURN NULL;
END $$;

-- Payments count in their declaration's period (any revision), else in (0, 0).
CREATE FUNCTION "tax_payment_summary"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  written "tax_summary_change"[] := ARRAY[]::"tax_summary_change"[];
  removed "tax_summary_change"[] := ARRAY[]::"tax_summary_change"[];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT coalesce(array_agg(ROW(NULL, coalesce(d."year", 0), coalesce(d."quarter", 0), false, 0, false, n."amount_cents", 1)::"tax_summary_change"), written)
      INTO written FROM new_rows n LEFT JOIN "tax_declaration" d ON d."id" = n."declaration_id";
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT coalesce(array_agg(ROW(NULL, coalesce(d."year", 0), coalesce(d."quarter", 0), false, 0, false, o."amount_cents", -1)::"tax_summary_change"), removed)
      INTO removed FROM old_rows o LEFT JOIN "tax_declaration" d ON d."id" = o."declaration_id";
  END IF;
  PERFORM "tax_summary_apply"(written || removed);
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger: three each.
CREATE TRIGGER "tax_declaration_summary_insert" AFTER INSERT ON "tax_declaration" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "tax_declaration_summary"();
CREATE TRIGGER "tax_declaration_summary_update" AFTER UPDATE ON "tax_declaration" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "tax_declaration_summary"();
CREATE TRIGGER "tax_declaration_summary_delete" AFTER DELETE ON "tax_declaration" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "tax_declaration_summary"();
CREATE TRIGGER "tax_payment_summary_insert" AFTER INSERT ON "tax_payment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "tax_payment_summary"();
CREATE TRIGGER "tax_payment_summary_update" AFTER UPDATE ON "tax_payment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "tax_payment_summary"();
CREATE TRIGGER "tax_payment_summary_delete" AFTER DELETE ON "tax_payment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "tax_payment_summary"();

-- What an existing database holds (the same statements as the seed's rebuildTaxStatistics).
UPDATE "tax_accommodation" a SET "declared_periods" = s.declared
FROM (SELECT d."accommodation_id", array_agg(DISTINCT d."year" * 10 + d."quarter" ORDER BY d."year" * 10 + d."quarter") AS declared
  FROM "tax_declaration" d WHERE d."status" = 'SUBMITTED' GROUP BY d."accommodation_id") s
WHERE s."accommodation_id" = a."id";

INSERT INTO "tax_period_total" ("year", "quarter", "received", "declared_cents", "anomalies", "paid_cents")
SELECT x."year", x."quarter", sum(x."received"), sum(x."declared"), sum(x."anomalies"), sum(x."paid") FROM (
  SELECT d."year", d."quarter", count(*) AS received, sum(d."amount_cents") AS declared, count(*) FILTER (WHERE jsonb_array_length(d."anomalies") > 0) AS anomalies, 0 AS paid
  FROM "tax_declaration" d WHERE d."status" = 'SUBMITTED' GROUP BY 1, 2
  UNION ALL
  SELECT coalesce(d."year", 0), coalesce(d."quarter", 0), 0, 0, 0, sum(p."amount_cents")
  FROM "tax_payment" p LEFT JOIN "tax_declaration" d ON d."id" = p."declaration_id" GROUP BY 1, 2
) x GROUP BY 1, 2;
