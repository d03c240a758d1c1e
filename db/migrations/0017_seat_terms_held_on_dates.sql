DROP INDEX "seat_terms_active_holder_idx";--> statement-breakpoint
CREATE INDEX "seat_terms_held_holder_idx" ON "seat_terms" USING btree ("holder_person_id","starts_on","ends_on") WHERE "seat_terms"."status" <> 'candidate';--> statement-breakpoint
CREATE INDEX "seat_terms_held_end_idx" ON "seat_terms" USING btree ("ends_on","starts_on") WHERE "seat_terms"."status" <> 'candidate';