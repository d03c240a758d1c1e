CREATE INDEX "commitments_due_idx" ON "commitments" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "commitments_title_idx" ON "commitments" USING btree (lower("title"));