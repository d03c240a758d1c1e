DROP INDEX "networks_updated_idx";--> statement-breakpoint
CREATE INDEX "networks_member_since_idx" ON "networks" USING btree ("member_since");