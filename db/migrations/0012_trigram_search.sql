-- Substring search (ILIKE '%…%') served by trigram indexes. pg_trgm is a trusted extension:
-- the database owner may create it; PGlite loads it in db/client.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "people_name_trgm_idx" ON "people" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_email_trgm_idx" ON "people" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_position_trgm_idx" ON "people" USING gin ("position" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "commitments_title_trgm_idx" ON "commitments" USING gin ("title" gin_trgm_ops);