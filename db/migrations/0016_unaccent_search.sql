-- Search ignores case and accents: "julian" finds the person whose name has an accented a.
-- unaccent is a trusted extension like pg_trgm (the database owner may create it); PGlite
-- loads it in db/client.ts. unaccent() is only STABLE (its dictionary could change), so an
-- index cannot use it: f_unaccent names the dictionary and is declared IMMUTABLE, the usual
-- way. The trigram indexes are rebuilt on f_unaccent(lower(column)), the expression every
-- search compares (db/schema/columns.ts searchKey, lib/search/like.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
DROP INDEX "people_name_trgm_idx";--> statement-breakpoint
DROP INDEX "people_email_trgm_idx";--> statement-breakpoint
DROP INDEX "people_position_trgm_idx";--> statement-breakpoint
DROP INDEX "commitments_title_trgm_idx";--> statement-breakpoint
CREATE INDEX "people_name_trgm_idx" ON "people" USING gin (f_unaccent(lower("full_name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_email_trgm_idx" ON "people" USING gin (f_unaccent(lower("email")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_position_trgm_idx" ON "people" USING gin (f_unaccent(lower("position")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "commitments_title_trgm_idx" ON "commitments" USING gin (f_unaccent(lower("title")) gin_trgm_ops);