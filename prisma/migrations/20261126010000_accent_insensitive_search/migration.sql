-- Partner search ignores accents and case: "hotel" finds « Hôtel du Jura ».
-- unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
