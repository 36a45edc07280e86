-- Listings at 100× the demo data (170,000 listings, 10,000 open change requests), measured with
-- `npm run bench -- listings`. Hand-written: Prisma's schema cannot express partial indexes or
-- included columns (like "change_request_one_open_per_listing" in …_listings).

-- The review queue filtered by type, by type and commune, or by commune: open requests only, in
-- queue order. Without them a filtered page walked the open requests in date order and dropped
-- most (10 ms for the page, 10 ms for the count by a sequential scan); with them both read a
-- few index entries.
CREATE INDEX "change_request_open_type_commune_idx" ON "change_request" ("type", "commune_code", "submitted_at", "id") WHERE "status" = 'OPEN';
CREATE INDEX "change_request_open_commune_idx" ON "change_request" ("commune_code", "submitted_at", "id") WHERE "status" = 'OPEN';

-- The freshness reminders sweep: every listing already due, with what the claim needs to decide
-- whether a reminder is owed, from the index alone. Without it the sweep read the whole table
-- (its contents make it ~270 MB at 100×) every five minutes.
CREATE INDEX "listing_due_at_reminder_idx" ON "listing" ("due_at") INCLUDE ("id", "organisation_id", "last_confirmed_at", "stale_at");
