CREATE INDEX "departments_short_name_idx" ON "departments" USING btree (lower("short_name"));--> statement-breakpoint
CREATE INDEX "people_position_idx" ON "people" USING btree (lower("position"));--> statement-breakpoint
CREATE INDEX "assignments_role_idx" ON "assignments" USING btree ("role","status");--> statement-breakpoint
CREATE INDEX "assignments_starts_idx" ON "assignments" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "assignments_updated_idx" ON "assignments" USING btree ("last_updated_at");