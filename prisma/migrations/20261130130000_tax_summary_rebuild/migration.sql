-- The tourist-tax summaries rebuilt from the declarations and payments, in one place: the seed
-- calls these after its batch inserts, and an operator can call them to repair a database
-- (CALL rebuild_tax_statistics(); CALL rebuild_tax_dashboard_summary();). Both are idempotent.
-- What each summary holds: migrations …_tax_statistics and …_tax_dashboard_summary.

-- tax_statistic from what each submitted declaration added ("statistic", month by month).
CREATE PROCEDURE "rebuild_tax_statistics"() LANGUAGE sql AS $$
  DELETE FROM "tax_statistic";
  INSERT INTO "tax_statistic" ("year", "month", "commune_code", "category", "nights", "person_nights", "platform_nights", "amount_cents")
  SELECT d."year", (m->>'month')::int, d."statistic"->>'communeCode', d."statistic"->>'category',
    sum((m->>'nights')::bigint), sum((m->>'personNights')::bigint), sum((m->>'platformNights')::bigint), sum((m->>'amountCents')::bigint)
  FROM "tax_declaration" d CROSS JOIN jsonb_array_elements(d."statistic"->'months') AS m
  WHERE d."status" = 'SUBMITTED' AND d."statistic" IS NOT NULL
  GROUP BY 1, 2, 3, 4;
$$;

-- tax_accommodation.declared_periods (only the accounts whose periods differ are written) and
-- tax_period_total.
CREATE PROCEDURE "rebuild_tax_dashboard_summary"() LANGUAGE sql AS $$
  UPDATE "tax_accommodation" a SET "declared_periods" = coalesce(s.declared, ARRAY[]::int[])
  FROM "tax_accommodation" x
  LEFT JOIN (SELECT d."accommodation_id", array_agg(DISTINCT d."year" * 10 + d."quarter" ORDER BY d."year" * 10 + d."quarter") AS declared
    FROM "tax_declaration" d WHERE d."status" = 'SUBMITTED' GROUP BY d."accommodation_id") s ON s."accommodation_id" = x."id"
  WHERE x."id" = a."id" AND a."declared_periods" IS DISTINCT FROM coalesce(s.declared, ARRAY[]::int[]);
  DELETE FROM "tax_period_total";
  INSERT INTO "tax_period_total" ("year", "quarter", "received", "declared_cents", "anomalies", "paid_cents")
  SELECT x."year", x."quarter", sum(x."received"), sum(x."declared"), sum(x."anomalies"), sum(x."paid") FROM (
    SELECT d."year", d."quarter", count(*) AS received, sum(d."amount_cents") AS declared, count(*) FILTER (WHERE jsonb_array_length(d."anomalies") > 0) AS anomalies, 0 AS paid
    FROM "tax_declaration" d WHERE d."status" = 'SUBMITTED' GROUP BY 1, 2
    UNION ALL
    SELECT coalesce(d."year", 0), coalesce(d."quarter", 0), 0, 0, 0, sum(p."amount_cents")
    FROM "tax_payment" p LEFT JOIN "tax_declaration" d ON d."id" = p."declaration_id" GROUP BY 1, 2
  ) x GROUP BY 1, 2;
$$;
