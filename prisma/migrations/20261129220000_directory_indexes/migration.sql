-- The partner directory's order and name search on indexes (issue 11): without them every page
-- read every partner and sorted them on unaccent(lower(name)).
--
-- unaccent(text) is only STABLE (it finds its dictionary through search_path), so no index can
-- hold it. directory_key's body is SQL-standard (RETURN …): the function and the dictionary are
-- bound when it is created, not looked up at each call, so the result depends on its argument
-- only and IMMUTABLE is true. The repository orders and searches on directory_key("name").
CREATE FUNCTION "directory_key"("name" TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN unaccent('unaccent'::regdictionary, lower("name"));

-- Pages in directory order, and keyset cursors (directory_key, id) > (…) for deep pages. The
-- included columns are the filters' (and directory_key's argument): a page's ids come from the
-- index alone (an index-only scan), and a large offset steps over index entries, not rows.
CREATE INDEX "organisation_directory_key_id_idx" ON "organisation" ("directory_key"("name"), "id")
    INCLUDE ("name", "category", "commune_code");

-- The search: directory_key("name") LIKE '%…%'. pg_trgm is a trusted extension (PostgreSQL 13+):
-- the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "organisation_directory_key_trgm_idx" ON "organisation" USING gin ("directory_key"("name") gin_trgm_ops);
