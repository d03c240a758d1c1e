DROP INDEX "commitments_title_idx";--> statement-breakpoint
CREATE INDEX "commitments_title_idx" ON "commitments" USING btree (lower("title"),"id");