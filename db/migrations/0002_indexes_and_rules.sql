ALTER TABLE "commitments" DROP CONSTRAINT "commitments_done_has_date";--> statement-breakpoint
CREATE INDEX "networks_focal_person_idx" ON "networks" USING btree ("focal_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_one_area_focal_point_uq" ON "assignments" USING btree ("network_id","thematic_area_id") WHERE "assignments"."role" = 'focal_point' AND "assignments"."status" = 'active' AND "assignments"."body_id" IS NULL;--> statement-breakpoint
CREATE INDEX "participation_updates_author_idx" ON "participation_updates" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "calendar_feed_tokens_network_idx" ON "calendar_feed_tokens" USING btree ("network_id");--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_done_has_date" CHECK (("commitments"."status" = 'done') = ("commitments"."completed_on" IS NOT NULL));