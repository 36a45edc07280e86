-- What `prisma migrate diff` proposes although nothing has drifted: objects made by hand-written
-- migrations that schema.prisma cannot describe. `npm run db:migration` leaves these statements
-- out of a new migration, and its `--check` (CI) accepts them; anything else fails the check.
-- Prisma already ignores expression and partial indexes, functions, triggers and extensions.
-- One statement per entry, exactly as Prisma writes it, each with the reason it is expected.

-- …_listing_indexes: an index with included columns (INCLUDE), which the schema cannot express.
DROP INDEX "listing_due_at_reminder_idx";

-- …_tax_dashboard_indexes: an index with an included column (INCLUDE), which the schema cannot express.
DROP INDEX "tax_declaration_year_id_idx";
